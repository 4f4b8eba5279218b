"use server";

import { signedInLearner } from "@/lib/auth/current-learner";
import { db } from "@/lib/db/client";
import { recordSimulatorRun } from "@/lib/db/simulator-runs";
import { simulatorRunSchema } from "@/lib/validations/simulator-run";

export type RecordRunResult = { ok: true } | { ok: false; error: string };

/** Keeps a finished simulator run in the learner's progress (and their export). */
export async function recordRun(input: unknown): Promise<RecordRunResult> {
  const parsed = simulatorRunSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "That run could not be read." };
  const learner = await signedInLearner();
  if (!learner) return { ok: false, error: "Sign in to keep your simulator runs." };
  await recordSimulatorRun(db(), { learnerId: learner.id, ...parsed.data, now: new Date() });
  return { ok: true };
}
