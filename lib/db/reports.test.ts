import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScratchDatabase } from "@/scripts/lib/scratch-database";
import { createDb, type Db } from "./client";
import { ReportRateLimitError } from "./errors";
import { migrate } from "./migrations";
import { REPORT_RATE_LIMIT, createQuestionReport, listQuestionReports } from "./reports";
import { createTestDatabase, providerUnderTest } from "./test-database";

const { max, windowMs } = REPORT_RATE_LIMIT;
const start = new Date("2026-03-01T10:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);

let database: ScratchDatabase;
let client: Db;
let other: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  await migrate({ databaseUrl: database.url });
  client = createDb({ databaseUrl: database.url });
  // A second client with its own connection(s): a second app instance on the same database.
  other = createDb({ databaseUrl: database.url });
});

afterAll(async () => {
  await client.$disconnect();
  await other.$disconnect();
  await database.drop();
});

let learners = 0;
async function newLearner(): Promise<string> {
  learners += 1;
  const learner = await client.learner.create({ data: { displayName: `Reporter ${learners}` }, select: { id: true } });
  return learner.id;
}

const report = (db: Db, learnerId: string, now: Date, n = 0) =>
  createQuestionReport(db, { learnerId, questionId: "q-one-001", text: `Option b is ambiguous (${n}).`, now });

describe(`problem report rate limit on ${providerUnderTest}`, () => {
  it(`accepts ${max} reports in the window, refuses the next with when to retry, and writes nothing`, async () => {
    const learnerId = await newLearner();
    const updatedAt = async () => (await client.learner.findUniqueOrThrow({ where: { id: learnerId } })).updatedAt;
    const before = await updatedAt();
    for (let i = 0; i < max; i++) await report(client, learnerId, at(i * 1_000), i);
    // The row lock is a no-op write: the learner row itself is unchanged.
    expect(await updatedAt()).toEqual(before);
    const refused = report(client, learnerId, at(5 * 60_000));
    await expect(refused).rejects.toBeInstanceOf(ReportRateLimitError);
    const error = (await refused.catch((e: unknown) => e)) as ReportRateLimitError;
    // The oldest of the ten leaves the window 10 minutes after it was sent: 5 minutes from "now".
    expect(error.retryAt).toEqual(at(windowMs));
    expect(error.message).toBe(
      `You have sent ${max} reports in the last 10 minutes, the most allowed. Try again in 5 minutes.`,
    );
    expect(await listQuestionReports(client, learnerId)).toHaveLength(max);
  });

  it("slides: a report is accepted again once the oldest leaves the window, and only one", async () => {
    const learnerId = await newLearner();
    for (let i = 0; i < max; i++) await report(client, learnerId, at(i * 60_000), i);
    await expect(report(client, learnerId, at(windowMs - 1))).rejects.toBeInstanceOf(ReportRateLimitError);
    await expect(report(client, learnerId, at(windowMs))).resolves.toEqual(expect.any(String));
    await expect(report(client, learnerId, at(windowMs + 1))).rejects.toBeInstanceOf(ReportRateLimitError);
    await expect(report(client, learnerId, at(windowMs + 60_000))).resolves.toEqual(expect.any(String));
    expect(await listQuestionReports(client, learnerId)).toHaveLength(max + 2);
  });

  it("counts each learner on their own", async () => {
    const busy = await newLearner();
    const quiet = await newLearner();
    for (let i = 0; i < max; i++) await report(client, busy, at(i), i);
    await expect(report(client, busy, at(max))).rejects.toBeInstanceOf(ReportRateLimitError);
    await expect(report(client, quiet, at(max))).resolves.toEqual(expect.any(String));
  });

  // On PostgreSQL the racers are two clients (two app instances). better-sqlite3 is synchronous, so
  // two SQLite clients in one process would block each other's event loop; there the racers share
  // one client, whose transactions the adapter runs one at a time, as in one instance.
  it(`holds when ${max * 2} reports race: exactly ${max} are stored`, async () => {
    const learnerId = await newLearner();
    const instances = providerUnderTest === "postgres" ? [client, other] : [client];
    const results = await Promise.allSettled(
      Array.from({ length: max * 2 }, (_, i) => report(instances[i % instances.length] ?? client, learnerId, at(i), i)),
    );
    const rejected = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(rejected.filter((reason) => !(reason instanceof ReportRateLimitError))).toEqual([]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(max);
    expect(await listQuestionReports(client, learnerId)).toHaveLength(max);
  });
});
