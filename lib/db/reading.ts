import type { Db } from "./client";

export type ReadSource = "marked" | "scrolled";

/** Records that a learner read a section. Repeating it changes nothing (idempotent). */
export async function recordSectionRead(
  client: Db,
  input: { learnerId: string; noteSlug: string; sectionId: string; source: ReadSource },
): Promise<void> {
  const { learnerId, noteSlug, sectionId, source } = input;
  await client.noteSectionRead.upsert({
    where: { learnerId_noteSlug_sectionId: { learnerId, noteSlug, sectionId } },
    update: {},
    create: { learnerId, noteSlug, sectionId, source },
  });
}

/** Forgets that a learner read a section (they unticked it). */
export async function forgetSectionRead(
  client: Db,
  input: { learnerId: string; noteSlug: string; sectionId: string },
): Promise<void> {
  await client.noteSectionRead.deleteMany({ where: input });
}

/** The section ids of one note the learner has read. */
export async function readSectionIds(client: Db, learnerId: string, noteSlug: string): Promise<string[]> {
  const rows = await client.noteSectionRead.findMany({ where: { learnerId, noteSlug }, select: { sectionId: true } });
  return rows.map((row) => row.sectionId);
}

/** Read sections per note for a learner: noteSlug → section ids. */
export async function readSectionsByNote(client: Db, learnerId: string): Promise<Map<string, Set<string>>> {
  const rows = await client.noteSectionRead.findMany({
    where: { learnerId },
    select: { noteSlug: true, sectionId: true },
  });
  const byNote = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = byNote.get(row.noteSlug) ?? new Set<string>();
    set.add(row.sectionId);
    byNote.set(row.noteSlug, set);
  }
  return byNote;
}
