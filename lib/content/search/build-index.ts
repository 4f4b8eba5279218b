import { areaTitle } from "@/lib/engines/taxonomy";
import type { NoteSource } from "../notes";

/** One searchable section: a note's intro or one of its headings. */
export interface SearchDocument {
  id: string;
  href: string;
  note: string;
  section: string;
  area: string;
  text: string;
}

const MAX_TEXT = 1_200;
const squash = (text: string) => text.replace(/\s+/g, " ").trim().slice(0, MAX_TEXT);

/** The documents the search dialog indexes, built at build time from the notes. */
export function buildSearchDocuments(notes: NoteSource[]): SearchDocument[] {
  return notes.flatMap((note) => {
    const intro: SearchDocument = {
      id: note.slug,
      href: `/notes/${note.slug}`,
      note: note.frontmatter.title,
      section: note.frontmatter.title,
      area: areaTitle(note.area),
      text: squash(`${note.frontmatter.summary} ${note.analysis.sectionText[""] ?? ""}`),
    };
    const sections = note.analysis.headings.map((heading) => ({
      id: `${note.slug}#${heading.id}`,
      href: `/notes/${note.slug}#${heading.id}`,
      note: note.frontmatter.title,
      section: heading.text,
      area: areaTitle(note.area),
      text: squash(note.analysis.sectionText[heading.id] ?? ""),
    }));
    return [intro, ...sections];
  });
}
