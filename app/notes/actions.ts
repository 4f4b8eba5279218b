"use server";

import { isReadableSection } from "@/lib/content/reading-plan";
import { db } from "@/lib/db/client";
import { currentLearner, signedInLearner } from "@/lib/auth/current-learner";
import { forgetSectionRead, readSectionIds, recordSectionRead } from "@/lib/db/reading";
import { noteSlugSchema, sectionReadSchema, sectionUnreadSchema } from "@/lib/validations/reading";

export type ReadingResult = { ok: true; read: string[] } | { ok: false; error: string };

async function readSectionsResult(noteSlug: string): Promise<ReadingResult> {
  // Notes are public: a signed-out reader (accounts mode) simply has nothing read yet.
  const learner = await signedInLearner();
  return { ok: true, read: learner ? await readSectionIds(db(), learner.id, noteSlug) : [] };
}

/** The sections of a note the current learner has read. */
export async function getReadSections(noteSlug: unknown): Promise<ReadingResult> {
  const parsed = noteSlugSchema.safeParse(noteSlug);
  if (!parsed.success) return { ok: false, error: "Unknown note." };
  return readSectionsResult(parsed.data);
}

/** Marks a section read (ticked by the learner or scrolled through). */
export async function markSectionRead(input: unknown): Promise<ReadingResult> {
  const parsed = sectionReadSchema.safeParse(input);
  if (!parsed.success || !isReadableSection(parsed.data.noteSlug, parsed.data.sectionId)) {
    return { ok: false, error: "That section does not exist." };
  }
  const learner = await currentLearner();
  await recordSectionRead(db(), { learnerId: learner.id, ...parsed.data });
  return readSectionsResult(parsed.data.noteSlug);
}

/** Unticks a section. */
export async function unmarkSectionRead(input: unknown): Promise<ReadingResult> {
  const parsed = sectionUnreadSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "That section does not exist." };
  const learner = await currentLearner();
  await forgetSectionRead(db(), { learnerId: learner.id, ...parsed.data });
  return readSectionsResult(parsed.data.noteSlug);
}
