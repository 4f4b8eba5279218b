import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseLearnerExport } from "@/lib/validations/learner-export";
import type { ScratchDatabase } from "@/scripts/lib/scratch-database";
import { createAttempt, submitAttempt } from "./attempts";
import { createDb, type Db } from "./client";
import { exportLearnerData, importLearnerData, resetLearnerData } from "./learner-data";
import { ensureLocalLearner } from "./learners";
import { migrate } from "./migrations";
import { createPracticeSession, recordPracticeAnswer } from "./practice";
import { recordSectionRead } from "./reading";
import { createQuestionReport } from "./reports";
import { setDesiredRetention } from "./reviews";
import { recordSimulatorRun } from "./simulator-runs";
import { createTestDatabase, providerUnderTest } from "./test-database";

let database: ScratchDatabase;
let client: Db;
let learnerId: string;
const now = new Date("2026-05-01T10:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  await migrate({ databaseUrl: database.url });
  client = createDb({ databaseUrl: database.url });
  learnerId = (await ensureLocalLearner(client)).id;
  await setDesiredRetention(client, learnerId, 0.85);
  await recordSectionRead(client, { learnerId, noteSlug: "ecs/placement", sectionId: "binpack", source: "marked" });
  const sessionId = await createPracticeSession(client, {
    learnerId,
    kind: "practice",
    filters: { pool: "all" },
    questionIds: ["q-one-001", "q-two-001"],
  });
  await recordPracticeAnswer(client, {
    learnerId,
    sessionId,
    questionId: "q-one-001",
    selected: ["a"],
    correct: false,
    confidence: "sure",
    now,
  });
  const blueprint = {
    id: "custom",
    title: "T",
    description: "d",
    questionCount: 1,
    minutes: 5,
    unscoredCount: 0,
    passScaled: 720,
    sections: [{ id: "c", title: "c", weight: 1, match: {} }],
  };
  const attemptId = await createAttempt(client, {
    learnerId,
    blueprint,
    seed: 3,
    realistic: false,
    items: [{ questionId: "q-two-001", sectionId: "c", scored: true }],
    now,
  });
  await submitAttempt(client, learnerId, attemptId, now, () => ({ correct: false, domain: "D3", area: "ecs" }));
  await createQuestionReport(client, { learnerId, questionId: "q-two-001", text: "Option b is ambiguous here." });
  const run = { engine: "elastic-beanstalk", outcome: "rolled_back", durationS: 540, now } as const;
  await recordSimulatorRun(client, { ...run, learnerId, config: "platform=eb&policy=rolling&seed=1" });
  await recordSimulatorRun(client, { ...run, learnerId, config: "platform=eb&policy=rolling&seed=1" });
  await recordSimulatorRun(client, { ...run, learnerId, config: "platform=eb&policy=immutable&seed=1" });
});

afterAll(async () => {
  await client.$disconnect();
  await database.drop();
});

const withoutStamp = ({ exportedAt: _ignored, ...rest }: Awaited<ReturnType<typeof exportLearnerData>>) => rest;

describe(`the learner's data on ${providerUnderTest}`, () => {
  it("exports, resets and imports back to exactly the same data, and a second import changes nothing", async () => {
    const original = await exportLearnerData(client, learnerId, now);
    expect(original.answers.length).toBeGreaterThanOrEqual(1);
    expect(original.reviewCards.length).toBeGreaterThanOrEqual(2);
    expect(original.examAttempts[0]?.items).toHaveLength(1);
    expect(original.simulatorRuns.map((run) => run.config)).toEqual([
      "platform=eb&policy=immutable&seed=1",
      "platform=eb&policy=rolling&seed=1",
    ]);
    const file = JSON.stringify(original);
    await resetLearnerData(client, learnerId);
    expect((await exportLearnerData(client, learnerId, now)).answers).toEqual([]);
    const parsed = parseLearnerExport(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const first = await importLearnerData(client, learnerId, parsed.data);
    expect(first.added).toBeGreaterThan(0);
    expect(withoutStamp(await exportLearnerData(client, learnerId, now))).toEqual(withoutStamp(original));
    const second = await importLearnerData(client, learnerId, parsed.data);
    expect(second.added).toBe(0);
    expect(withoutStamp(await exportLearnerData(client, learnerId, now))).toEqual(withoutStamp(original));
  });
});

/** A valid export with nothing in it, for building bad ones. */
const EMPTY_EXPORT = {
  format: "rollout-learner-export",
  version: 1,
  exportedAt: "2026-01-01T00:00:00.000Z",
  preferences: null,
  sectionReads: [],
  practiceSessions: [],
  answers: [],
  reviewCards: [],
  examAttempts: [],
  reports: [],
};

describe("parseLearnerExport", () => {
  it.each([
    ["not JSON", "{oops", /not JSON/],
    ["another program's file", JSON.stringify({ format: "anki", version: 1 }), /format is not a Rollout export/],
    [
      "a bad date",
      JSON.stringify({ format: "rollout-learner-export", version: 1, exportedAt: "yesterday" }),
      /exportedAt must be an ISO date-time/,
    ],
    ["an unknown field", JSON.stringify({ ...EMPTY_EXPORT, extra: 1 }), /Unrecognized key/],
    [
      "a run of a simulator that does not exist",
      JSON.stringify({
        ...EMPTY_EXPORT,
        simulatorRuns: [
          {
            engine: "kubernetes",
            config: "a=b",
            outcome: "succeeded",
            durationS: 1,
            finishedAt: "2026-01-01T00:00:00.000Z",
          },
        ],
      }),
      /simulatorRuns\.0\.engine is not a deployment simulator/,
    ],
  ])("rejects %s with a clear message and says nothing changed", (_label, text, message) => {
    const result = parseLearnerExport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/Nothing was changed|not JSON/);
    }
  });
});
