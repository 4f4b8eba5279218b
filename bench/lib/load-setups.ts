// The two set-ups the autosave load runs against: one `next start` on SQLite, and two `next start`
// on PostgreSQL behind the round-robin proxy (scripts/production). Each gets a fresh database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startCluster } from "../../scripts/production/cluster.mjs";
import { startProxy } from "../../scripts/production/round-robin-proxy.mjs";
import { actionIds, IDEMPOTENT_ACTIONS } from "../../scripts/production/server-actions.mjs";
import { createScratchDatabase } from "../../scripts/lib/scratch-database";
import { runAutosaveLoad, seedAttempts, type LoadResult } from "./autosave-load";

export interface LoadSpec {
  learners: number;
  durationMs: number;
  intervalMs?: number;
  distDir: string;
}

export interface SetupResult extends LoadResult {
  setup: string;
  /** Requests each instance answered (through the proxy; one instance: all of them). */
  perInstance: number[];
}

// Local mode: the load acts as the local learner, who needs no sign-in.
const serverEnv = { ROLLOUT_AUTH: "local" };

/** One `next start` on a fresh SQLite file, called directly. */
export async function loadOnSqlite(spec: LoadSpec): Promise<SetupResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rollout-load-"));
  const databaseUrl = `file:${path.join(dir, "load.db")}`;
  const { client, attemptIds } = await seedAttempts(databaseUrl, spec.learners);
  try {
    const cluster = await startCluster({ databaseUrl, count: 1, distDir: spec.distDir, env: serverEnv });
    try {
      const result = await runAutosaveLoad(
        {
          ...spec,
          intervalMs: spec.intervalMs ?? 3_000,
          baseUrl: cluster.urls[0] ?? "",
          databaseUrl,
          warmUpUrls: cluster.urls,
        },
        client,
        attemptIds,
      );
      return { ...result, setup: "1× next start, SQLite", perInstance: [result.requests] };
    } finally {
      await cluster.stop();
    }
  } finally {
    await client.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Two `next start` on a fresh PostgreSQL database, behind the round-robin proxy. */
export async function loadOnPostgresPair(spec: LoadSpec): Promise<SetupResult> {
  const database = await createScratchDatabase("postgres");
  try {
    const cluster = await startCluster({ databaseUrl: database.url, count: 2, distDir: spec.distDir, env: serverEnv });
    const { client, attemptIds } = await seedAttempts(database.url, spec.learners);
    const proxy = await startProxy({
      upstreams: cluster.urls,
      idempotentActionIds: actionIds(spec.distDir, IDEMPOTENT_ACTIONS).values(),
    });
    try {
      const result = await runAutosaveLoad(
        {
          ...spec,
          intervalMs: spec.intervalMs ?? 3_000,
          baseUrl: proxy.url,
          databaseUrl: database.url,
          warmUpUrls: cluster.urls,
        },
        client,
        attemptIds,
      );
      return {
        ...result,
        setup: "2× next start, PostgreSQL, round-robin proxy",
        perInstance: [...proxy.stats.served],
      };
    } finally {
      await proxy.close();
      await client.$disconnect();
      await cluster.stop();
    }
  } finally {
    await database.drop();
  }
}

/** The load table: one row per set-up. */
export function printLoadTable(title: string, results: SetupResult[]): void {
  const ms = (value: number) => value.toFixed(1);
  console.log(
    `\n${title}\n\n| set-up | learners × s | requests | req/s | p50 / p95 / p99 ms | errors | lost answers | per instance |\n|---|---|---|---|---|---|---|---|`,
  );
  for (const r of results) {
    const cells = [
      r.setup,
      `${r.learners} × ${Math.round(r.seconds)}`,
      r.requests,
      (r.requests / r.seconds).toFixed(1),
      `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)}`,
      r.errors,
      r.lost,
      r.perInstance.join(" / "),
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
}
