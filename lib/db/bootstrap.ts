import { env } from "@/lib/env";
import { db } from "./client";
import { ensureLocalLearner } from "./learners";
import { migrate } from "./migrations";

/**
 * Brings the database to the current schema and, in local mode, creates the local learner. Runs once when a
 * server starts (instrumentation.ts); a second start applies nothing.
 */
export async function prepareDatabase(): Promise<string[]> {
  const config = env();
  const applied = config.ROLLOUT_MIGRATE_ON_START
    ? await migrate({ databaseUrl: config.DATABASE_URL, busyTimeoutMs: config.ROLLOUT_SQLITE_BUSY_TIMEOUT_MS })
    : [];
  // With accounts on, learners come from sign-ups; a local learner left from local mode waits
  // for the first account to claim it.
  if (config.ROLLOUT_AUTH === "local") await ensureLocalLearner(db());
  return applied;
}
