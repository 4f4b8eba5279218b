#!/usr/bin/env node
// Simulation engine timings: wall time of `simulate()` on large fleets (median and p95 over RUNS
// runs after WARMUP runs). The engine is TypeScript, so it is bundled on the fly with esbuild and
// imported from a data: URL. A benchmark, not a test: nothing is asserted.
//   node bench/simulation.mjs [--runs=30]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ENTRY = path.join(ROOT, "lib", "engines", "simulation", "index.ts");
const WARMUP = 20;
const versions = { fromVersion: "v1", toVersion: "v2", failure: { kind: "none" } };

/** The scenarios timed; the issue sets a target (10 ms) only for the 1,000-instance rolling run. */
const SCENARIOS = [
  {
    name: "simulating a 1,000-instance rolling deployment",
    targetMs: 10,
    config: {
      kind: "elastic-beanstalk",
      environmentType: "load-balanced",
      instanceCount: 1000,
      policy: { kind: "rolling", batchSizeType: "Percentage", batchSize: 25 },
      ...versions,
    },
  },
  {
    name: "simulating a 1,000-instance immutable deployment",
    targetMs: null,
    config: {
      kind: "elastic-beanstalk",
      environmentType: "load-balanced",
      instanceCount: 1000,
      policy: { kind: "immutable" },
      ...versions,
    },
  },
  {
    name: "simulating a 100-instance CodeDeploy in-place OneAtATime deployment",
    targetMs: null,
    config: {
      kind: "codedeploy-server",
      deploymentType: "in-place",
      instanceCount: 100,
      deploymentConfig: { kind: "predefined", name: "CodeDeployDefault.OneAtATime" },
      loadBalancer: "with-load-balancer",
      autoRollback: "rollback-on-failure",
      terminationWaitMinutes: 60,
      ...versions,
    },
  },
  {
    name: "simulating a 1,000-task ECS rolling update",
    targetMs: null,
    config: {
      kind: "ecs-rolling",
      desiredCount: 1000,
      minimumHealthyPercent: 50,
      maximumPercent: 200,
      circuitBreaker: "enabled-with-rollback",
      ...versions,
    },
  },
];

/** Bundles lib/engines/simulation/index.ts and imports it. */
async function loadEngine() {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

function timeRuns(run, runs) {
  for (let i = 0; i < WARMUP; i += 1) run();
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

/**
 * Times `simulate()` on each scenario. Rows: `{ measure, value, target }` with values in ms
 * (median and p95) plus the frame count of each run, for context.
 * @param {{ runs?: number }} [options]
 */
export async function benchSimulation({ runs = 30 } = {}) {
  const engine = await loadEngine();
  const rows = [];
  for (const scenario of SCENARIOS) {
    const frames = engine.simulate(scenario.config, 1).frames.length;
    const samples = timeRuns(() => engine.simulate(scenario.config, 1), runs);
    const target = scenario.targetMs === null ? "–" : `under ${scenario.targetMs} ms`;
    rows.push({ measure: `${scenario.name}: median ms`, value: percentile(samples, 50).toFixed(2), target });
    rows.push({ measure: `${scenario.name}: p95 ms`, value: percentile(samples, 95).toFixed(2), target });
    rows.push({ measure: `${scenario.name}: frames`, value: String(frames), target: "–" });
  }
  return rows;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const runsArg = process.argv.find((a) => a.startsWith("--runs="));
  const rows = await benchSimulation({ runs: runsArg === undefined ? 30 : Number(runsArg.slice(7)) });
  console.log(`\n| measure | value | target |\n|---|---|---|`);
  for (const row of rows) console.log(`| ${row.measure} | ${row.value} | ${row.target} |`);
}
