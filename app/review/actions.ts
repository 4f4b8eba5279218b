"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { currentLearner } from "@/lib/auth/current-learner";
import { setDesiredRetention } from "@/lib/db/reviews";
import { retentionSchema } from "@/lib/validations/practice";

export interface RetentionState {
  error?: string;
  saved?: number;
}

/** Saves the learner's desired retention (FSRS schedules shorter intervals for higher retention). */
export async function saveRetention(_previous: RetentionState, form: FormData): Promise<RetentionState> {
  const parsed = retentionSchema.safeParse(form.get("retention"));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter a retention between 0.70 and 0.97." };
  const learner = await currentLearner();
  await setDesiredRetention(db(), learner.id, parsed.data);
  revalidatePath("/review");
  return { saved: parsed.data };
}
