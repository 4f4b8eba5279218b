// N `next start` instances of one build on loopback, all on one DATABASE_URL, for the production
// tests and the bench. Each applies migrations when it starts (instrumentation.ts → lib/db/migrations,
// under PostgreSQL's advisory lock), so starting them together is safe: one applies, the others wait
// and find nothing left to do. Output goes to one log file per instance.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port.mjs";

const HEALTH_TIMEOUT_MS = 90_000;
const nextBin = (root) => path.join(root, "node_modules", "next", "dist", "bin", "next");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every child still running, so an exiting parent never leaves servers behind. */
const running = new Set();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** @param {import("node:child_process").ChildProcess} child @returns {Promise<void>} */
function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Resolves once GET /api/health answers 200; fails early if the process exits first. */
async function waitHealthy(url, child, logFile) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`next start on ${url} exited (${child.exitCode ?? child.signalCode}):\n${tail(logFile)}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = /** @type {Error} */ (error).message;
    }
    await sleep(200);
  }
  throw new Error(`next start on ${url} was not healthy within ${HEALTH_TIMEOUT_MS} ms (${last}):\n${tail(logFile)}`);
}

/**
 * Starts `count` instances and waits until each answers /api/health.
 * @param {{ databaseUrl: string, count?: number, distDir?: string, root?: string,
 *   env?: Record<string, string>, logDir?: string }} options
 */
export async function startCluster({
  databaseUrl,
  count = 2,
  distDir = process.env.NEXT_DIST_DIR ?? ".next",
  root = process.cwd(),
  env = {},
  logDir,
}) {
  const ownLogDir = logDir === undefined;
  const logs = logDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "rollout-cluster-"));
  // next.config.js reads NEXT_DIST_DIR relative to the project.
  const relativeDist = path.relative(root, path.resolve(root, distDir));
  if (!fs.existsSync(path.join(root, relativeDist, "BUILD_ID")))
    throw new Error(`no build in ${relativeDist}: run NEXT_DIST_DIR=${relativeDist} npx next build first`);
  const ports = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  /** @type {(import("node:child_process").ChildProcess | undefined)[]} */
  const children = ports.map(() => undefined);

  async function launch(i) {
    const port = ports[i];
    const logFile = path.join(logs, `instance-${i}.log`);
    const log = fs.openSync(logFile, "a");
    const child = spawn(process.execPath, [nextBin(root), "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        ...env,
        DATABASE_URL: databaseUrl,
        NEXT_DIST_DIR: relativeDist,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    fs.closeSync(log);
    children[i] = child;
    running.add(child);
    child.once("exit", () => running.delete(child));
    await waitHealthy(urls[i], child, logFile);
  }

  async function stopOne(i, signal) {
    const child = children[i];
    if (!child) return;
    child.kill(signal);
    const done = exited(child);
    if (signal !== "SIGKILL") {
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await done;
      clearTimeout(timer);
    }
    await done;
    children[i] = undefined;
  }

  try {
    await Promise.all(ports.map((_, i) => launch(i)));
  } catch (error) {
    await Promise.all(ports.map((_, i) => stopOne(i, "SIGKILL")));
    throw error;
  }

  return {
    urls,
    ports,
    logDir: logs,
    /** Process ids of the instances (undefined while one is down). */
    pids: () => children.map((child) => child?.pid),
    /** Kills instance i at once (SIGKILL: no graceful shutdown, as a crashed host). */
    kill: (i) => stopOne(i, "SIGKILL"),
    /** Starts instance i again on its port and waits until it is healthy. */
    restart: async (i) => {
      await stopOne(i, "SIGKILL");
      await launch(i);
    },
    /** Stops every instance (SIGTERM, then SIGKILL after 5 s) and removes the logs it made. */
    stop: async () => {
      await Promise.all(ports.map((_, i) => stopOne(i, "SIGTERM")));
      if (ownLogDir) fs.rmSync(logs, { recursive: true, force: true });
    },
    /** The last lines an instance logged. */
    log: (i, lines = 30) => tail(path.join(logs, `instance-${i}.log`), lines),
  };
}
