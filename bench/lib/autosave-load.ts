// Load on exam autosave: N learners, each saving an answer every few seconds to their own attempt,
// against a production server; reports latency percentiles, errors and answers lost.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { customBlueprint } from "../../lib/content/blueprints";
import { loadQuestionBank } from "../../lib/content/questions";
import { createAttempt } from "../../lib/db/attempts";
import { createDb, type Db } from "../../lib/db/client";
import { ensureLocalLearner } from "../../lib/db/learners";
import { migrate } from "../../lib/db/migrations";
import { drawExam } from "../../lib/engines/exam/draw";
import { createRandom } from "../../lib/engines/random";
import { ms, percentile, type BenchRow } from "./stats";

export interface AutosaveLoadOptions {
  baseUrl: string;
  databaseUrl: string;
  distDir: string;
  learners: number;
  intervalMs: number;
  durationMs: number;
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

/** The id Next gave a server action in this build. */
export function actionId(distDir: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no server action ${exportedName} in ${distDir}`);
  return id;
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

/** Runs the load and checks afterwards that every acknowledged answer is in the database. */
export async function runAutosaveLoad(
  options: AutosaveLoadOptions,
  client: Db,
  attemptIds: string[],
): Promise<BenchRow[]> {
  const saveId = actionId(options.distDir, "saveExamItem");
  const random = createRandom(42);
  const latencies: number[] = [];
  let errors = 0;
  const lastAcked = new Map<string, string>();
  const started = performance.now();
  const learners = attemptIds.map(async (attemptId, index) => {
    await new Promise((resolve) => setTimeout(resolve, (index * options.intervalMs) / attemptIds.length));
    for (let round = 0; performance.now() - started < options.durationMs; round++) {
      const tick = performance.now();
      const position = round % 20;
      const selected = ["abcd"[random.int(4)] ?? "a"];
      const result = await callAction(options.baseUrl, `/exam/${attemptId}`, saveId, {
        attemptId,
        position,
        change: { selected },
      });
      latencies.push(result.ms);
      if (result.ok) lastAcked.set(`${attemptId}:${position}`, JSON.stringify(selected));
      else errors += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, options.intervalMs - (performance.now() - tick))));
    }
  });
  await Promise.all(learners);
  const seconds = (performance.now() - started) / 1000;
  const rows = await client.examAttemptItem.findMany({
    where: { attemptId: { in: attemptIds } },
    select: { attemptId: true, position: true, selected: true },
  });
  const stored = new Map(rows.map((row) => [`${row.attemptId}:${row.position}`, row.selected]));
  const lost = [...lastAcked].filter(([key, selected]) => stored.get(key) !== selected).length;
  return [
    {
      measure: `autosave: ${attemptIds.length} learners, 1 save / ${options.intervalMs / 1000} s, ${Math.round(seconds)} s`,
      value: `${latencies.length} requests, ${(latencies.length / seconds).toFixed(1)} req/s`,
      target: "report",
    },
    {
      measure: "autosave latency p50 / p95 / p99",
      value: `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 95))} / ${ms(percentile(latencies, 99))}`,
      target: "report",
    },
    { measure: "autosave errors / answers lost", value: `${errors} / ${lost}`, target: "0 / 0" },
  ];
}
