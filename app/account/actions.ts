"use server";

import { currentAccount } from "@/lib/auth/current-learner";
import { accountsEnabled } from "@/lib/auth/auth";
import type { AccountStatus } from "@/components/layout/account-menu";

/** What the header shows: nothing in local mode, else who is signed in (or a sign-in link). */
export async function getAccountStatus(): Promise<AccountStatus> {
  if (!accountsEnabled()) return { mode: "local" };
  return { mode: "accounts", account: await currentAccount() };
}
