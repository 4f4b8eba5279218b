import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { currentLocalLearner, learnerForUser, type LearnerDto } from "@/lib/db/learners";
import { accountsEnabled, auth } from "./auth";

/** The signed-in account, or null (accounts mode); always null in local mode. */
export async function currentAccount(): Promise<{ name: string; email: string } | null> {
  if (!accountsEnabled()) return null;
  const session = await auth().api.getSession({ headers: await headers() });
  return session ? { name: session.user.name, email: session.user.email } : null;
}

/** The learner this request acts for, or null when accounts are on and nobody is signed in. */
export async function signedInLearner(): Promise<LearnerDto | null> {
  if (!accountsEnabled()) return currentLocalLearner(db());
  const session = await auth().api.getSession({ headers: await headers() });
  return session ? learnerForUser(db(), { id: session.user.id, name: session.user.name }) : null;
}

/**
 * The learner this request acts for. Local mode: the implicit local learner. Accounts mode: the
 * signed-in account's learner; without a session the request goes to the sign-in page. Every
 * data-layer call takes this learner's id, so one learner can never read or write another's rows.
 */
export async function currentLearner(): Promise<LearnerDto> {
  const learner = await signedInLearner();
  if (!learner) redirect("/sign-in");
  return learner;
}
