import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { AREAS, type AreaSlug } from "@/lib/engines/taxonomy";
import { ContentError, ContentValidationError } from "./errors";
import { analyzeMdx, type NoteAnalysis } from "./mdx/analyze";
import { contentDir } from "./paths";
import { frontmatterKeyLine } from "./source-lines";
import { describeIssues } from "./schemas/common";
import { noteFrontmatterSchema, type NoteFrontmatter } from "./schemas/note";
import { validateNotes } from "./validate-notes";

/** A note as read from disk: frontmatter, body and what the body contains. Not yet compiled. */
export interface NoteSource {
  /** "<area>/<topic>" */
  slug: string;
  area: AreaSlug;
  topic: string;
  /** Path relative to the project, for error messages. */
  file: string;
  frontmatter: NoteFrontmatter;
  body: string;
  /** Lines before the body (the frontmatter block), to turn body lines into file lines. */
  bodyLine: number;
  analysis: NoteAnalysis;
}

const AREA_ORDER = new Map(AREAS.map((area, index) => [area.slug as string, index]));

function readNote(file: string, root: string): NoteSource | ContentError {
  const relative = path.relative(process.cwd(), file);
  const raw = fs.readFileSync(file, "utf8");
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(raw);
  } catch (error) {
    return yamlProblem(relative, error);
  }
  const frontmatter = noteFrontmatterSchema.safeParse(parsed.data);
  if (!frontmatter.success) {
    const field = frontmatter.error.issues[0]?.path[0];
    const line = typeof field === "string" ? frontmatterKeyLine(raw, field) : undefined;
    return new ContentError(relative, `frontmatter: ${describeIssues(frontmatter.error)}`, line ?? 1);
  }
  const [area, topic] = path
    .relative(path.join(root, "notes"), file)
    .replace(/\.mdx$/, "")
    .split(path.sep);
  if (!area || !topic) return new ContentError(relative, "notes live at content/notes/<area>/<topic>.mdx");
  if (frontmatter.data.area !== area) {
    return new ContentError(
      relative,
      `frontmatter: area is "${frontmatter.data.area}" but the file is in notes/${area}/`,
    );
  }
  const bodyLine = raw.slice(0, raw.length - parsed.content.length).split("\n").length - 1;
  let analysis: NoteAnalysis;
  try {
    analysis = analyzeMdx(parsed.content);
  } catch (error) {
    const place = (error as { line?: number }).line;
    return new ContentError(
      relative,
      `MDX does not parse: ${(error as Error).message}`,
      place ? place + bodyLine : undefined,
    );
  }
  return {
    slug: `${area}/${topic}`,
    area: frontmatter.data.area,
    topic,
    file: relative,
    frontmatter: frontmatter.data,
    body: parsed.content,
    bodyLine,
    analysis,
  };
}

/** A frontmatter block YAML cannot read (js-yaml's mark counts from the line after the opening ---). */
function yamlProblem(file: string, error: unknown): ContentError {
  const { reason, mark } = error as { reason?: string; mark?: { line?: number } };
  if (reason === undefined) throw error;
  return new ContentError(file, `frontmatter is not valid YAML: ${reason}`, (mark?.line ?? 0) + 1);
}

function listNoteFiles(root: string): string[] {
  const notesDir = path.join(root, "notes");
  if (!fs.existsSync(notesDir)) return [];
  return fs
    .readdirSync(notesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      fs
        .readdirSync(path.join(notesDir, entry.name))
        .filter((name) => name.endsWith(".mdx"))
        .map((name) => path.join(notesDir, entry.name, name)),
    );
}

let cache: { root: string; notes: NoteSource[] } | undefined;

/**
 * Every note, validated (frontmatter, components, links, glossary terms, presets), in reading
 * order: by area, then by `order`. Throws one error listing every problem with file and line.
 */
export function loadNotes(root = contentDir()): NoteSource[] {
  if (cache?.root === root) return cache.notes;
  const results = listNoteFiles(root).map((file) => readNote(file, root));
  const problems = results.filter((r): r is ContentError => r instanceof ContentError);
  const notes = results
    .filter((r): r is NoteSource => !(r instanceof ContentError))
    .sort(
      (a, b) =>
        (AREA_ORDER.get(a.area) ?? 99) - (AREA_ORDER.get(b.area) ?? 99) || a.frontmatter.order - b.frontmatter.order,
    );
  problems.push(...validateNotes(notes, root));
  if (problems.length > 0) throw new ContentValidationError(problems);
  cache = { root, notes };
  return notes;
}

/** One note by slug, or undefined. */
export function findNote(slug: string, root = contentDir()): NoteSource | undefined {
  return loadNotes(root).find((note) => note.slug === slug);
}
