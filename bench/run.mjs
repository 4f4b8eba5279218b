#!/usr/bin/env node
// npm run bench — builds Rollout and a bare Next.js page in the same run, serves both with
// `next start`, and prints one table: per route, the gzip size of the JavaScript the page loads,
// TTFB p50/p95 over 200 requests and Lighthouse (mobile) performance and accessibility, each next
// to the bare page's figure and as a ratio to it. Then bench/extras.ts: in-process measures and
// the exam-autosave load table (200 learners saving every 3 s for 60 s, against one `next start`
// on SQLite and two on PostgreSQL behind scripts/production/round-robin-proxy.mjs; it needs the
// PostgreSQL server of ROLLOUT_TEST_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432).
// A benchmark, not a test: only the load table has a target (0 errors, 0 lost answers), and
// missing it makes the command exit non-zero.
//   npm run bench [-- --no-build] [-- --no-lighthouse]
//   npm run bench -- --load-only [--quick]   only the load table, on the existing build
//                                            (NEXT_DIST_DIR, default .next); --quick: 20 learners, 9 s
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openLighthouse } from "./lib/lighthouse.mjs";
import { pageJavaScriptGzip, ttfb } from "./lib/measure.mjs";
import { build, serve } from "./lib/servers.mjs";
import { ROUTES } from "./routes.mjs";
import { benchSimulation } from "./simulation.mjs";
import { benchSimulator } from "./simulator.mjs";
import { CHROMIUM_ARGS, findChromium } from "../scripts/lib/chromium.mjs";

const args = new Set(process.argv.slice(2));
const APP_PORT = 3301;
const BARE_PORT = 3302;
const bareDir = path.resolve("bench", "bare");

/** Runs bench/extras.ts (in-process measures and the load table) and returns its exit status. */
function runExtras(flags) {
  const extras = spawnSync(process.execPath, ["--import", "tsx", path.resolve("bench", "extras.ts"), ...flags], {
    stdio: "inherit",
    env: process.env,
  });
  return extras.status ?? 1;
}

if (args.has("--load-only")) process.exit(runExtras(["--load-only", ...(args.has("--quick") ? ["--quick"] : [])]));

if (!args.has("--no-build")) {
  console.log("bench: building the app and the bare page…");
  build(process.cwd());
  build(bareDir);
}

const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");
const staticRoutes = new Set(
  Object.keys(JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")).routes ?? {}),
);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rollout-bench-"));
const stopApp = await serve(process.cwd(), APP_PORT, { DATABASE_URL: `file:${path.join(dataDir, "bench.db")}` });
const stopBare = await serve(bareDir, BARE_PORT);
const lighthouse = args.has("--no-lighthouse") ? undefined : await openLighthouse();

async function measure(url) {
  return {
    js: await pageJavaScriptGzip(url),
    ttfb: await ttfb(url),
    scores: lighthouse ? await lighthouse.audit(url) : undefined,
  };
}

const ratio = (value, base) => (base ? (value / base).toFixed(2) : "–");
const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => value.toFixed(1);

try {
  const bare = await measure(`http://127.0.0.1:${BARE_PORT}/`);
  const rows = [];
  for (const route of ROUTES) {
    const app = await measure(`http://127.0.0.1:${APP_PORT}${route}`);
    const score = (key) =>
      app.scores && bare.scores
        ? `${app.scores[key]} / ${bare.scores[key]} (${ratio(app.scores[key], bare.scores[key])}×)`
        : "skipped";
    rows.push({
      route,
      static: staticRoutes.has(route) ? "yes" : "no",
      "JS gzip KB (bare)": `${kb(app.js)} (${kb(bare.js)}) ${ratio(app.js, bare.js)}×`,
      "TTFB p50 ms (bare)": `${ms(app.ttfb.p50)} (${ms(bare.ttfb.p50)}) ${ratio(app.ttfb.p50, bare.ttfb.p50)}×`,
      "TTFB p95 ms (bare)": `${ms(app.ttfb.p95)} (${ms(bare.ttfb.p95)}) ${ratio(app.ttfb.p95, bare.ttfb.p95)}×`,
      "LH perf (bare)": score("performance"),
      "LH a11y (bare)": score("accessibility"),
    });
  }
  printMarkdown(rows);
  const simulatorRows = await benchSimulator({
    appUrl: `http://127.0.0.1:${APP_PORT}`,
    chromiumPath: findChromium(),
    chromiumArgs: CHROMIUM_ARGS,
  });
  printMarkdown([...(await benchSimulation()), ...simulatorRows]);
} finally {
  await lighthouse?.close();
  stopApp();
  stopBare();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

// In-process measures (search, exam start) and the autosave load table run on the same build.
const status = runExtras(args.has("--quick") ? ["--quick"] : []);
if (status !== 0) process.exitCode = status;

function printMarkdown(rows) {
  const columns = Object.keys(rows[0] ?? {});
  console.log(`\n| ${columns.join(" | ")} |\n|${columns.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${columns.map((c) => row[c]).join(" | ")} |`);
}
