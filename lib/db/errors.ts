/** The learner asked for a practice session that does not exist or is not theirs. */
export class PracticeSessionNotFoundError extends Error {
  override name = "PracticeSessionNotFoundError";
  constructor(id: string) {
    super(`Practice session ${id} was not found.`);
  }
}

/** The learner answered a question that is not part of the session. */
export class QuestionNotInSessionError extends Error {
  override name = "QuestionNotInSessionError";
  constructor(questionId: string) {
    super(`Question ${questionId} is not part of this session.`);
  }
}

/** The exam attempt does not exist or belongs to another learner. */
export class AttemptNotFoundError extends Error {
  override name = "AttemptNotFoundError";
  constructor(id: string) {
    super(`Exam attempt ${id} was not found.`);
  }
}

/** The attempt was submitted or its time ran out: it takes no more answers. */
export class AttemptClosedError extends Error {
  override name = "AttemptClosedError";
  constructor(id: string) {
    super(`Exam attempt ${id} is closed: it was submitted or its time ran out.`);
  }
}

/** The learner sent as many problem reports as the window allows; another is accepted from `retryAt`. */
export class ReportRateLimitError extends Error {
  override name = "ReportRateLimitError";
  readonly retryAt: Date;
  constructor(limit: number, windowMinutes: number, retryAt: Date, now: Date) {
    const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
    super(
      `You have sent ${limit} reports in the last ${windowMinutes} minutes, the most allowed. ` +
        `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    );
    this.retryAt = retryAt;
  }
}

/**
 * SQLite could not take its lock: another connection held the write lock past the busy timeout
 * (ROLLOUT_SQLITE_BUSY_TIMEOUT_MS), or a transaction that had already read found a writer ahead
 * of it. The statement wrote nothing, so the same call is safe to retry.
 */
export class DatabaseBusyError extends Error {
  override name = "DatabaseBusyError";
  readonly code: string;
  constructor(code: string, options?: { cause?: unknown }) {
    super(`The database is busy (${code}): another write held it too long, so nothing was saved. Try again.`, options);
    this.code = code;
  }
}

const SQLITE_BUSY_CODE = /\bSQLITE_(BUSY|LOCKED)(_[A-Z]+)?\b/;

/**
 * The SQLite busy/locked code behind an error, wherever the driver put it: better-sqlite3's own
 * `code`, or Prisma's wrapper (`meta.driverAdapterError.cause.originalCode`, "P1008 Operation has
 * timed out" for SQLITE_BUSY), or a message quoting it. Undefined for any other error.
 */
export function sqliteBusyCode(error: unknown, depth = 0): string | undefined {
  if (error instanceof DatabaseBusyError) return error.code;
  if (typeof error !== "object" || error === null || depth > 4) return undefined;
  const { code, originalCode, meta, cause, message } = error as Record<string, unknown>;
  for (const candidate of [originalCode, code]) {
    if (typeof candidate === "string" && SQLITE_BUSY_CODE.test(candidate)) return candidate;
  }
  const driver = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  const nested = sqliteBusyCode(driver, depth + 1) ?? sqliteBusyCode(cause, depth + 1);
  if (nested) return nested;
  if (typeof message === "string") {
    const quoted = SQLITE_BUSY_CODE.exec(message)?.[0];
    if (quoted) return quoted;
    if (/\bdatabase (table )?is locked\b/.test(message))
      return message.includes("table") ? "SQLITE_LOCKED" : "SQLITE_BUSY";
  }
  return undefined;
}

/** DatabaseBusyError for a busy/locked failure; any other error unchanged. */
export function namedDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseBusyError) return error;
  const code = sqliteBusyCode(error);
  return code ? new DatabaseBusyError(code, { cause: error }) : error;
}

/**
 * A Prisma client extension (`client.$extends(namedDatabaseErrors)`): every query, in or out of a
 * transaction, fails with DatabaseBusyError instead of the driver's raw lock error.
 */
export const namedDatabaseErrors = {
  name: "named-database-errors",
  query: {
    async $allOperations({ args, query }: { args: unknown; query: (args: unknown) => Promise<unknown> }) {
      try {
        return await query(args);
      } catch (error) {
        throw namedDatabaseError(error);
      }
    },
  },
};

/** The attempt is open but has no question at that position (a position past its last question). */
export class AttemptItemNotFoundError extends Error {
  override name = "AttemptItemNotFoundError";
  constructor(id: string, position: number) {
    super(`Exam attempt ${id} has no question at position ${position}.`);
  }
}

/** An autosave named option ids the question does not have (only a hand-made request can). */
export class OptionNotInQuestionError extends Error {
  override name = "OptionNotInQuestionError";
  constructor(questionId: string, optionIds: readonly string[]) {
    super(`Question ${questionId} has no option ${optionIds.join(", ")}.`);
  }
}
