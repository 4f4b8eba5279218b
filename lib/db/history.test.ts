import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Blueprint } from "@/lib/engines/exam/blueprint";
import { buildHistory } from "@/lib/engines/history";
import type { AreaSlug } from "@/lib/engines/taxonomy";
import type { ScratchDatabase } from "@/scripts/lib/scratch-database";
import { createAttempt, recordVisit, saveItem, submitAttempt, type Grader } from "./attempts";
import { createDb, type Db } from "./client";
import { historyRecords } from "./history";
import { ensureLocalLearner } from "./learners";
import { migrate } from "./migrations";
import { createPracticeSession, recordPracticeAnswer } from "./practice";
import { createTestDatabase, providerUnderTest } from "./test-database";

// A fixed clock: Wednesday 2026-05-06 10:00 UTC.
const now = new Date("2026-05-06T10:00:00Z");
const at = (iso: string) => new Date(iso);
const areas: Record<string, AreaSlug> = { "q-ecs-1": "ecs", "q-ecs-2": "ecs", "q-xray-1": "xray" };
const areaOf = (questionId: string) => areas[questionId] ?? null;

const blueprint: Blueprint = {
  id: "custom",
  title: "Two questions",
  description: "test",
  questionCount: 2,
  minutes: 30,
  unscoredCount: 0,
  passScaled: 720,
  sections: [{ id: "all", title: "All", weight: 1, match: {} }],
};
const grade: Grader = (questionId, selected) => ({
  correct: selected[0] === "a",
  domain: "D3",
  area: areaOf(questionId) ?? "ecs",
});

let database: ScratchDatabase;
let client: Db;
let learnerId: string;
let otherId: string;

async function practise(owner: string, startedAt: Date, answers: [string, boolean, Date][]): Promise<void> {
  const sessionId = await createPracticeSession(client, {
    learnerId: owner,
    kind: "practice",
    filters: { pool: "all" },
    questionIds: answers.map(([questionId]) => questionId),
  });
  await client.practiceSession.update({ where: { id: sessionId }, data: { startedAt } });
  for (const [questionId, correct, answeredAt] of answers) {
    await recordPracticeAnswer(client, {
      learnerId: owner,
      sessionId,
      questionId,
      selected: ["a"],
      correct,
      confidence: "sure",
      now: answeredAt,
    });
  }
}

async function takeExams(): Promise<void> {
  const items = ["q-ecs-1", "q-xray-1"].map((questionId) => ({ questionId, sectionId: "all", scored: true }));
  const exam = (owner: string, seed: number, startedAt: Date) =>
    createAttempt(client, { learnerId: owner, blueprint, seed, realistic: false, items, now: startedAt });
  const examStart = at("2026-05-04T18:00:00Z");
  const attemptId = await exam(learnerId, 1, examStart);
  await saveItem(client, { learnerId, attemptId, position: 0, change: { selected: ["a"] }, now: examStart });
  await recordVisit(client, {
    learnerId,
    attemptId,
    from: 0,
    to: 1,
    elapsedMs: 240_000,
    now: at("2026-05-04T18:04:00Z"),
  });
  await submitAttempt(client, learnerId, attemptId, at("2026-05-04T18:10:00Z"), grade);
  const otherAttempt = await exam(otherId, 3, at("2026-05-06T07:00:00Z"));
  await submitAttempt(client, otherId, otherAttempt, at("2026-05-06T07:05:00Z"), grade);
}

function read(owner: string, noteSlug: string, sectionId: string, iso: string) {
  return { learnerId: owner, noteSlug, sectionId, source: "marked", readAt: at(iso) };
}

