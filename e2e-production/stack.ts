// The production set-up under test: N `next start` instances of the build in NEXT_DIST_DIR (default
// .next) on one PostgreSQL database, behind the round-robin proxy, all on loopback ports 3300–3399.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { TestInfo } from "@playwright/test";
import { createDb, type Db } from "@/lib/db/client";
import { startCluster, type Cluster } from "../scripts/production/cluster.mjs";
import { startProxy, type Proxy } from "../scripts/production/round-robin-proxy.mjs";
import { actionIds, IDEMPOTENT_ACTIONS } from "../scripts/production/server-actions.mjs";

export const distDir = process.env.NEXT_DIST_DIR ?? ".next";

export interface Stack {
  proxy: Proxy;
  cluster: Cluster;
  databaseUrl: string;
  /** A data-layer client on the same database, for assertions. */
  client: Db;
  stop(): Promise<void>;
}

function ciDatabase(action: "create" | "drop", name: string): void {
  const result = spawnSync(process.execPath, [path.resolve("scripts", "ci-postgres-db.mjs"), action, name], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`ci-postgres-db ${action} ${name} failed: ${result.stderr}`);
}

/** A fresh database on the shared server (scripts/ci-postgres-db.mjs) and a function that drops it. */
export function freshSharedDatabase(): { databaseUrl: string; drop(): void } {
  const name = `rollout_prod_${randomBytes(5).toString("hex")}`;
  ciDatabase("create", name);
  const url = new URL(process.env.ROLLOUT_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString(), drop: () => ciDatabase("drop", name) };
}

/**
 * Loads the exam routes once on every instance, so a test's first steps do not wait for a cold
 * server to load them (seconds on a busy two-core machine); the tests are about faults, not start-up.
 */
async function warmUp(urls: string[]): Promise<void> {
  for (const url of urls)
    for (const route of ["/", "/exam", "/exam/warm-up/results", "/exam/warm-up", "/api/health"])
      await (await fetch(`${url}${route}`)).arrayBuffer();
}

/** Starts `instances` servers on the database (they migrate it together) and the proxy in front. */
export async function startStack(databaseUrl: string, instances = 2): Promise<Stack> {
  // Local mode: the tests act as the local learner, who needs no sign-in.
  const cluster = await startCluster({ databaseUrl, count: instances, distDir, env: { ROLLOUT_AUTH: "local" } });
  const proxy = await startProxy({
    upstreams: cluster.urls,
    idempotentActionIds: actionIds(distDir, IDEMPOTENT_ACTIONS).values(),
  });
  await warmUp(cluster.urls);
  const client = createDb({ databaseUrl });
  return {
    proxy,
    cluster,
    databaseUrl,
    client,
    stop: async () => {
      await client.$disconnect();
      await proxy.close();
      await cluster.stop();
    },
  };
}

/** On failure, attaches what each instance logged, so a broken run explains itself. */
export async function attachLogs(stack: Stack | undefined, testInfo: TestInfo): Promise<void> {
  if (!stack || testInfo.status === testInfo.expectedStatus) return;
  for (const [i, url] of stack.cluster.urls.entries())
    await testInfo.attach(`instance ${i} (${url}) log`, { body: stack.cluster.log(i, 200), contentType: "text/plain" });
}
