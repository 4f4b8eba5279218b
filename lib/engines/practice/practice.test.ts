import { describe, expect, it } from "vitest";
import { checkSubmission, isCorrect } from "./grade";
import { summariseSession } from "./summary";
import { selectPracticeQuestions, type PracticeCandidate, type PracticeFilters, type QuestionHistory } from "./select";

describe("isCorrect", () => {
  const single = { type: "single" as const, answer: ["c"] };
  const multi = { type: "multi" as const, answer: ["b", "d"] };
  const order = { type: "order" as const, answer: ["c", "a", "b"] };

  it("grades single answers", () => {
    expect(isCorrect(single, ["c"])).toBe(true);
    expect(isCorrect(single, ["a"])).toBe(false);
  });

  it("grades multi answers all-or-nothing, in any click order", () => {
    expect(isCorrect(multi, ["d", "b"])).toBe(true);
    expect(isCorrect(multi, ["b"])).toBe(false);
    expect(isCorrect(multi, ["b", "c"])).toBe(false);
    expect(isCorrect(multi, ["b", "d", "e"])).toBe(false);
  });

  it("grades order answers on the exact sequence", () => {
    expect(isCorrect(order, ["c", "a", "b"])).toBe(true);
    expect(isCorrect(order, ["a", "c", "b"])).toBe(false);
  });

  it("rejects malformed submissions before grading", () => {
    expect(checkSubmission(multi, ["a", "b", "c", "d", "e"], ["b"])).toBe("wrong-count");
    expect(checkSubmission(single, ["a", "b", "c", "d"], ["z"])).toBe("unknown-option");
    expect(checkSubmission(order, ["a", "b", "c"], ["a", "a", "b"])).toBe("repeated-option");
    expect(checkSubmission(order, ["a", "b", "c"], ["b", "a", "c"])).toBeNull();
  });
});

describe("selectPracticeQuestions", () => {
  const q = (id: string, area: string, domain: "D1" | "D3", difficulty: "easy" | "hard"): PracticeCandidate => ({
    id,
    area,
    topics: [`${area}-topic`],
    domain,
    difficulty,
  });
  const bank = [
    q("1", "ecs", "D3", "easy"),
    q("2", "ecs", "D1", "hard"),
    q("3", "xray", "D3", "hard"),
    q("4", "xray", "D1", "easy"),
  ];
  const now = new Date("2026-02-01T00:00:00Z");
  const filters = (over: Partial<PracticeFilters> = {}): PracticeFilters => ({
    areas: [],
    topics: [],
    domains: [],
    difficulties: [],
    pool: "all",
    count: 10,
    ...over,
  });
  const history = new Map<string, QuestionHistory>([
    ["1", { lastCorrect: true, due: new Date("2026-03-01T00:00:00Z"), state: "review" }],
    ["2", { lastCorrect: false, due: new Date("2026-01-20T00:00:00Z"), state: "relearning" }],
    ["3", { lastCorrect: false, due: new Date("2026-01-10T00:00:00Z"), state: "review" }],
  ]);

  it("filters by area, domain and difficulty", () => {
    expect(selectPracticeQuestions(bank, filters({ areas: ["ecs"] }), history, now, 1).sort()).toEqual(["1", "2"]);
    expect(
      selectPracticeQuestions(bank, filters({ domains: ["D1"], difficulties: ["easy"] }), history, now, 1),
    ).toEqual(["4"]);
  });

  it("draws unseen, missed and due questions from the learner's history", () => {
    expect(selectPracticeQuestions(bank, filters({ pool: "unseen" }), history, now, 1)).toEqual(["4"]);
    expect(selectPracticeQuestions(bank, filters({ pool: "missed" }), history, now, 1).sort()).toEqual(["2", "3"]);
    expect(selectPracticeQuestions(bank, filters({ pool: "due" }), history, now, 1)).toEqual(["3", "2"]);
  });

  it("counts a just-missed question as due (learn-ahead), but not a review card due later", () => {
    const soon = new Map<string, QuestionHistory>([
      ["1", { lastCorrect: false, due: new Date(now.getTime() + 60_000), state: "learning" }],
      ["2", { lastCorrect: true, due: new Date(now.getTime() + 60_000), state: "review" }],
    ]);
    expect(selectPracticeQuestions(bank, filters({ pool: "due" }), soon, now, 1)).toEqual(["1"]);
  });

  it("respects the count and is repeatable for a seed", () => {
    const a = selectPracticeQuestions(bank, filters({ count: 2 }), history, now, 42);
    expect(a).toHaveLength(2);
    expect(selectPracticeQuestions(bank, filters({ count: 2 }), history, now, 42)).toEqual(a);
  });
});

describe("summariseSession", () => {
  it("scores, times and groups answers by topic, weakest first", () => {
    const start = new Date("2026-01-01T10:00:00Z");
    const at = (s: number) => new Date(start.getTime() + s * 1000);
    const summary = summariseSession(start, 4, [
      { questionId: "q1", correct: true, answeredAt: at(30), topic: "hooks", area: "codedeploy-cicd" },
      { questionId: "q2", correct: false, answeredAt: at(90), topic: "configs", area: "codedeploy-cicd" },
      { questionId: "q3", correct: true, answeredAt: at(150), topic: "hooks", area: "codedeploy-cicd" },
    ]);
    expect(summary).toMatchObject({
      answered: 3,
      total: 4,
      correct: 2,
      percent: 67,
      durationMs: 150_000,
      missed: ["q2"],
    });
    expect(summary.byTopic.map((t) => `${t.topic}:${t.correct}/${t.total}`)).toEqual(["configs:0/1", "hooks:2/2"]);
  });
});
