// Load on exam autosave: N learners, each saving an answer every few seconds to their own attempt,
// against a production server or a proxy in front of several; reports throughput, latency
// percentiles, errors and answers lost (checked in the database afterwards).
import { performance } from "node:perf_hooks";
import { customBlueprint } from "../../lib/content/blueprints";
import { loadQuestionBank } from "../../lib/content/questions";
import { createAttempt } from "../../lib/db/attempts";
import { createDb, type Db } from "../../lib/db/client";
import { ensureLocalLearner } from "../../lib/db/learners";
import { migrate } from "../../lib/db/migrations";
import { drawExam } from "../../lib/engines/exam/draw";
import { createRandom } from "../../lib/engines/random";
import { actionIds } from "../../scripts/production/server-actions.mjs";
import { percentile } from "./stats";

export interface AutosaveLoadOptions {
  baseUrl: string;
  databaseUrl: string;
  distDir: string;
  learners: number;
  intervalMs: number;
  durationMs: number;
  /** Servers to send a few untimed saves to first, so the first timed ones do not pay for loading the route. */
  warmUpUrls?: string[];
}

/** Creates one in-progress attempt per simulated learner, straight through the data layer. */
export async function seedAttempts(databaseUrl: string, count: number): Promise<{ client: Db; attemptIds: string[] }> {
  await migrate({ databaseUrl });
  const client = createDb({ databaseUrl });
  const learner = await ensureLocalLearner(client);
  const blueprint = customBlueprint({ count: 20, minutes: 130, areas: [], domains: [] });
  const candidates = loadQuestionBank().map((q) => ({ id: q.id, domain: q.domain, task: q.task, area: q.area }));
  const attemptIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const items = drawExam(blueprint, candidates, { seed: i + 1 });
    attemptIds.push(
      await createAttempt(client, {
        learnerId: learner.id,
        blueprint,
        seed: i + 1,
        realistic: false,
        items,
        now: new Date(),
      }),
    );
  }
  return { client, attemptIds };
}

async function callAction(
  baseUrl: string,
  path: string,
  id: string,
  argument: unknown,
): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: {
        "Next-Action": id,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: baseUrl,
      },
      body: JSON.stringify([argument]),
    });
    const body = await response.text();
    return { ok: response.ok && body.includes('"ok":true'), ms: performance.now() - started };
  } catch {
    return { ok: false, ms: performance.now() - started };
  }
}

export interface LoadResult {
  learners: number;
  seconds: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Saves that failed or were refused. */
  errors: number;
  /** Acknowledged answers the database does not hold afterwards. */
  lost: number;
}

/** What was acknowledged per item, and what was sent after that without an acknowledgement. */
type Ledger = Map<string, { acked?: string; unacked: string[] }>;

function record(ledger: Ledger, key: string, value: string, ok: boolean): void {
  const entry = ledger.get(key) ?? { unacked: [] };
  if (ok) ledger.set(key, { acked: value, unacked: [] });
  else ledger.set(key, { ...entry, unacked: [...entry.unacked, value] });
}

/**
 * An acknowledged answer is lost when the database holds neither it nor a later one whose save
 * failed on the way back (that one may have been stored without the answer reaching the client).
 */
async function countLost(client: Db, attemptIds: string[], ledger: Ledger): Promise<number> {
  const rows = await client.examAttemptItem.findMany({
    where: { attemptId: { in: attemptIds } },
    select: { attemptId: true, position: true, selected: true },
  });
  const stored = new Map(rows.map((row) => [`${row.attemptId}:${row.position}`, row.selected]));
  return [...ledger].filter(([key, { acked, unacked }]) => {
    if (acked === undefined) return false;
    const value = stored.get(key);
    return value !== acked && !unacked.includes(value ?? "");
  }).length;
}

/** Runs the load and checks afterwards that every acknowledged answer is in the database. */
export async function runAutosaveLoad(
  options: AutosaveLoadOptions,
  client: Db,
  attemptIds: string[],
): Promise<LoadResult> {
  const saveId = actionIds(options.distDir, ["saveExamItem"]).get("saveExamItem") ?? "";
  const random = createRandom(42);
  const latencies: number[] = [];
  let errors = 0;
  const ledger: Ledger = new Map();
  for (const url of options.warmUpUrls ?? []) {
    for (let i = 0; i < 5; i++) {
      const attemptId = attemptIds[i % attemptIds.length] ?? "";
      await callAction(url, `/exam/${attemptId}`, saveId, { attemptId, position: 0, change: { flagged: false } });
    }
  }
  const started = performance.now();
  const learners = attemptIds.map(async (attemptId, index) => {
    await new Promise((resolve) => setTimeout(resolve, (index * options.intervalMs) / attemptIds.length));
    for (let round = 0; ; round++) {
      const tick = performance.now();
      const position = round % 20;
      const selected = ["abcd"[random.int(4)] ?? "a"];
      const result = await callAction(options.baseUrl, `/exam/${attemptId}`, saveId, {
        attemptId,
        position,
        change: { selected },
      });
      latencies.push(result.ms);
      record(ledger, `${attemptId}:${position}`, JSON.stringify(selected), result.ok);
      if (!result.ok) errors += 1;
      const next = tick + options.intervalMs;
      if (next - started >= options.durationMs) break;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
    }
  });
  await Promise.all(learners);
  return {
    learners: attemptIds.length,
    seconds: (performance.now() - started) / 1000,
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    lost: await countLost(client, attemptIds, ledger),
  };
}
