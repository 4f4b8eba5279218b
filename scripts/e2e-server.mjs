#!/usr/bin/env node
// Serves the production build for the e2e tests on a throw-away SQLite database.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const port = process.env.E2E_PORT ?? "3100";
const dir = path.resolve("data", `e2e-${port}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

/** With E2E_AUTH=accounts the server requires sign-in, with a fresh secret per run. */
function accountsSettings() {
  if (process.env.E2E_AUTH !== "accounts") return { ROLLOUT_AUTH: "local" };
  return {
    ROLLOUT_AUTH: "accounts",
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64"),
    BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
  };
}

const server = spawn(
  process.execPath,
  [path.resolve("node_modules", "next", "dist", "bin", "next"), "start", "-p", port],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
      NEXT_TELEMETRY_DISABLED: "1",
      ...accountsSettings(),
    },
  },
);
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
