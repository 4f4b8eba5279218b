"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { DueBadge } from "./due-badge";
import { NAV_ITEMS } from "./nav-items";

export interface NavLinksProps {
  loadDueCount: () => Promise<number>;
}

/** The main navigation; marks the section the reader is in with aria-current. */
export function NavLinks({ loadDueCount }: NavLinksProps) {
  const pathname = usePathname();
  return (
    <ul className="site-nav-list">
      {NAV_ITEMS.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link href={item.href} className="site-nav-link" aria-current={current ? "page" : undefined}>
              {item.label}
              {item.href === "/review" ? <DueBadge loadDueCount={loadDueCount} /> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
