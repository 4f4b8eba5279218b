import { describe, expect, it } from "vitest";
import type { AreaSlug } from "../taxonomy";
import { buildHistory, STUDY_TIME_MODEL, UnknownTimeZoneError, type HistoryAnswer, type HistoryExam } from "./index";

// A fixed clock: Wednesday 2026-05-06 10:00 UTC (ISO week 2026-W19).
const now = Date.parse("2026-05-06T10:00:00Z");
const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

function makeAnswer(iso: string, overrides: Partial<HistoryAnswer> = {}): HistoryAnswer {
  return {
    answeredAt: at(iso),
    correct: true,
    area: "ecs",
    source: "practice",
    sessionId: null,
    sessionStartedAt: null,
    ...overrides,
  };
}

function makeExam(id: string, iso: string, overrides: Partial<HistoryExam> = {}): HistoryExam {
  return {
    id,
    title: "DVA-C02 practice exam",
    blueprintId: "dva-c02",
    startedAt: at(iso) - 60 * MINUTE,
    submittedAt: at(iso),
    scaledScore: 700,
    passed: false,
    passScaled: 720,
    timeSpentMs: 30 * MINUTE,
    answeredCount: 65,
    ...overrides,
  };
}

const history = (input: Partial<Parameters<typeof buildHistory>[0]> = {}) =>
  buildHistory({ answers: [], exams: [], reads: [], now, timeZone: "UTC", ...input });

describe("buildHistory: an empty history", () => {
  it("is empty, with zero days and no weeks, exams or areas", () => {
    const result = history();
    expect(result.empty).toBe(true);
    expect(result.today).toBe("2026-05-06");
    expect(result.since).toBe("2025-11-08");
    expect(result.daily).toHaveLength(28);
    expect(result.daily.every((d) => !d.active && d.answers === 0 && d.studyMinutes === 0)).toBe(true);
    expect(result.weeks).toEqual([]);
    expect(result.accuracyByArea).toEqual([]);
    expect(result.exams).toEqual([]);
    expect(result.streak).toEqual({ current: 0, longest: 0, activeToday: false, lastActive: null });
  });

  it("refuses an unknown time zone by name", () => {
    expect(() => history({ timeZone: "Nowhere/Atlantis" })).toThrow(UnknownTimeZoneError);
  });
});

describe("buildHistory: days and streaks in the learner's time zone", () => {
  // One answer at 22:30 UTC the evening before; "now" is 08:00 UTC.
  const late = [makeAnswer("2026-05-05T22:30:00Z")];
  const morning = at("2026-05-06T08:00:00Z");

  it("in UTC the answer was yesterday: today is not active, the streak of 1 still stands", () => {
    const result = history({ answers: late, now: morning });
    expect(result.streak).toEqual({ current: 1, longest: 1, activeToday: false, lastActive: "2026-05-05" });
    expect(result.daily.at(-1)).toMatchObject({ date: "2026-05-06", active: false });
    expect(result.daily.at(-2)).toMatchObject({ date: "2026-05-05", active: true, answers: 1 });
  });

  it("in Paris (UTC+2) the same answer was after midnight, so today is active", () => {
    const result = history({ answers: late, now: morning, timeZone: "Europe/Paris" });
    expect(result.streak).toMatchObject({ current: 1, activeToday: true, lastActive: "2026-05-06" });
    expect(result.daily.at(-1)).toMatchObject({ date: "2026-05-06", answers: 1 });
  });

  it("in Los Angeles (UTC−7) at 01:00 UTC it is still the day before", () => {
    const result = history({ answers: late, now: at("2026-05-06T01:00:00Z"), timeZone: "America/Los_Angeles" });
    expect(result.today).toBe("2026-05-05");
    expect(result.streak).toMatchObject({ current: 1, activeToday: true });
  });

  it("counts answers, reads and exams as activity, and a missed day breaks the streak", () => {
    const result = history({
      answers: [makeAnswer("2026-05-06T09:00:00Z"), makeAnswer("2026-05-02T09:00:00Z")],
      reads: [{ readAt: at("2026-05-05T12:00:00Z"), noteSlug: "ecs/placement" }],
      exams: [makeExam("e1", "2026-05-04T18:00:00Z"), makeExam("e0", "2026-05-01T18:00:00Z")],
    });
    expect(result.streak).toMatchObject({ current: 3, longest: 3, activeToday: true });
    expect(result.totals).toMatchObject({ activeDays: 5, answers: 2, sectionsRead: 1, exams: 2 });
  });

  it("ignores events before the window and after today", () => {
    const result = history({
      answers: [
        makeAnswer("2025-11-07T12:00:00Z"),
        makeAnswer("2025-11-08T00:00:00Z"),
        makeAnswer("2026-05-07T01:00:00Z"),
      ],
    });
    expect(result.totals.answers).toBe(1);
    expect(result.streak.lastActive).toBe("2025-11-08");
  });
});

