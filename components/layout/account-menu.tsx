"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/** What the header shows of the account (see app/account/actions.ts). */
export type AccountStatus = { mode: "local" } | { mode: "accounts"; account: { name: string; email: string } | null };

export interface AccountMenuProps {
  loadAccountStatus: () => Promise<AccountStatus>;
}

/** Who is signed in, with a sign-out button (accounts mode); nothing in local mode. */
export function AccountMenu({ loadAccountStatus }: AccountMenuProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [status, setStatus] = useState<AccountStatus | null>(null);
  useEffect(() => {
    let live = true;
    loadAccountStatus().then(
      (next) => live && setStatus(next),
      () => live && setStatus(null),
    );
    return () => {
      live = false;
    };
  }, [loadAccountStatus, pathname]);

  async function signOut() {
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    router.replace("/sign-in");
    router.refresh();
  }

  if (!status || status.mode === "local") return null;
  if (!status.account) {
    return (
      <Link href="/sign-in" className="account-menu">
        Sign in
      </Link>
    );
  }
  return (
    <span className="account-menu">
      <span className="account-name" title={status.account.email}>
        {status.account.name}
      </span>{" "}
      <button type="button" className="button secondary" onClick={() => void signOut()}>
        Sign out
      </button>
    </span>
  );
}
