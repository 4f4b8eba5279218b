// A throw-away PostgreSQL server of its own (initdb in a temp folder, a loopback port in 3300–3399),
// so a test can stop and restart PostgreSQL without touching the machine's shared server, which
// other CI steps and other processes use at the same time. Runs the server binaries as the
// `postgres` user when started as root (initdb refuses root), as the current user otherwise.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port.mjs";

/** The folder holding initdb and pg_ctl: ROLLOUT_PG_BINDIR, else the newest /usr/lib/postgresql/<v>/bin. */
export function postgresBinDir() {
  const fromEnv = process.env.ROLLOUT_PG_BINDIR;
  if (fromEnv) return fs.existsSync(path.join(fromEnv, "initdb")) ? fromEnv : undefined;
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return undefined;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], "bin") : undefined;
}

/** The uid/gid of the `postgres` user, when running as root; undefined otherwise. */
function postgresUser() {
  if (process.getuid?.() !== 0) return undefined;
  const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Whether this machine can run a private server (binaries, and a non-root user to run them). */
export function canRunPrivatePostgres() {
  return Boolean(postgresBinDir()) && (process.getuid?.() !== 0 || Boolean(postgresUser()));
}

/** Starts a private server; `stop()` and `start()` take it down and bring it back on the same port. */
export async function startPrivatePostgres() {
  const binDir = postgresBinDir();
  if (!binDir) throw new Error("no PostgreSQL server binaries (set ROLLOUT_PG_BINDIR)");
  const user = postgresUser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rollout-pg-"));
  if (user) fs.chownSync(dir, user.uid, user.gid);
  const dataDir = path.join(dir, "data");
  const run = (tool, args) => {
    const result = spawnSync(path.join(binDir, tool), args, {
      encoding: "utf8",
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
      env: { ...process.env, LC_ALL: "C" },
    });
    if (result.status !== 0)
      throw new Error(`${tool} ${args.join(" ")} failed: ${result.stderr || result.stdout || result.error?.message}`);
  };
  const port = await freePort();
  run("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
  fs.appendFileSync(
    path.join(dataDir, "postgresql.conf"),
    [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dir}'`,
      "fsync = off",
      "max_connections = 100",
      "",
    ].join("\n"),
  );
  const logFile = path.join(dir, "server.log");
  const start = () => run("pg_ctl", ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "start"]);
  const stop = () => run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "-t", "60", "stop"]);
  start();
  let up = true;
  // pg_ctl leaves the server running on its own: never let it outlive this process.
  const cleanUp = () => {
    if (up) spawnSync(path.join(binDir, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "stop"], user ?? {});
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", cleanUp);
  return {
    port,
    serverUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    /** Fast shutdown (what `pg_ctlcluster … stop` and `systemctl stop` do): clients are disconnected. */
    stop: () => {
      stop();
      up = false;
    },
    start: () => {
      start();
      up = true;
    },
    /** The server's log, for a failing test's report. */
    log: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : ""),
    /** Stops the server if it runs and deletes its folder. */
    destroy: () => {
      if (up) stop();
      up = false;
      fs.rmSync(dir, { recursive: true, force: true });
      process.removeListener("exit", cleanUp);
    },
  };
}
