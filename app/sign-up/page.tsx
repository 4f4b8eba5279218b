import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AuthPage } from "@/components/auth/auth-page";
import { accountsEnabled } from "@/lib/auth/auth";
import { currentAccount } from "@/lib/auth/current-learner";

export const metadata: Metadata = { title: "Create an account" };

export default async function Page() {
  if (!accountsEnabled()) notFound();
  if (await currentAccount()) redirect("/");
  return <AuthPage mode="sign-up" />;
}
