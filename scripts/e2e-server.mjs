#!/usr/bin/env node
// Serves the production build for the e2e tests on a throw-away SQLite database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.env.E2E_PORT ?? "3100";
const dir = path.resolve("data", `e2e-${port}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const server = spawn(
  process.execPath,
  [path.resolve("node_modules", "next", "dist", "bin", "next"), "start", "-p", port],
  {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "e2e.db")}`, NEXT_TELEMETRY_DISABLED: "1" },
  },
);
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
