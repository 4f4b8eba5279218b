// Builds and serves the app and the bare baseline with `next start`, for the benchmark.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** Runs `next build` in a directory, failing loudly. */
export function build(dir) {
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
  if (result.status !== 0) throw new Error(`next build failed in ${dir}`);
}

/** Starts `next start` and resolves once it answers; returns a stop function. */
export async function serve(dir, port, extraEnv = {}) {
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: dir,
    stdio: "ignore",
    env: { ...env, ...extraEnv },
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return () => child.kill("SIGTERM");
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`next start in ${dir} did not answer on port ${port}`);
}
