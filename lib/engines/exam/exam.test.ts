import { describe, expect, it } from "vitest";
import { EXAM_DOMAINS, type ExamDomain } from "../taxonomy";
import { sectionCounts, type Blueprint } from "./blueprint";
import { dueWarning, formatCountdown, isPastDeadline, remainingMs } from "./clock";
import { drawExam, NotEnoughQuestionsError, type DrawCandidate } from "./draw";
import { scaledScore, scoreExam, type GradedItem } from "./score";
import { examReducer, itemStatus, reviewLists, type ExamSessionState } from "./session";

const DVA_C02: Blueprint = {
  id: "dva-c02",
  title: "DVA-C02",
  description: "",
  questionCount: 65,
  minutes: 130,
  unscoredCount: 15,
  passScaled: 720,
  sections: [
    { id: "D1", title: "D1", weight: 0.32, match: { domains: ["D1"] } },
    { id: "D2", title: "D2", weight: 0.26, match: { domains: ["D2"] } },
    { id: "D3", title: "D3", weight: 0.24, match: { domains: ["D3"] } },
    { id: "D4", title: "D4", weight: 0.18, match: { domains: ["D4"] } },
  ],
};

function makeBank(perDomain: number): DrawCandidate[] {
  return EXAM_DOMAINS.flatMap((domain) =>
    Array.from({ length: perDomain }, (_, i) => ({
      id: `${domain}-${i}`,
      domain,
      task: `${domain.slice(1)}.1`,
      area: i % 2 ? "ecs" : "xray",
    })),
  );
}

describe("sectionCounts (largest remainder)", () => {
  it("gives DVA-C02 at 65 questions D1 21, D2 17, D3 15, D4 12", () => {
    expect(sectionCounts(DVA_C02)).toEqual([21, 17, 15, 12]);
  });

  it("always sums to the question count", () => {
    for (const count of [1, 5, 10, 50, 64, 65, 100]) {
      expect(sectionCounts({ ...DVA_C02, questionCount: count }).reduce((a, b) => a + b, 0)).toBe(count);
    }
  });
});

describe("drawExam", () => {
  const bank = makeBank(50);

  it("draws 65 by domain share, with no repeats", () => {
    const items = drawExam(DVA_C02, bank, { seed: 7 });
    expect(items).toHaveLength(65);
    expect(new Set(items.map((i) => i.questionId)).size).toBe(65);
    const byDomain = (d: ExamDomain) => items.filter((i) => i.questionId.startsWith(d)).length;
    expect(EXAM_DOMAINS.map(byDomain)).toEqual([21, 17, 15, 12]);
    expect(items.every((i) => i.scored)).toBe(true);
  });

  it("replays exactly from the stored seed, and differs for another seed", () => {
    expect(drawExam(DVA_C02, bank, { seed: 7 })).toEqual(drawExam(DVA_C02, bank, { seed: 7 }));
    expect(drawExam(DVA_C02, bank, { seed: 8 })).not.toEqual(drawExam(DVA_C02, bank, { seed: 7 }));
  });

  it("prefers questions the learner has not seen", () => {
    const seen = new Set(drawExam(DVA_C02, bank, { seed: 1 }).map((i) => i.questionId));
    const second = drawExam(DVA_C02, bank, { seed: 2, seen });
    expect(second.filter((i) => seen.has(i.questionId))).toHaveLength(0);
  });

  it("leaves 15 questions unscored in realistic mode", () => {
    const items = drawExam(DVA_C02, bank, { seed: 3, realistic: true });
    expect(items.filter((i) => !i.scored)).toHaveLength(15);
  });

  it("says which section is short when the bank cannot fill it", () => {
    expect(() => drawExam(DVA_C02, makeBank(10), { seed: 1 })).toThrow(NotEnoughQuestionsError);
  });
});

