import { areaTitle } from "@/lib/engines/taxonomy";
import type { NoteSource } from "../notes";
import type { Question } from "../schemas/question";

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

const firstSentence = (text: string) => {
  const plain = text
    .replace(/[`*_#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const end = plain.search(/[.?!](\s|$)/);
  return (end > 0 && end < 140 ? plain.slice(0, end + 1) : plain.slice(0, 140)).trim();
};

/** Question documents: the stem and options (public before answering), never the key. */
export function buildQuestionDocuments(questions: Question[]): SearchDocument[] {
  return questions.map((question) => ({
    id: `question:${question.id}`,
    href: `/practice/question/${question.id}`,
    note: "Practice question",
    section: firstSentence(question.stem),
    area: areaTitle(question.area),
    text: squash(`${question.stem} ${question.options.map((o) => o.text).join(" ")}`),
  }));
}
