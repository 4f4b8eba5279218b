// "A content file that fails validation fails the build with file, line and reason": the loaders
// report the line, and the functions `next build` runs (the notes' generateStaticParams and the
// static search index) are the ones that throw. A real build is too slow for a test; these call
// exactly what the build calls, pointed at a throw-away content folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ContentValidationError } from "./errors";
import { VALID_NOTE_FRONTMATTER } from "./note-fixtures";
import { loadNotes } from "./notes";
import { loadQuestionBank, parseQuestionFile } from "./questions";

// The routes import the learner lookup, which is marked server-only; Vitest is not a React server.
vi.mock("server-only", () => ({}));

const FRONTMATTER = VALID_NOTE_FRONTMATTER;
const BODY =
  '\nIntro.\n\n## Worked scenario\n\nText.\n\n<ExamTip>Remember.</ExamTip>\n\n<Trap answer="The wrong thing">Because.</Trap>\n';

const question = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  type: "single",
  stem: `A team runs an ECS service on Fargate and needs its tasks to read from S3 (${id}). What should they configure?`,
  options: ["a", "b", "c", "d"].map((option) => ({ id: option, text: `Option ${option} for ${id}` })),
  answer: ["a"],
  rationales: Object.fromEntries(["a", "b", "c", "d"].map((option) => [option, `Because of ${option} here.`])),
  domain: "D2",
  task: "2.1",
  area: "ecs",
  topics: ["iam-roles"],
  difficulty: "easy",
  notes: [{ note: "ecs/good", section: "worked-scenario" }],
  sources: [{ title: "Task IAM role", url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/x.html" }],
  lastReviewed: "2026-11-23",
  ...overrides,
});

/** A content folder with a good note, plus the extra files given (path → text). */
function contentFolder(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "rollout-broken-content-"));
  const all = { "notes/ecs/good.mdx": FRONTMATTER + BODY, ...files };
  for (const [file, text] of Object.entries(all)) {
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

const lineOf = (text: string, needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split("\n").length;

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentValidationError);
    return (error as Error).message;
  }
  throw new Error("expected the content to be rejected");
}

/** A bank file whose second question has a key that is not one of its options. */
const brokenBank = JSON.stringify(
  [
    // Brackets, braces, colons and escaped quotes inside strings must not throw the line count off.
    question("ecs-good-001", {
      stem: 'A task logs "{[ oops: ]}" and \\"quotes\\" on start-up. What should the team configure?',
    }),
    question("ecs-broken-002", { answer: ["z"] }),
  ],
  null,
  2,
);
const badYamlNote = FRONTMATTER.replace("order: 1", "order: 2").replace('tasks: ["3.4"]', 'tasks: ["3.4"') + BODY;
const badFieldNote = FRONTMATTER.replace("order: 1", "order: second") + BODY;

describe("content validation names file, line and reason", () => {
  it("a question with a bad field: the file, the line of that field and why", () => {
    const root = contentFolder({ "questions/ecs/broken.json": brokenBank });
    const message = failure(() => loadQuestionBank(root));
    const answerLine = lineOf(brokenBank, '"answer"', brokenBank.indexOf("ecs-broken-002"));
    expect(answerLine).toBeGreaterThan(20);
    expect(message).toContain(`questions/ecs/broken.json:${answerLine}: question ecs-broken-002: answer`);
    expect(message).not.toContain("ecs-good-001");
  });

  it("a question file that is not JSON: the line where it breaks", () => {
    const text = brokenBank.replace('"difficulty": "easy",', '"difficulty": "easy",,');
    const { problems } = parseQuestionFile("/tmp/q.json", text);
    expect(problems[0]?.line).toBe(lineOf(text, ",,"));
    expect(problems[0]?.message).toMatch(/q\.json:\d+: not valid JSON/);
  });

  it("a question pointing at a section that does not exist: the line of that question", () => {
    const bank = JSON.stringify(
      [question("ecs-good-001"), question("ecs-ref-002", { notes: [{ note: "ecs/good", section: "nowhere" }] })],
      null,
      2,
    );
    const root = contentFolder({ "questions/ecs/refs.json": bank });
    const message = failure(() => loadQuestionBank(root));
    expect(message).toContain(
      `questions/ecs/refs.json:${lineOf(bank, "{", bank.indexOf("},\n  {"))}: question ecs-ref-002: references unknown section ecs/good#nowhere`,
    );
  });

  it("a note whose frontmatter is not YAML: the file, the line and YAML's reason", () => {
    const root = contentFolder({ "notes/ecs/broken.mdx": badYamlNote });
    const message = failure(() => loadNotes(root));
    // The bracket opened on line 7 is still open when YAML reaches line 8, where it reports it.
    expect(message).toContain("notes/ecs/broken.mdx:8: frontmatter is not valid YAML: missed comma");
  });

  it("a note with a mistyped frontmatter field: the file, the field's line and why", () => {
    const root = contentFolder({ "notes/ecs/broken.mdx": badFieldNote });
    const message = failure(() => loadNotes(root));
    expect(message).toContain(`notes/ecs/broken.mdx:${lineOf(badFieldNote, "order:")}: frontmatter: order: `);
  });
});

describe("`next build` runs these checks", () => {
  const saved = process.env.ROLLOUT_CONTENT_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.ROLLOUT_CONTENT_DIR;
    else process.env.ROLLOUT_CONTENT_DIR = saved;
  });

  // Paths built at run time: lib/ may not import routes (eslint boundaries), but this test has to.
  const route = (file: string) => import(/* @vite-ignore */ path.join(process.cwd(), "app", file));

  it("the note pages' generateStaticParams fails on a broken note, naming file and line", async () => {
    const page = (await route("notes/[area]/[topic]/page.tsx")) as { generateStaticParams: () => unknown[] };
    const sheets = (await route("notes/[area]/cheatsheet/page.tsx")) as { generateStaticParams: () => unknown[] };
    delete process.env.ROLLOUT_CONTENT_DIR;
    expect(page.generateStaticParams().length).toBeGreaterThanOrEqual(25);
    process.env.ROLLOUT_CONTENT_DIR = contentFolder({ "notes/ecs/broken.mdx": badFieldNote });
    expect(failure(() => page.generateStaticParams())).toMatch(/notes\/ecs\/broken\.mdx:5: frontmatter: order: /);
    expect(failure(() => sheets.generateStaticParams())).toMatch(/broken\.mdx:5: /);
  });

  it("the static search index (prerendered at build) fails on a broken question, naming file and line", async () => {
    const index = (await route("search-index.json/route.ts")) as { dynamic: string; GET: () => Response };
    expect(index.dynamic).toBe("force-static");
    process.env.ROLLOUT_CONTENT_DIR = contentFolder({ "questions/ecs/broken.json": brokenBank });
    expect(failure(() => index.GET())).toMatch(/questions\/ecs\/broken\.json:\d+: question ecs-broken-002: answer/);
  });
});
