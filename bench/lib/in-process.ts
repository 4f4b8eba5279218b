// Benchmarks that run inside this process: note search and drawing + storing an exam.
import { performance } from "node:perf_hooks";
import { findBlueprint } from "../../lib/content/blueprints";
import { loadNotes } from "../../lib/content/notes";
import { loadQuestionBank } from "../../lib/content/questions";
import { buildSearchDocuments } from "../../lib/content/search/build-index";
import { createAttempt } from "../../lib/db/attempts";
import { createDb } from "../../lib/db/client";
import { ensureLocalLearner } from "../../lib/db/learners";
import { migrate } from "../../lib/db/migrations";
import { drawExam } from "../../lib/engines/exam/draw";
import { createNoteSearch } from "../../lib/engines/search/note-search";
import { createScratchDatabase } from "../../scripts/lib/scratch-database";
import { ms, percentile, type BenchRow } from "./stats";

const QUERIES = [
  "immutable",
  "rolling additional batch",
  "task role",
  "connection draining",
  "appspec hooks",
  "sampling reservoir",
  "nacl ephemeral",
  "read replica",
  "x-forwarded-for",
  "blue green swap",
];

/** Search latency over the real index (the browser runs the same code). */
export function benchSearch(): BenchRow[] {
  const search = createNoteSearch(buildSearchDocuments(loadNotes()));
  for (const q of QUERIES) search.search(q);
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of QUERIES) {
      const started = performance.now();
      search.search(q);
      times.push(performance.now() - started);
    }
  }
  return [
    { measure: "note search, p50 (200 queries)", value: ms(percentile(times, 50)), target: "< 50 ms" },
    { measure: "note search, max", value: ms(Math.max(...times)), target: "< 50 ms" },
  ];
}

/** Server-side cost of starting a DVA-C02 exam: draw 65 by the blueprint and store the attempt. */
export async function benchExamStart(): Promise<BenchRow[]> {
  const blueprint = findBlueprint("dva-c02");
  if (!blueprint) throw new Error("no dva-c02 blueprint");
  const candidates = loadQuestionBank().map((q) => ({ id: q.id, domain: q.domain, task: q.task, area: q.area }));
  const scratch = await createScratchDatabase("sqlite");
  await migrate({ databaseUrl: scratch.url });
  const client = createDb({ databaseUrl: scratch.url });
  const learner = await ensureLocalLearner(client);
  const draws: number[] = [];
  const totals: number[] = [];
  try {
    for (let run = 0; run < 40; run++) {
      const started = performance.now();
      const items = drawExam(blueprint, candidates, { seed: run + 1, realistic: true });
      const drawn = performance.now();
      await createAttempt(client, {
        learnerId: learner.id,
        blueprint,
        seed: run + 1,
        realistic: true,
        items,
        now: new Date(),
      });
      draws.push(drawn - started);
      totals.push(performance.now() - started);
    }
  } finally {
    await client.$disconnect();
    await scratch.drop();
  }
  return [
    { measure: "start a DVA-C02 exam: draw 65, p50", value: ms(percentile(draws, 50)), target: "report" },
    {
      measure: "start a DVA-C02 exam: draw 65 + store attempt (SQLite), p50 / p95",
      value: `${ms(percentile(totals, 50))} / ${ms(percentile(totals, 95))}`,
      target: "report",
    },
  ];
}
