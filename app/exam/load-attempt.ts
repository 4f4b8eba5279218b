import { notFound } from "next/navigation";
import { getAttempt, type AttemptDto } from "@/lib/db/attempts";
import { db } from "@/lib/db/client";
import { AttemptNotFoundError } from "@/lib/db/errors";
import { currentLearner } from "@/lib/auth/current-learner";
import { attemptIdSchema } from "@/lib/validations/exam";
import { gradeFromBank } from "./grading";

/** Loads the learner's attempt (graded first if its time ran out); anything else is not found. */
export async function loadAttempt(attemptId: string): Promise<AttemptDto> {
  if (!attemptIdSchema.safeParse(attemptId).success) notFound();
  const learner = await currentLearner();
  try {
    return await getAttempt(db(), learner.id, attemptId, new Date(), gradeFromBank);
  } catch (error) {
    if (error instanceof AttemptNotFoundError) notFound();
    throw error;
  }
}

/** The server clock, for the runner to correct a browser clock that is off. */
export function serverNow(): string {
  return new Date().toISOString();
}