// Written in time order: each answer updates a spaced-repetition card, which only moves forward.
beforeAll(async () => {
  database = await createTestDatabase();
  await migrate({ databaseUrl: database.url });
  client = createDb({ databaseUrl: database.url });
  learnerId = (await ensureLocalLearner(client)).id;
  otherId = (await client.learner.create({ data: { displayName: "Someone else" } })).id;

  await practise(learnerId, at("2025-06-01T09:00:00Z"), [["q-ecs-1", true, at("2025-06-01T09:01:00Z")]]);
  await takeExams();
  await practise(learnerId, at("2026-05-05T09:00:00Z"), [
    ["q-ecs-1", true, at("2026-05-05T09:02:00Z")],
    ["q-ecs-2", false, at("2026-05-05T09:05:00Z")],
    ["q-xray-1", true, at("2026-05-05T09:06:00Z")],
  ]);
  await practise(otherId, at("2026-05-06T08:00:00Z"), [["q-ecs-1", false, at("2026-05-06T08:01:00Z")]]);
  await client.noteSectionRead.createMany({
    data: [
      read(learnerId, "ecs/placement", "binpack", "2026-05-06T09:00:00Z"),
      read(learnerId, "ecs/placement", "spread", "2026-05-06T09:03:00Z"),
      read(otherId, "xray/sampling", "rules", "2026-05-06T09:00:00Z"),
    ],
  });
  // An attempt still in progress is not history yet.
  await createAttempt(client, {
    learnerId,
    blueprint,
    seed: 2,
    realistic: false,
    items: [{ questionId: "q-ecs-2", sectionId: "all", scored: true }],
    now: at("2026-05-06T09:30:00Z"),
  });
});

afterAll(async () => {
  await client.$disconnect();
  await database.drop();
});

describe(`history records on ${providerUnderTest}`, () => {
  it("returns only this learner's answers, graded exams and reads within the window", async () => {
    const records = await historyRecords(client, learnerId, { now, days: 180, areaOf });
    // Three practice answers and the exam's one answered question; last year's answer is outside.
    expect(records.answers.map((a) => [a.source, a.area, a.correct])).toEqual([
      ["exam", "ecs", true],
      ["practice", "ecs", true],
      ["practice", "ecs", false],
      ["practice", "xray", true],
    ]);
    const practice = records.answers.filter((a) => a.source === "practice");
    expect(practice.every((a) => a.sessionStartedAt === at("2026-05-05T09:00:00Z").getTime())).toBe(true);
    expect(records.exams).toEqual([
      {
        id: expect.any(String) as string,
        title: "Two questions",
        blueprintId: "custom",
        startedAt: at("2026-05-04T18:00:00Z").getTime(),
        submittedAt: at("2026-05-04T18:10:00Z").getTime(),
        scaledScore: 550,
        passed: false,
        passScaled: 720,
        timeSpentMs: 240_000,
        answeredCount: 1,
      },
    ]);
    expect(records.reads.map((r) => r.noteSlug)).toEqual(["ecs/placement", "ecs/placement"]);
  });

  it("reaches back as far as asked", async () => {
    const records = await historyRecords(client, learnerId, { now, days: 400, areaOf });
    expect(records.answers).toHaveLength(5);
    const later = await historyRecords(client, learnerId, { now: at("2026-05-09T10:00:00Z"), days: 1, areaOf });
    expect(later).toEqual({ answers: [], exams: [], reads: [] });
  });

  it("feeds the history engine end to end", async () => {
    const records = await historyRecords(client, learnerId, { now, days: 180, areaOf });
    const history = buildHistory({ ...records, now: now.getTime(), timeZone: "UTC" });
    expect(history.streak).toMatchObject({ current: 3, longest: 3, activeToday: true });
    expect(history.exams.map((e) => [e.date, e.scaledScore])).toEqual([["2026-05-04", 550]]);
    expect(history.daily.slice(-3).map((d) => [d.date, d.answers, d.sectionsRead, d.exams, d.studyMinutes])).toEqual([
      ["2026-05-04", 1, 0, 1, 4],
      ["2026-05-05", 3, 0, 0, 6],
      ["2026-05-06", 0, 2, 0, 4],
    ]);
    const ecs = history.accuracyByArea.find((s) => s.area === "ecs");
    expect(ecs?.weeks.at(-1)).toEqual({ week: "2026-W19", answers: 3, correct: 2, accuracy: 2 / 3 });
  });

  it("is empty for a learner with nothing", async () => {
    const fresh = (await client.learner.create({ data: { displayName: "New" } })).id;
    expect(await historyRecords(client, fresh, { now, days: 180, areaOf })).toEqual({
      answers: [],
      exams: [],
      reads: [],
    });
  });
});
