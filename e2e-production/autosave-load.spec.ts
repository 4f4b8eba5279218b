// The bench's load table, CI-sized: 50 learners each saving an answer every 3 s for 15 s, through
// the round-robin proxy to two `next start` instances on PostgreSQL. Every save must succeed and
// every acknowledged answer must be in the database afterwards. Latency is reported, not asserted.
import { expect, test } from "@playwright/test";
import { loadOnPostgresPair, printLoadTable } from "../bench/lib/load-setups";
import { distDir } from "./stack";

test("50 learners autosaving for 15 s on two instances: 0 errors, 0 lost answers", async ({}, testInfo) => {
  test.setTimeout(120_000);
  const learners = 50;
  const result = await loadOnPostgresPair({ learners, durationMs: 15_000, intervalMs: 3_000, distDir });
  printLoadTable("Exam autosave, CI-sized", [result]);
  testInfo.annotations.push({
    type: "load",
    description: `${result.requests} requests, p50/p95/p99 ${result.p50.toFixed(1)}/${result.p95.toFixed(1)}/${result.p99.toFixed(1)} ms`,
  });
  expect(result.requests, "every learner saved about every 3 s").toBeGreaterThanOrEqual(learners * 4);
  expect(
    result.perInstance.every((n) => n > 0),
    "both instances took saves",
  ).toBe(true);
  expect(result.errors).toBe(0);
  expect(result.lost).toBe(0);
});
