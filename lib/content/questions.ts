import fs from "node:fs";
import path from "node:path";
import { ContentError, ContentValidationError } from "./errors";
import { loadNotes } from "./notes";
import { contentDir } from "./paths";
import { describeIssues } from "./schemas/common";
import { questionSchema, type Question } from "./schemas/question";
import { jsonArrayItemLines, jsonErrorLine } from "./source-lines";

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

/** Where a question sits in the bank: its file and the line its object starts on. */
export interface QuestionLocation {
  file: string;
  line: number | undefined;
}

/** Parses one question file; each bad question is reported with its id or index and its line. */
export function parseQuestionFile(
  file: string,
  text: string,
): { questions: Question[]; problems: ContentError[]; locations: QuestionLocation[] } {
  const relative = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = `not valid JSON: ${(error as Error).message}`;
    const problem = new ContentError(relative, reason, jsonErrorLine(text, error as Error));
    return { questions: [], problems: [problem], locations: [] };
  }
  if (!Array.isArray(data))
    return {
      questions: [],
      problems: [new ContentError(relative, "must be a JSON array of questions", 1)],
      locations: [],
    };
  const lines = jsonArrayItemLines(text);
  const questions: Question[] = [];
  const problems: ContentError[] = [];
  const locations: QuestionLocation[] = [];
  (data as unknown[]).forEach((item, index) => {
    const parsed = questionSchema.safeParse(item);
    const label = item && typeof item === "object" && "id" in item ? String(item.id) : `#${index + 1}`;
    const at = lines[index];
    if (parsed.success) {
      questions.push(parsed.data);
      locations.push({ file: relative, line: at?.line });
      return;
    }
    const field = parsed.error.issues[0]?.path[0];
    const line = (typeof field === "string" ? at?.keys.get(field) : undefined) ?? at?.line;
    problems.push(new ContentError(relative, `question ${label}: ${describeIssues(parsed.error)}`, line));
  });
  return { questions, problems, locations };
}

function crossCheck(questions: Question[], locations: QuestionLocation[], root: string): ContentError[] {
  const problems: ContentError[] = [];
  const anchors = new Map(loadNotes(root).map((note) => [note.slug, new Set(note.analysis.headings.map((h) => h.id))]));
  const seen = new Set<string>();
  questions.forEach((question, index) => {
    const where = locations[index] ?? { file: "content/questions", line: undefined };
    const fail = (reason: string) =>
      problems.push(new ContentError(where.file, `question ${question.id}: ${reason}`, where.line));
    if (seen.has(question.id)) fail(`duplicate question id ${question.id}`);
    seen.add(question.id);
    for (const ref of question.notes) {
      const sections = anchors.get(ref.note);
      if (!sections) fail(`references unknown note ${ref.note}`);
      else if (!sections.has(ref.section)) fail(`references unknown section ${ref.note}#${ref.section}`);
    }
  });
  return problems;
}

let cache: { root: string; questions: Question[] } | undefined;

/** The whole question bank, validated; throws one error listing every problem. */
export function loadQuestionBank(root = contentDir()): Question[] {
  if (cache?.root === root) return cache.questions;
  const questions: Question[] = [];
  const locations: QuestionLocation[] = [];
  const problems: ContentError[] = [];
  for (const file of questionFiles(root)) {
    const result = parseQuestionFile(file, fs.readFileSync(file, "utf8"));
    questions.push(...result.questions);
    locations.push(...result.locations);
    problems.push(...result.problems);
  }
  problems.push(...crossCheck(questions, locations, root));
  if (problems.length > 0) throw new ContentValidationError(problems);
  cache = { root, questions };
  return questions;
}

/** One question by id. */
export function findQuestion(id: string, root = contentDir()): Question | undefined {
  return loadQuestionBank(root).find((question) => question.id === id);
}
