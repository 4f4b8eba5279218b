import { ContentError } from "./errors";
import { readGlossary } from "./glossary";
import { NOTE_COMPONENTS, SIMULATOR_PRESET_IDS, isNoteComponent } from "./mdx/components";
import type { NoteSource } from "./notes";
import { readQuestionIds } from "./question-ids";

/** App routes a note may link to besides other notes. */
const APP_ROUTES = [
  "/",
  "/notes",
  "/practice",
  "/review",
  "/exam",
  "/simulate",
  "/compare",
  "/progress",
  "/notes/glossary",
];
const PRESETS: ReadonlySet<string> = new Set(SIMULATOR_PRESET_IDS);

function checkComponents(note: NoteSource, terms: Set<string>, questionIds: Set<string>): ContentError[] {
  const problems: ContentError[] = [];
  const at = (line: number, reason: string) => problems.push(new ContentError(note.file, reason, line + note.bodyLine));
  for (const use of note.analysis.components) {
    if (!isNoteComponent(use.name)) {
      at(use.line, `unknown MDX component <${use.name}> (allowed: ${Object.keys(NOTE_COMPONENTS).join(", ")})`);
      continue;
    }
    for (const prop of NOTE_COMPONENTS[use.name]) {
      if (use.props[prop] === undefined)
        at(use.line, `<${use.name}> needs a "${prop}" prop written as a string or JSON`);
    }
    const { id, preset, ids, columns, rows } = use.props;
    if (use.name === "Term" && typeof id === "string" && !terms.has(id))
      at(use.line, `<Term id="${id}"> is not in content/glossary/`);
    if (use.name === "Simulator" && typeof preset === "string" && !PRESETS.has(preset))
      at(use.line, `unknown simulator preset "${preset}"`);
    if (use.name === "QuickCheck" && Array.isArray(ids)) {
      for (const qid of ids)
        if (!questionIds.has(String(qid))) at(use.line, `<QuickCheck> names unknown question "${String(qid)}"`);
    }
    if (use.name === "CompareTable" && Array.isArray(columns) && Array.isArray(rows)) {
      rows.forEach((row, index) => {
        if (!Array.isArray(row) || row.length !== columns.length)
          at(use.line, `<CompareTable> row ${index + 1} does not have ${columns.length} cells`);
      });
    }
  }
  return problems;
}

function checkStructure(note: NoteSource): ContentError[] {
  const names = new Set(note.analysis.components.map((c) => c.name));
  const problems: string[] = [];
  if (!names.has("ExamTip")) problems.push("needs at least one <ExamTip>");
  if (!names.has("Trap")) problems.push("needs at least one <Trap>");
  if (!note.analysis.headings.some((h) => h.depth === 2 && /^worked scenario/i.test(h.text)))
    problems.push('needs a "## Worked scenario" section');
  return problems.map((reason) => new ContentError(note.file, reason));
}

function checkLinks(note: NoteSource, anchors: Map<string, Set<string>>): ContentError[] {
  const problems: ContentError[] = [];
  for (const { url, line } of note.analysis.links) {
    if (!url.startsWith("/")) continue;
    const [pathPart = "", hash] = url.split("#");
    const target = pathPart.replace(/\/$/, "") || "/";
    const slug = target.startsWith("/notes/") ? target.slice("/notes/".length) : undefined;
    const fail = (reason: string) => problems.push(new ContentError(note.file, reason, line + note.bodyLine));
    if (slug && anchors.has(slug)) {
      if (hash && !anchors.get(slug)?.has(hash)) fail(`broken link ${url}: no section #${hash} in ${slug}`);
    } else if (!APP_ROUTES.includes(target) && !/^\/notes\/[a-z-]+\/cheatsheet$/.test(target)) {
      fail(`broken link ${url}: no such page`);
    }
  }
  return problems;
}

/** Cross-note checks: components, glossary terms, presets, question ids, links and orders. */
export function validateNotes(notes: NoteSource[], root: string): ContentError[] {
  const { terms, problems } = readGlossary(root);
  const questionIds = readQuestionIds(root);
  const termIds = new Set(terms.keys());
  const anchors = new Map(notes.map((note) => [note.slug, new Set(note.analysis.headings.map((h) => h.id))]));
  const orders = new Map<string, string>();
  for (const note of notes) {
    problems.push(
      ...checkComponents(note, termIds, questionIds),
      ...checkStructure(note),
      ...checkLinks(note, anchors),
    );
    const key = `${note.area}#${note.frontmatter.order}`;
    const clash = orders.get(key);
    if (clash) problems.push(new ContentError(note.file, `order ${note.frontmatter.order} is also used by ${clash}`));
    orders.set(key, note.file);
  }
  return problems;
}