describe("buildHistory: accuracy by area per ISO week", () => {
  const answers = [
    makeAnswer("2026-04-14T10:00:00Z", { correct: true }), // W16
    makeAnswer("2026-04-15T10:00:00Z", { correct: false }), // W16
    makeAnswer("2026-04-16T10:00:00Z", { correct: true }), // W16
    makeAnswer("2026-04-28T10:00:00Z", { correct: false }), // W18
    makeAnswer("2026-04-29T10:00:00Z", { area: "xray", correct: true }), // W18
    makeAnswer("2026-04-29T11:00:00Z", { area: null, correct: true }), // no longer in the bank
  ];

  it("lists every week from the first answer's to this one", () => {
    const result = history({ answers });
    expect(result.weeks.map((w) => w.key)).toEqual(["2026-W16", "2026-W17", "2026-W18", "2026-W19"]);
    expect(result.weeks[0]?.start).toBe("2026-04-13");
  });

  it("leaves weeks without answers as gaps, not zeros, and only lists areas that were practised", () => {
    const result = history({ answers });
    expect(result.accuracyByArea.map((s) => s.area)).toEqual<AreaSlug[]>(["ecs", "xray"]);
    const ecs = result.accuracyByArea[0];
    expect(ecs?.weeks.map((w) => w.accuracy)).toEqual([2 / 3, null, 0, null]);
    expect(ecs?.weeks[1]).toEqual({ week: "2026-W17", answers: 0, correct: 0, accuracy: null });
    expect(ecs).toMatchObject({ answers: 4, correct: 2 });
    expect(result.accuracyByArea[1]?.weeks.map((w) => w.accuracy)).toEqual([null, null, 1, null]);
    // The answer whose question left the bank still counts as activity.
    expect(result.totals.answers).toBe(6);
  });

  it("buckets by the learner's week: Sunday 23:00 UTC is Monday morning in Tokyo", () => {
    const sunday = [makeAnswer("2026-05-03T23:00:00Z")];
    expect(history({ answers: sunday }).accuracyByArea[0]?.weeks.map((w) => w.week)).toEqual(["2026-W18", "2026-W19"]);
    const tokyo = history({ answers: sunday, timeZone: "Asia/Tokyo" });
    expect(tokyo.weeks.map((w) => w.key)).toEqual(["2026-W19"]);
    expect(tokyo.accuracyByArea[0]?.weeks[0]).toMatchObject({ answers: 1, accuracy: 1 });
  });
});

describe("buildHistory: exam scores", () => {
  it("lists graded exams in the window, oldest first, on their local day, with the pass line", () => {
    const result = history({
      exams: [
        makeExam("b", "2026-05-05T23:30:00Z", { scaledScore: 780, passed: true }),
        makeExam("a", "2026-04-20T10:00:00Z"),
        makeExam("old", "2025-10-01T10:00:00Z"),
      ],
      timeZone: "Europe/Paris",
    });
    expect(result.exams.map((e) => [e.id, e.date, e.scaledScore, e.passed, e.passScaled])).toEqual([
      ["a", "2026-04-20", 700, false, 720],
      ["b", "2026-05-06", 780, true, 720],
    ]);
  });
});

