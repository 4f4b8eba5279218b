import Link from "next/link";
import { SearchDialog } from "@/components/search/search-dialog";
import { AccountMenu, type AccountStatus } from "./account-menu";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";

/** The header on every page: brand, the sections, and the theme toggle. */
export interface SiteHeaderProps {
  loadDueCount: () => Promise<number>;
  loadAccountStatus: () => Promise<AccountStatus>;
}

export function SiteHeader({ loadDueCount, loadAccountStatus }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="site-brand">
          Rollout
        </Link>
        <nav aria-label="Main" className="site-nav">
          <NavLinks loadDueCount={loadDueCount} />
        </nav>
        <div className="site-tools">
          <SearchDialog />
          <ThemeToggle />
          <AccountMenu loadAccountStatus={loadAccountStatus} />
        </div>
      </div>
    </header>
  );
}
