import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Blueprint } from "@/lib/engines/exam/blueprint";
import type { ScratchDatabase } from "@/scripts/lib/scratch-database";
import { createAttempt, getAttempt, recordVisit, saveItem, submitAttempt, type Grader } from "./attempts";
import { createDb, type Db } from "./client";
import { AttemptClosedError, AttemptNotFoundError, OptionNotInQuestionError } from "./errors";
import { ensureLocalLearner } from "./learners";
import { migrate } from "./migrations";
import { dueCount } from "./reviews";
import { createTestDatabase, providerUnderTest } from "./test-database";

const blueprint: Blueprint = {
  id: "custom",
  title: "Three questions",
  description: "test",
  questionCount: 3,
  minutes: 2,
  unscoredCount: 0,
  passScaled: 720,
  sections: [{ id: "all", title: "All", weight: 1, match: {} }],
};
const keys: Record<string, string> = { q1: "a", q2: "b", q3: "c" };
const grade: Grader = (questionId, selected) => ({
  correct: selected.length === 1 && selected[0] === keys[questionId],
  domain: "D3",
  area: "ecs",
});
const items = ["q1", "q2", "q3"].map((questionId) => ({ questionId, sectionId: "all", scored: true }));
const start = new Date("2026-03-01T10:00:00Z");
const after = (seconds: number) => new Date(start.getTime() + seconds * 1000);

let database: ScratchDatabase;
let client: Db;
let learnerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await migrate({ databaseUrl: database.url });
  client = createDb({ databaseUrl: database.url });
  learnerId = (await ensureLocalLearner(client)).id;
});

afterAll(async () => {
  await client.$disconnect();
  await database.drop();
});

const newAttempt = () => createAttempt(client, { learnerId, blueprint, seed: 1, realistic: false, items, now: start });

describe(`exam attempts on ${providerUnderTest}`, () => {
  it("sets the deadline from the server clock and autosaves answers, flags, strikes and time", async () => {
    const id = await newAttempt();
    await saveItem(client, { learnerId, attemptId: id, position: 0, change: { selected: ["a"] }, now: after(10) });
    await saveItem(client, { learnerId, attemptId: id, position: 1, change: { flagged: true }, now: after(20) });
    await saveItem(client, { learnerId, attemptId: id, position: 1, change: { struck: ["d"] }, now: after(21) });
    await recordVisit(client, { learnerId, attemptId: id, from: 0, to: 1, elapsedMs: 9_500, now: after(22) });
    const attempt = await getAttempt(client, learnerId, id, after(30), grade);
    expect(attempt.deadline).toEqual(after(120));
    expect(attempt.currentPosition).toBe(1);
    expect(attempt.items[0]).toMatchObject({ selected: ["a"], timeSpentMs: 9_500 });
    expect(attempt.items[1]).toMatchObject({ flagged: true, struck: ["d"] });
  });

  it("refuses option ids the question does not have, keeping the saved answer", async () => {
    const id = await newAttempt();
    const optionsOf = () => ["a", "b", "c", "d"];
    const save = (change: { selected: string[] } | { struck: string[] }) =>
      saveItem(client, { learnerId, attemptId: id, position: 0, change, now: after(10), optionsOf });
    await save({ selected: ["b"] });
    await expect(save({ selected: ["g"] })).rejects.toBeInstanceOf(OptionNotInQuestionError);
    await expect(save({ struck: ["a", "h"] })).rejects.toBeInstanceOf(OptionNotInQuestionError);
    const attempt = await getAttempt(client, learnerId, id, after(30), grade);
    expect(attempt.items[0]).toMatchObject({ selected: ["b"], struck: [] });
  });

  it("grades an attempt whose deadline passed with no browser open, on the next access", async () => {
    const id = await newAttempt();
    await saveItem(client, { learnerId, attemptId: id, position: 0, change: { selected: ["a"] }, now: after(5) });
    const attempt = await getAttempt(client, learnerId, id, after(600), grade);
    expect(attempt.status).toBe("expired");
    expect(attempt.submittedAt).toEqual(after(120));
    expect(attempt).toMatchObject({ correctCount: 1, scoredCount: 3, scaledScore: 400, passed: false });
    expect(await dueCount(client, learnerId, after(700))).toBeGreaterThanOrEqual(2);
  });

  it("refuses answers after the deadline, and after submission", async () => {
    const id = await newAttempt();
    await expect(
      saveItem(client, { learnerId, attemptId: id, position: 0, change: { selected: ["a"] }, now: after(121) }),
    ).rejects.toThrow(AttemptClosedError);
    const other = await newAttempt();
    await submitAttempt(client, learnerId, other, after(30), grade);
    await expect(
      saveItem(client, { learnerId, attemptId: other, position: 0, change: { selected: ["a"] }, now: after(31) }),
    ).rejects.toThrow(AttemptClosedError);
  });

  it("grades once when two instances submit at the same moment", async () => {
    const id = await newAttempt();
    for (const [position, answer] of ["a", "b", "c"].entries()) {
      await saveItem(client, { learnerId, attemptId: id, position, change: { selected: [answer] }, now: after(10) });
    }
    const [one, two] = await Promise.all([
      submitAttempt(client, learnerId, id, after(40), grade),
      submitAttempt(client, learnerId, id, after(40), grade),
    ]);
    expect(one).toMatchObject({ status: "submitted", correctCount: 3, scaledScore: 1000, passed: true });
    expect(two.correctCount).toBe(3);
    const examAnswers = await client.answer.count({
      where: { learnerId, source: "exam", questionId: { in: ["q1", "q2", "q3"] }, answeredAt: after(40) },
    });
    expect(examAnswers).toBe(3);
  });

  it("treats another learner's attempt as not found", async () => {
    const id = await newAttempt();
    const stranger = await client.learner.create({ data: { displayName: "Someone else" } });
    await expect(getAttempt(client, stranger.id, id, after(1), grade)).rejects.toThrow(AttemptNotFoundError);
    await expect(
      saveItem(client, {
        learnerId: stranger.id,
        attemptId: id,
        position: 0,
        change: { selected: ["a"] },
        now: after(1),
      }),
    ).rejects.toThrow(AttemptNotFoundError);
  });
});