describe("buildHistory: study time", () => {
  const session = { sessionId: "s1", sessionStartedAt: at("2026-05-06T08:00:00Z") };

  it("measures practice answers by the gap since the previous step, with a default after a break", () => {
    const result = history({
      answers: [
        makeAnswer("2026-05-06T08:02:00Z", session), // 2 min after the session started
        makeAnswer("2026-05-06T08:06:30Z", session), // 4.5 min
        makeAnswer("2026-05-06T08:40:00Z", session), // a break: the default 1.5 min
      ],
    });
    expect(result.daily.at(-1)?.studyMinutes).toBe(8);
  });

  it("uses the default for a session's first answer when its start is unknown or on another day", () => {
    const result = history({
      answers: [
        makeAnswer("2026-05-06T08:00:00Z", { sessionId: "s2", sessionStartedAt: at("2026-05-05T20:00:00Z") }),
        makeAnswer("2026-05-06T08:01:00Z", { sessionId: "s2", sessionStartedAt: at("2026-05-05T20:00:00Z") }),
        makeAnswer("2026-05-06T09:00:00Z", { sessionId: null, sessionStartedAt: null }),
      ],
    });
    expect(result.totals.studyMinutes).toBe(Math.round((2 * STUDY_TIME_MODEL.answerDefaultMs + MINUTE) / MINUTE));
  });

  it("counts an exam's recorded time (no more than its wall time) and not its answers again", () => {
    const result = history({
      answers: [makeAnswer("2026-05-06T09:00:00Z", { source: "exam" })],
      exams: [
        makeExam("a", "2026-05-06T09:00:00Z", { timeSpentMs: 50 * MINUTE, startedAt: at("2026-05-06T08:40:00Z") }),
        makeExam("b", "2026-05-05T09:00:00Z", { timeSpentMs: 0, answeredCount: 4 }),
      ],
    });
    expect(result.daily.at(-1)?.studyMinutes).toBe(20);
    expect(result.daily.at(-2)?.studyMinutes).toBe(6);
  });

  it("measures note reads the same way", () => {
    const result = history({
      reads: [
        { readAt: at("2026-05-06T09:00:00Z"), noteSlug: "ecs/placement" },
        { readAt: at("2026-05-06T09:02:00Z"), noteSlug: "ecs/placement" },
        { readAt: at("2026-05-06T09:30:00Z"), noteSlug: "xray/sampling" },
      ],
    });
    expect(result.daily.at(-1)).toMatchObject({ sectionsRead: 3, studyMinutes: 4, active: true });
  });

  it("gives the same history whatever the order of its input", () => {
    const answers = [
      makeAnswer("2026-05-06T08:02:00Z", session),
      makeAnswer("2026-05-06T08:06:30Z", { ...session, correct: false }),
      makeAnswer("2026-04-28T08:00:00Z", { area: "networking" }),
    ];
    expect(history({ answers: [...answers].reverse() })).toEqual(history({ answers }));
  });
});

describe("buildHistory: the daily series", () => {
  it("covers the last recentDays days, oldest first, with zeros on quiet days", () => {
    const result = history({ answers: [makeAnswer("2026-05-03T10:00:00Z")], recentDays: 7 });
    expect(result.daily.map((d) => d.date)).toEqual([
      "2026-04-30",
      "2026-05-01",
      "2026-05-02",
      "2026-05-03",
      "2026-05-04",
      "2026-05-05",
      "2026-05-06",
    ]);
    expect(result.daily.map((d) => d.answers)).toEqual([0, 0, 0, 1, 0, 0, 0]);
    expect(result.streak).toMatchObject({ current: 0, longest: 1 });
  });
});
