import fs from "node:fs";
import path from "node:path";
import { ContentError, ContentValidationError } from "./errors";
import { loadNotes } from "./notes";
import { contentDir } from "./paths";
import { describeIssues } from "./schemas/common";
import { questionSchema, type Question } from "./schemas/question";

/** Stems sharing this much of their word trigrams are near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

function questionFiles(root: string): string[] {
  const dir = path.join(root, "questions");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => path.join(dir, file));
}

/** Parses one question file; each bad question is reported with its id or index. */
export function parseQuestionFile(file: string, text: string): { questions: Question[]; problems: ContentError[] } {
  const relative = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { questions: [], problems: [new ContentError(relative, `not valid JSON: ${(error as Error).message}`)] };
  }
  if (!Array.isArray(data))
    return { questions: [], problems: [new ContentError(relative, "must be a JSON array of questions")] };
  const questions: Question[] = [];
  const problems: ContentError[] = [];
  (data as unknown[]).forEach((item, index) => {
    const parsed = questionSchema.safeParse(item);
    const label = item && typeof item === "object" && "id" in item ? String(item.id) : `#${index + 1}`;
    if (parsed.success) questions.push(parsed.data);
    else problems.push(new ContentError(relative, `question ${label}: ${describeIssues(parsed.error)}`));
  });
  return { questions, problems };
}

function crossCheck(questions: Question[], root: string): ContentError[] {
  const problems: ContentError[] = [];
  const anchors = new Map(loadNotes(root).map((note) => [note.slug, new Set(note.analysis.headings.map((h) => h.id))]));
  const seen = new Set<string>();
  for (const question of questions) {
    const where = `content/questions (${question.id})`;
    if (seen.has(question.id)) problems.push(new ContentError(where, `duplicate question id ${question.id}`));
    seen.add(question.id);
    for (const ref of question.notes) {
      const sections = anchors.get(ref.note);
      if (!sections) problems.push(new ContentError(where, `references unknown note ${ref.note}`));
      else if (!sections.has(ref.section))
        problems.push(new ContentError(where, `references unknown section ${ref.note}#${ref.section}`));
    }
  }
  return problems;
}

let cache: { root: string; questions: Question[] } | undefined;

/** The whole question bank, validated; throws one error listing every problem. */
export function loadQuestionBank(root = contentDir()): Question[] {
  if (cache?.root === root) return cache.questions;
  const questions: Question[] = [];
  const problems: ContentError[] = [];
  for (const file of questionFiles(root)) {
    const result = parseQuestionFile(file, fs.readFileSync(file, "utf8"));
    questions.push(...result.questions);
    problems.push(...result.problems);
  }
  problems.push(...crossCheck(questions, root));
  if (problems.length > 0) throw new ContentValidationError(problems);
  cache = { root, questions };
  return questions;
}

/** One question by id. */
export function findQuestion(id: string, root = contentDir()): Question | undefined {
  return loadQuestionBank(root).find((question) => question.id === id);
}
