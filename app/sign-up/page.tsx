import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AuthPage } from "@/components/auth/auth-page";
import { accountsEnabled } from "@/lib/auth/auth";
import { currentAccount } from "@/lib/auth/current-learner";

// Accounts are switched on at run time (ROLLOUT_AUTH), so the page cannot be prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Create an account" };

export default async function Page() {
  if (!accountsEnabled()) notFound();
  if (await currentAccount()) redirect("/");
  return <AuthPage mode="sign-up" />;
}
