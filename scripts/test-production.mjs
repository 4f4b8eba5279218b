#!/usr/bin/env node
// The production suite: two `next start` instances of an existing build on PostgreSQL behind a
// round-robin proxy (scripts/production), with an instance killed mid-exam, PostgreSQL restarted
// mid-exam, and a CI-sized autosave load. Uses the build in NEXT_DIST_DIR (default .next) and the
// PostgreSQL server of ROLLOUT_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432).
//   node scripts/test-production.mjs [playwright test arguments, e.g. a spec file]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
  console.error(`test-production: no build in ${distDir}; run \`NEXT_DIST_DIR=${distDir} npx next build\` first.`);
  process.exit(1);
}

const serverUrl = process.env.ROLLOUT_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const probe = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
try {
  await probe.connect();
  await probe.end();
} catch (error) {
  console.error(`test-production: PostgreSQL does not answer at ${serverUrl}: ${error.message}`);
  process.exit(1);
}

const run = (args) =>
  spawnSync(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  }).status ?? 1;

if (run([path.resolve("scripts", "ensure-chromium.mjs")]) !== 0) process.exit(1);
const playwright = path.resolve("node_modules", "@playwright", "test", "cli.js");
process.exit(run([playwright, "test", "-c", "playwright.production.config.ts", ...process.argv.slice(2)]));