describe("scoring", () => {
  let next = 0;
  const item = (domain: ExamDomain, correct: boolean, scored = true): GradedItem => ({
    questionId: `${domain}-${next++}`,
    domain,
    area: "ecs",
    scored,
    answered: true,
    correct,
  });

  it("maps the share of scored questions linearly to 100–1000", () => {
    expect(scaledScore(0, 50)).toBe(100);
    expect(scaledScore(50, 50)).toBe(1000);
    expect(scaledScore(35, 50)).toBe(730);
    expect(scaledScore(34, 50)).toBe(712);
  });

  it("passes at 720, ignores unscored items and reports each domain", () => {
    const items = [
      ...Array.from({ length: 35 }, () => item("D1", true)),
      ...Array.from({ length: 15 }, () => item("D3", false)),
      item("D2", false, false),
    ];
    const score = scoreExam(items, 720);
    expect(score).toMatchObject({ scaled: 730, passed: true, correct: 35, scoredCount: 50 });
    expect(score.byDomain.D1).toEqual({ correct: 35, total: 35 });
    expect(score.byDomain.D3).toEqual({ correct: 0, total: 15 });
    expect(score.byDomain.D2).toEqual({ correct: 0, total: 0 });
  });

  it("counts an unanswered question as wrong", () => {
    const unanswered: GradedItem = {
      questionId: "x",
      domain: "D4",
      area: "ecs",
      scored: true,
      answered: false,
      correct: false,
    };
    expect(scoreExam([unanswered], 720)).toMatchObject({ scaled: 100, passed: false, answered: 0 });
  });
});

describe("the clock", () => {
  const deadline = new Date("2026-01-01T12:00:00Z");
  const at = (minutesBefore: number) => new Date(deadline.getTime() - minutesBefore * 60_000);

  it("computes time left and expiry from the stored deadline", () => {
    expect(remainingMs(deadline, at(10))).toBe(600_000);
    expect(remainingMs(deadline, at(-5))).toBe(0);
    expect(isPastDeadline("in_progress", deadline, at(0))).toBe(true);
    expect(isPastDeadline("in_progress", deadline, at(1))).toBe(false);
    expect(isPastDeadline("submitted", deadline, at(-60))).toBe(false);
  });

  it("announces 30, 10 and 5 minute warnings once each", () => {
    expect(dueWarning(31 * 60_000, new Set())).toBeNull();
    expect(dueWarning(30 * 60_000, new Set())).toBe(30);
    expect(dueWarning(29 * 60_000, new Set([30]))).toBeNull();
    expect(dueWarning(4 * 60_000, new Set([30]))).toBe(5);
  });

  it("formats a countdown", () => {
    expect(formatCountdown(130 * 60_000)).toBe("2:10:00");
    expect(formatCountdown(65_500)).toBe("1:06");
  });
});

describe("examReducer", () => {
  const start: ExamSessionState = {
    current: 0,
    view: "question",
    items: ["q1", "q2", "q3"].map((questionId) => ({ questionId, selected: [], flagged: false, struck: [] })),
  };

  it("chooses, replaces single answers and toggles multi answers", () => {
    let state = examReducer(start, { type: "choose", optionId: "a", kind: "single" });
    state = examReducer(state, { type: "choose", optionId: "b", kind: "single" });
    expect(state.items[0]?.selected).toEqual(["b"]);
    state = examReducer(state, { type: "go", index: 1 });
    state = examReducer(state, { type: "choose", optionId: "a", kind: "multi" });
    state = examReducer(state, { type: "choose", optionId: "c", kind: "multi" });
    state = examReducer(state, { type: "choose", optionId: "a", kind: "multi" });
    expect(state.items[1]?.selected).toEqual(["c"]);
  });

  it("strikes out an option and unselects it", () => {
    let state = examReducer(start, { type: "choose", optionId: "a", kind: "single" });
    state = examReducer(state, { type: "toggle-strike", optionId: "a" });
    expect(state.items[0]).toMatchObject({ selected: [], struck: ["a"] });
  });

  it("flags, navigates and opens the review screen after the last question", () => {
    let state = examReducer(start, { type: "toggle-flag" });
    expect(itemStatus(state.items[0]!)).toBe("flagged");
    state = examReducer(examReducer(examReducer(state, { type: "next" }), { type: "next" }), { type: "next" });
    expect(state.view).toBe("review");
    expect(reviewLists(state.items)).toEqual({ unanswered: [0, 1, 2], flagged: [0] });
    expect(examReducer(state, { type: "go", index: 99 })).toBe(state);
  });
});
