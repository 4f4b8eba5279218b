import type { Db } from "./client";
import { ReportRateLimitError } from "./errors";

export interface QuestionReportDto {
  id: string;
  questionId: string;
  text: string;
  status: "open" | "resolved";
  createdAt: Date;
}

/** How many problem reports one learner may send in a sliding window. */
export const REPORT_RATE_LIMIT = { max: 10, windowMs: 10 * 60_000 } as const;

/**
 * Stores a learner's report of a problem with a question, at most `REPORT_RATE_LIMIT.max` per
 * window; throws ReportRateLimitError when the window is full. The count and the insert share one
 * transaction that first takes a write lock on the learner's row, so the limit holds across app
 * instances: on PostgreSQL a second report for the same learner waits for the first to commit and
 * then counts it; on SQLite the lock is the database's single writer lock.
 */
export async function createQuestionReport(
  client: Db,
  input: { learnerId: string; questionId: string; text: string; now?: Date },
): Promise<string> {
  const { now = new Date(), ...data } = input;
  return client.$transaction(async (tx) => {
    await lockLearner(tx, data.learnerId);
    await assertRoomForReport(tx, data.learnerId, now);
    const report = await tx.questionReport.create({ data: { ...data, createdAt: now }, select: { id: true } });
    return report.id;
  });
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * A no-op write to the learner's row: a row lock until commit on PostgreSQL, the writer lock on
 * SQLite. (Serializable isolation would do without it, but Prisma 6.19 leaks the pooled connection
 * when PostgreSQL rejects a COMMIT, and a rejected COMMIT is how serializable conflicts end.) Raw
 * SQL because Prisma skips an update with nothing to change, and so that `updatedAt` stays put.
 */
async function lockLearner(tx: Tx, learnerId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Learner" SET "displayName" = "displayName" WHERE "id" = ${learnerId}`;
}

async function assertRoomForReport(tx: Tx, learnerId: string, now: Date): Promise<void> {
  const { max, windowMs } = REPORT_RATE_LIMIT;
  const recent = await tx.questionReport.findMany({
    where: { learnerId, createdAt: { gt: new Date(now.getTime() - windowMs) } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
    take: max,
  });
  const oldestCounted = recent[max - 1];
  // Room opens again once the max-th newest report leaves the window.
  if (oldestCounted)
    throw new ReportRateLimitError(max, windowMs / 60_000, new Date(oldestCounted.createdAt.getTime() + windowMs), now);
}

/** The learner's reports, newest first. */
export async function listQuestionReports(client: Db, learnerId: string): Promise<QuestionReportDto[]> {
  const rows = await client.questionReport.findMany({ where: { learnerId }, orderBy: { createdAt: "desc" } });
  return rows.map((row) => ({
    id: row.id,
    questionId: row.questionId,
    text: row.text,
    status: row.status as "open" | "resolved",
    createdAt: row.createdAt,
  }));
}
