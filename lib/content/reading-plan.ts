import type { AreaSlug } from "@/lib/engines/taxonomy";
import { loadNotes, type NoteSource } from "./notes";

/** The sections a learner can read in a note: its `##` headings. */
export function readableSections(note: NoteSource): { id: string; text: string }[] {
  return note.analysis.headings.filter((h) => h.depth === 2).map(({ id, text }) => ({ id, text }));
}

/** Whether a note and section exist (server actions check input against it). */
export function isReadableSection(noteSlug: string, sectionId: string): boolean {
  const note = loadNotes().find((n) => n.slug === noteSlug);
  return note ? readableSections(note).some((s) => s.id === sectionId) : false;
}

export interface AreaReading {
  area: AreaSlug;
  read: number;
  total: number;
}

/** Read and total sections per area, from the learner's read sections by note. */
export function readingByArea(readByNote: Map<string, Set<string>>): AreaReading[] {
  const totals = new Map<AreaSlug, AreaReading>();
  for (const note of loadNotes()) {
    const sections = readableSections(note);
    const done = readByNote.get(note.slug);
    const entry = totals.get(note.area) ?? { area: note.area, read: 0, total: 0 };
    entry.total += sections.length;
    entry.read += sections.filter((s) => done?.has(s.id)).length;
    totals.set(note.area, entry);
  }
  return [...totals.values()];
}
