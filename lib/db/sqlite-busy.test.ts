// Fault: SQLite busy or locked. A second connection (another process, a backup, the sqlite3 shell)
// holds the write lock while the app saves an answer. better-sqlite3 waits synchronously, blocking
// its thread, so the lock holder runs on a worker thread to be able to let go while the save waits.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Blueprint } from "@/lib/engines/exam/blueprint";
import type { ScratchDatabase } from "@/scripts/lib/scratch-database";
import { createAttempt, getAttempt, recordVisit, saveItem, type Grader } from "./attempts";
import { createDb, type Db } from "./client";
import { DatabaseBusyError, sqliteBusyCode } from "./errors";
import { ensureLocalLearner } from "./learners";
import { migrate } from "./migrations";
import { sqliteFilePath } from "./migrations/sqlite";
import { createPracticeSession, getPracticeSession, recordPracticeAnswer } from "./practice";
import { createTestDatabase } from "./test-database";

// The actions reach the learner lookup, which is marked server-only; Vitest is not a React server.
vi.mock("server-only", () => ({}));

const BUSY_TIMEOUT_MS = 1_000;

const LOCK_HOLDER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file);
db.exec("BEGIN " + workerData.mode);
parentPort.postMessage("locked");
const release = () => {
  db.exec("ROLLBACK");
  db.close();
  parentPort.postMessage("released");
};
if (workerData.holdMs === null) parentPort.once("message", release);
else setTimeout(release, workerData.holdMs);
`;

/** Locks still held: a failing test must not leave the next one locked out. */
const outstanding: (() => Promise<unknown>)[] = [];

/**
 * Takes the write lock in another connection (on a worker thread) until release() is called, or
 * for `holdMs` on the worker's own clock: this thread is stuck in SQLite's busy wait meanwhile.
 */
async function holdWriteLock(databaseUrl: string, mode: "IMMEDIATE" | "EXCLUSIVE", holdMs: number | null = null) {
  const file = sqliteFilePath(databaseUrl);
  const worker = new Worker(LOCK_HOLDER, { eval: true, workerData: { file, mode, holdMs } });
  const said = (word: string) =>
    new Promise<void>((resolve, reject) => {
      worker.on("message", (message) => message === word && resolve()).once("error", reject);
    });
  const [locked, released] = [said("locked"), said("released").then(() => worker.terminate())];
  const release = () => {
    worker.postMessage("release");
    return released;
  };
  outstanding.push(release);
  await locked;
  return { released, release };
}

afterEach(async () => {
  await Promise.all(outstanding.splice(0).map((release) => release()));
});

const blueprint: Blueprint = {
  id: "custom",
  title: "Two questions",
  description: "test",
  questionCount: 2,
  minutes: 60,
  unscoredCount: 0,
  passScaled: 720,
  sections: [{ id: "all", title: "All", weight: 1, match: {} }],
};
const grade: Grader = () => ({ correct: false, domain: "D3", area: "ecs" });

let database: ScratchDatabase;
let client: Db;
let learnerId: string;

beforeAll(async () => {
  database = await createTestDatabase("sqlite");
  await migrate({ databaseUrl: database.url });
  client = createDb({ databaseUrl: database.url, busyTimeoutMs: BUSY_TIMEOUT_MS });
  learnerId = (await ensureLocalLearner(client)).id;
});

afterAll(async () => {
  await client.$disconnect();
  await database.drop();
});

async function newAttempt(): Promise<string> {
  const items = ["q1", "q2"].map((questionId) => ({ questionId, sectionId: "all", scored: true }));
  return createAttempt(client, { learnerId, blueprint, seed: 1, realistic: false, items, now: new Date() });
}

const save = (attemptId: string, position: number, selected: string[]) =>
  saveItem(client, { learnerId, attemptId, position, change: { selected }, now: new Date() });

const stored = async (attemptId: string) =>
  (await getAttempt(client, learnerId, attemptId, new Date(), grade)).items.map((item) => item.selected);

describe("SQLite busy: the data layer", () => {
  it.each(["IMMEDIATE", "EXCLUSIVE"] as const)(
    "waits out a %s lock released within the busy timeout, and the save lands",
    async (mode) => {
      const attemptId = await newAttempt();
      const lock = await holdWriteLock(database.url, mode, BUSY_TIMEOUT_MS / 10);
      await save(attemptId, 0, ["b"]);
      await lock.released;
      expect(await stored(attemptId)).toEqual([["b"], []]);
    },
  );

  it("raises DatabaseBusyError past the busy timeout; saved answers stay, the failed one is not written", async () => {
    const attemptId = await newAttempt();
    await save(attemptId, 0, ["a"]);
    const lock = await holdWriteLock(database.url, "IMMEDIATE");
    const failed = await save(attemptId, 1, ["c"]).catch((error: unknown) => error);
    await lock.release();
    expect(failed).toBeInstanceOf(DatabaseBusyError);
    expect(failed).toMatchObject({ code: "SQLITE_BUSY" });
    expect((failed as Error).message).toMatch(/database is busy .*nothing was saved\. Try again/);
    expect(await stored(attemptId)).toEqual([["a"], []]);
    await save(attemptId, 1, ["c"]);
    expect(await stored(attemptId)).toEqual([["a"], ["c"]]);
  });

  it("rolls back a multi-write transaction that cannot get the lock (no half-written visit)", async () => {
    const attemptId = await newAttempt();
    await recordVisit(client, { learnerId, attemptId, from: 0, to: 1, elapsedMs: 1_000, now: new Date() });
    const lock = await holdWriteLock(database.url, "EXCLUSIVE");
    const visit = { learnerId, attemptId, from: 1, to: 0, elapsedMs: 7_000, now: new Date() };
    const failed = await recordVisit(client, visit).catch((error: unknown) => error);
    await lock.release();
    expect(failed).toBeInstanceOf(DatabaseBusyError);
    const attempt = await getAttempt(client, learnerId, attemptId, new Date(), grade);
    expect(attempt.currentPosition).toBe(1);
    expect(attempt.items.map((item) => item.timeSpentMs)).toEqual([1_000, 0]);
  });

  it("a practice answer (a transaction that reads before it writes) also waits out a brief lock", async () => {
    const sessionId = await createPracticeSession(client, {
      learnerId,
      kind: "practice",
      filters: {},
      questionIds: ["q1"],
    });
    const lock = await holdWriteLock(database.url, "IMMEDIATE", BUSY_TIMEOUT_MS / 10);
    const answer = {
      learnerId,
      sessionId,
      questionId: "q1",
      selected: ["a"],
      correct: true,
      confidence: "sure" as const,
    };
    await recordPracticeAnswer(client, { ...answer, now: new Date() });
    await lock.released;
    expect((await getPracticeSession(client, learnerId, sessionId)).answers).toHaveLength(1);
  });

  it("a practice answer that meets a held lock fails whole: no answer row, no review card", async () => {
    const sessionId = await createPracticeSession(client, {
      learnerId,
      kind: "practice",
      filters: {},
      questionIds: ["q1", "q2"],
    });
    const answer = { learnerId, sessionId, selected: ["a"], correct: true, confidence: "sure" as const };
    await recordPracticeAnswer(client, { ...answer, questionId: "q1", now: new Date() });
    const lock = await holdWriteLock(database.url, "IMMEDIATE");
    const failed = await recordPracticeAnswer(client, { ...answer, questionId: "q2", now: new Date() }).catch(
      (error: unknown) => error,
    );
    await lock.release();
    expect(failed).toBeInstanceOf(DatabaseBusyError);
    expect((await getPracticeSession(client, learnerId, sessionId)).answers.map((a) => a.questionId)).toEqual(["q1"]);
    expect(await client.reviewCard.count({ where: { learnerId, questionId: "q2" } })).toBe(0);
  });

  it("recognises the lock codes however the driver reports them, and nothing else", () => {
    expect(sqliteBusyCode(Object.assign(new Error("database table is locked"), { code: "SQLITE_LOCKED" }))).toBe(
      "SQLITE_LOCKED",
    );
    expect(sqliteBusyCode({ message: "x", cause: { originalCode: "SQLITE_BUSY_SNAPSHOT" } })).toBe(
      "SQLITE_BUSY_SNAPSHOT",
    );
    expect(sqliteBusyCode(new Error("Raw query failed. Code: `SQLITE_LOCKED_SHAREDCACHE`"))).toBe(
      "SQLITE_LOCKED_SHAREDCACHE",
    );
    expect(sqliteBusyCode(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBeUndefined();
    expect(sqliteBusyCode(Object.assign(new Error("Operation has timed out"), { code: "P1008" }))).toBeUndefined();
    expect(sqliteBusyCode("SQLITE_BUSY")).toBeUndefined();
  });
});

describe("SQLite busy: the exam and practice actions", () => {
  const saved = { ...process.env };
  type Actions = {
    saveExamItem: (input: unknown) => Promise<{ ok: boolean; error?: string; closed?: boolean; retry?: boolean }>;
    recordExamVisit: (input: unknown) => Promise<{ ok: boolean; error?: string; retry?: boolean }>;
  };
  let actions: Actions;

  beforeAll(async () => {
    process.env.DATABASE_URL = database.url;
    process.env.ROLLOUT_SQLITE_BUSY_TIMEOUT_MS = String(BUSY_TIMEOUT_MS);
    process.env.ROLLOUT_AUTH = "local";
    // lib/ may not import routes (eslint boundaries); this test calls the real action, so it must.
    actions = (await import(/* @vite-ignore */ path.join(process.cwd(), "app", "exam", "actions.ts"))) as Actions;
  });

  afterAll(async () => {
    const { db } = await import("./client");
    await db().$disconnect();
    delete (globalThis as { rolloutDb?: unknown }).rolloutDb;
    process.env = saved;
  });

  it("answers a save that met a held lock with a clear, retryable message, and the retry lands", async () => {
    const attemptId = await newAttempt();
    await save(attemptId, 0, ["a"]);
    const lock = await holdWriteLock(database.url, "IMMEDIATE");
    const result = await actions.saveExamItem({ attemptId, position: 1, change: { selected: ["d"] } });
    const visit = await actions.recordExamVisit({ attemptId, from: 0, to: 1, elapsedMs: 500 });
    await lock.release();
    expect(result).toEqual({
      ok: false,
      error: "Not saved yet: the database is busy. Retrying…",
      closed: false,
      retry: true,
    });
    expect(visit).toMatchObject({ ok: false, retry: true });
    expect(await stored(attemptId)).toEqual([["a"], []]);
    expect(await actions.saveExamItem({ attemptId, position: 1, change: { selected: ["d"] } })).toEqual({ ok: true });
    expect(await stored(attemptId)).toEqual([["a"], ["d"]]);
  });
});
