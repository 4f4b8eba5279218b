import "server-only";
import { db } from "@/lib/db/client";
import { currentLocalLearner, type LearnerDto } from "@/lib/db/learners";

/** The learner this request acts for. Local mode: the implicit local learner. */
export async function currentLearner(): Promise<LearnerDto> {
  return currentLocalLearner(db());
}
