import { describe, expect, it } from "vitest";
import { sectionCounts } from "@/lib/engines/exam/blueprint";
import { drawExam } from "@/lib/engines/exam/draw";
import { findBlueprint } from "./blueprints";
import { loadQuestionBank, NEAR_DUPLICATE_THRESHOLD, parseQuestionFile } from "./questions";
import type { Question } from "./schemas/question";
import { nearDuplicates } from "./similarity";

function makeQuestion(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "ecs-sample-001",
    type: "single",
    stem: "A team runs an ECS service on Fargate and needs its tasks to read from S3. What should they configure?",
    options: [
      { id: "a", text: "A task role with S3 read access" },
      { id: "b", text: "A task execution role with S3 read access" },
      { id: "c", text: "An instance profile on the container instances" },
      { id: "d", text: "Access keys in environment variables" },
    ],
    answer: ["a"],
    rationales: {
      a: "Right: code in the task uses the task role.",
      b: "The execution role is for the agent.",
      c: "Fargate has no instances you manage.",
      d: "Long-lived keys are the wrong practice.",
    },
    domain: "D2",
    task: "2.1",
    area: "ecs",
    topics: ["iam-roles"],
    difficulty: "easy",
    notes: [{ note: "ecs/iam-roles", section: "task-role" }],
    sources: [
      {
        title: "Task IAM role",
        url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html",
      },
    ],
    lastReviewed: "2026-11-23",
    ...overrides,
  };
}

function problemsFor(question: Record<string, unknown>): string {
  const { problems } = parseQuestionFile("content/questions/ecs/sample.json", JSON.stringify([question]));
  return problems.map((p) => p.message).join("\n");
}

describe("question validation", () => {
  it("accepts a well-formed question", () => {
    expect(problemsFor(makeQuestion())).toBe("");
  });

  it.each([
    [
      "a single question with 5 options",
      { options: [...(makeQuestion().options as object[]), { id: "e", text: "x" }] },
      /exactly 4 options/,
    ],
    ["a single question with two keys", { answer: ["a", "b"] }, /exactly 1 key/],
    ["a key that is not an option", { answer: ["z"] }, /option ids are a–h/],
    [
      "a missing rationale",
      { rationales: { a: "Right: code uses it.", b: "The agent uses it.", c: "No instances here." } },
      /one rationale per option/,
    ],
    ["a task from another domain", { task: "3.4" }, /task 3\.4 is not in domain D2/],
    ["a non-AWS source", { sources: [{ title: "A blog", url: "https://example.com/post" }] }, /must be an AWS page/],
    ["an unknown field", { explanation: "x" }, /Unrecognized key/],
    ["a bad id", { id: "Question 1" }, /ids look like/],
    ["a bad date", { lastReviewed: "yesterday" }, /must be a date/],
    ["an unknown simulator preset", { simulatorPreset: "warp" }, /simulatorPreset/],
  ])("rejects %s with a clear message", (_label, overrides, message) => {
    expect(problemsFor(makeQuestion(overrides))).toMatch(message);
  });

  it("requires multi stems to say how many to choose, and 2–3 keys", () => {
    const options = ["a", "b", "c", "d", "e"].map((id) => ({ id, text: `Option ${id}` }));
    const rationales = Object.fromEntries(options.map((o) => [o.id, `Because of ${o.id} in this case.`]));
    const multi = makeQuestion({ type: "multi", options, rationales, answer: ["a", "c"] });
    expect(problemsFor(multi)).toMatch(/the stem must say "\(Choose two\.\)"/);
    expect(problemsFor({ ...multi, stem: `${String(multi.stem)} (Choose two.)` })).toBe("");
    expect(problemsFor({ ...multi, answer: ["a"], stem: `${String(multi.stem)} (Choose two.)` })).toMatch(
      /2 or 3 keys/,
    );
  });

  it("requires ordering questions to list every step once, scrambled", () => {
    const options = ["a", "b", "c"].map((id) => ({ id, text: `Step ${id}` }));
    const rationales = Object.fromEntries(options.map((o) => [o.id, `Step ${o.id} happens here.`]));
    const order = makeQuestion({ type: "order", options, rationales, answer: ["c", "a", "b"] });
    expect(problemsFor(order)).toBe("");
    expect(problemsFor({ ...order, answer: ["a", "b", "c"] })).toMatch(/scrambled/);
    expect(problemsFor({ ...order, answer: ["c", "a"] })).toMatch(/every step once/);
  });

  it("reports a file that is not JSON or not an array", () => {
    expect(parseQuestionFile("q.json", "{nope").problems[0]?.message).toMatch(/not valid JSON/);
    expect(parseQuestionFile("q.json", "{}").problems[0]?.message).toMatch(/must be a JSON array/);
  });
});

describe("the question bank in content/", () => {
  const bank = loadQuestionBank();
  const deploymentAreas = new Set(["elastic-beanstalk", "ecs", "codedeploy-cicd", "xray", "networking", "docker-cicd"]);

  it("has at least 450 questions, 300 of them on deployments, CI/CD, X-Ray and networking", () => {
    expect(bank.length).toBeGreaterThanOrEqual(450);
    expect(bank.filter((q) => deploymentAreas.has(q.area)).length).toBeGreaterThanOrEqual(300);
  });

  it("holds three full DVA-C02 exams drawn by the blueprint without repeating a question", () => {
    const blueprint = findBlueprint("dva-c02");
    if (!blueprint) throw new Error("no DVA-C02 blueprint");
    expect(sectionCounts(blueprint)).toEqual([21, 17, 15, 12]);
    const seen = new Set<string>();
    for (const seed of [1, 2, 3]) {
      const items = drawExam(blueprint, bank, { seed, seen });
      expect(items.filter((item) => seen.has(item.questionId))).toEqual([]);
      items.forEach((item) => seen.add(item.questionId));
    }
    expect(seen.size).toBe(195);
  });

  it("spreads single-answer keys evenly over a–d (each 20–30%)", () => {
    const singles = bank.filter((q): q is Question & { type: "single" } => q.type === "single");
    for (const position of ["a", "b", "c", "d"]) {
      const share = singles.filter((q) => q.answer[0] === position).length / singles.length;
      expect(share, position).toBeGreaterThanOrEqual(0.2);
      expect(share, position).toBeLessThanOrEqual(0.3);
    }
  });

  it("has no near-duplicate stems", () => {
    const pairs = nearDuplicates(
      bank.map((q) => ({ id: q.id, text: q.stem })),
      NEAR_DUPLICATE_THRESHOLD,
    );
    expect(pairs).toEqual([]);
  });

  it("catches a near-duplicate when one is planted", () => {
    const [first] = bank;
    const copy = { id: "copy-001", text: `${first?.stem ?? ""} Explain briefly.` };
    expect(
      nearDuplicates([{ id: first?.id ?? "", text: first?.stem ?? "" }, copy], NEAR_DUPLICATE_THRESHOLD),
    ).toHaveLength(1);
  });
});
