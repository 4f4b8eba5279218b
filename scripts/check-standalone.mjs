#!/usr/bin/env node
// Proves a standalone build runs on its own, the way the Dockerfile runs it: copies
// <distDir>/standalone, <distDir>/static and public/ into a temporary folder outside the checkout,
// checks that the files the server reads are there (and sources are not) and that a note still
// compiles from the copy, starts `node server.js` there on a free port against a fresh database,
// checks the health route and the main pages, then stops the server and removes what it made.
//
//   node scripts/check-standalone.mjs [distDir] [--postgres] [--keep]
//
// distDir defaults to NEXT_DIST_DIR or .next. --postgres runs against a throw-away PostgreSQL
// database (created on ROLLOUT_TEST_POSTGRES_URL's server, dropped afterwards) instead of SQLite.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const START_TIMEOUT_MS = 90_000;
const args = process.argv.slice(2);
const usePostgres = args.includes("--postgres");
const keep = args.includes("--keep");
const distDir = path.resolve(args.find((arg) => !arg.startsWith("--")) ?? process.env.NEXT_DIST_DIR ?? ".next");
const postgresServer = process.env.ROLLOUT_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

// What the server reads from disk at runtime, and what has no business in the image.
const REQUIRED = [
  "server.js",
  "package.json",
  "content/notes",
  "content/questions",
  "content/blueprints",
  "content/glossary",
  "prisma/migrations/sqlite",
  "prisma/migrations/postgres",
  "lib/db/generated/sqlite/schema.prisma",
  "lib/db/generated/sqlite/query_compiler_bg.wasm",
  "lib/db/generated/postgres/schema.prisma",
  "lib/db/generated/postgres/query_compiler_bg.wasm",
  "node_modules/better-sqlite3",
  "node_modules/pg",
];
const FORBIDDEN = [
  "app",
  "components",
  "e2e",
  "bench",
  "docs",
  "scripts",
  "deploy",
  "data",
  "README.md",
  "tsconfig.tsbuildinfo",
  "prisma/schema.prisma",
  "lib/db/generated/sqlite/runtime",
  "lib/db/generated/postgres/runtime",
  "node_modules/sharp",
  "node_modules/@img",
];

/** @param {string} message */
function fail(message) {
  throw new Error(message);
}

/** The end of the server's output, enough to see why it failed. */
function tail(log) {
  const text = log.join("");
  return text.length > 4000 ? `…${text.slice(-4000)}` : text;
}

/** The Next.js config the build baked into server.js. */
function bakedConfig(serverJs) {
  const match = /const nextConfig = (\{.*\})\n/.exec(fs.readFileSync(serverJs, "utf8"));
  if (!match?.[1]) fail(`${serverJs} does not embed a nextConfig; was it built with output: "standalone"?`);
  const config = JSON.parse(match[1]);
  if (config.output !== "standalone") fail(`${serverJs} was not built with output: "standalone"`);
  return config;
}

// What a note page needs when it is regenerated at runtime (after revalidatePath): every package
// kept external loads, and an MDX note with code blocks compiles as lib/content/compile-note.ts
// compiles it (mdx-bundler runs esbuild's binary; rehype-pretty-code loads shiki grammars and themes).
const TOOLCHAIN_PROBE = `
const packages = JSON.parse(process.argv[1]);
for (const name of packages) await import(name);
const { bundleMDX } = await import("mdx-bundler");
const { default: rehypePrettyCode } = await import("rehype-pretty-code");
const theme = { light: "github-light-high-contrast", dark: "github-dark-high-contrast" };
const result = await bundleMDX({
  source: "# Probe\\n\\n\u0060\u0060\u0060ts\\nconst a: number = 1\\n\u0060\u0060\u0060\\n",
  mdxOptions(options) {
    options.rehypePlugins = [...(options.rehypePlugins ?? []), [rehypePrettyCode, { theme, defaultLang: "text" }]];
    return options;
  },
});
if (!result.code.includes("data-theme")) throw new Error("code block was not highlighted");
`;

function checkToolchain(appDir, packages) {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", TOOLCHAIN_PROBE, JSON.stringify(packages)], {
    cwd: appDir,
    env: { PATH: process.env.PATH, NODE_ENV: "production" },
    encoding: "utf8",
  });
  if (result.status !== 0) fail(`runtime packages do not load from the copy: ${result.stderr.trim()}`);
  console.log(`  ok  ${packages.length} external packages load; a note with code compiles and highlights`);
}

/** Total bytes of the regular files under a folder (symlinks are not followed). */
function sizeOf(dir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function checkContents(standalone, bakedDir) {
  const missing = [...REQUIRED, path.join(bakedDir, "server")].filter((p) => !fs.existsSync(path.join(standalone, p)));
  if (missing.length > 0) fail(`standalone output lacks what the server reads at runtime: ${missing.join(", ")}`);
  const extra = FORBIDDEN.filter((p) => fs.existsSync(path.join(standalone, p)));
  if (extra.length > 0) fail(`standalone output carries files the server never reads: ${extra.join(", ")}`);
}

/** Lays the build out in `target` as the Dockerfile's runtime stage does. */
function copyBuild(standalone, bakedDir, target) {
  fs.cpSync(standalone, target, { recursive: true, verbatimSymlinks: true });
  fs.cpSync(path.join(distDir, "static"), path.join(target, bakedDir, "static"), { recursive: true });
  const publicDir = path.join(path.dirname(distDir), "public");
  if (fs.existsSync(publicDir)) fs.cpSync(publicDir, path.join(target, "public"), { recursive: true });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: postgresServer });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function postgresUrl(name) {
  const url = new URL(postgresServer);
  url.pathname = `/${name}`;
  return url.toString();
}

async function waitForHealth(base, server, log) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) fail(`server exited with code ${server.exitCode}:\n${tail(log)}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  fail(`server did not report healthy within ${START_TIMEOUT_MS / 1000}s:\n${tail(log)}`);
}

/** A note that exists in the copied content, with its title, to prove notes are served. */
function firstNote(appDir) {
  const notesDir = path.join(appDir, "content", "notes");
  const area = fs.readdirSync(notesDir).sort()[0] ?? fail("no note areas in content/notes");
  const file = fs.readdirSync(path.join(notesDir, area)).find((name) => name.endsWith(".mdx"));
  if (!file) fail(`no notes in content/notes/${area}`);
  const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(fs.readFileSync(path.join(notesDir, area, file), "utf8"))?.[1];
  return { url: `/notes/${area}/${file.replace(/\.mdx$/, "")}`, title: title ?? fail(`${area}/${file} has no title`) };
}

async function checkPages(base, appDir) {
  const health = await fetch(`${base}/api/health`);
  const report = await health.json();
  if (health.status !== 200 || report.status !== "ok" || report.db !== "ok") {
    fail(`/api/health answered ${health.status} ${JSON.stringify(report)}`);
  }
  const note = firstNote(appDir);
  /** @type {[string, number, string?][]} */
  const pages = [
    ["/", 200],
    ["/notes", 200, "Study notes"],
    [note.url, 200, note.title],
    ["/practice", 200],
    ["/notes/glossary", 200],
    ["/exam", 200],
    ["/review", 200],
    ["/progress", 200],
    ["/simulate", 200],
    ["/compare", 200],
    ["/search-index.json", 200],
    ["/notes/no-such-area/no-such-note", 404],
  ];
  for (const [url, expected, text] of pages) {
    const response = await fetch(`${base}${url}`);
    const body = await response.text();
    if (response.status !== expected) fail(`${url} answered ${response.status}, expected ${expected}`);
    if (text && !body.includes(text)) fail(`${url} does not contain "${text}"`);
    console.log(`  ${response.status} ${url}`);
  }
}

function stop(server) {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
    server.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    server.kill("SIGTERM");
  });
}

async function main() {
  const standalone = path.join(distDir, "standalone");
  const serverJs = path.join(standalone, "server.js");
  if (!fs.existsSync(serverJs)) fail(`no ${serverJs}: build with output "standalone" first`);
  const config = bakedConfig(serverJs);
  const bakedDir = config.distDir ?? ".next";
  checkContents(standalone, bakedDir);
  console.log(`standalone: ${(sizeOf(standalone) / 2 ** 20).toFixed(1)} MiB (distDir "${bakedDir}")`);

  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "rollout-standalone-"));
  const appDir = path.join(temp, "app");
  const database = `rollout_standalone_${process.pid}_${Date.now()}`;
  let server;
  try {
    copyBuild(standalone, bakedDir, appDir);
    checkToolchain(appDir, config.serverExternalPackages ?? []);
    let databaseUrl = `file:${path.join(temp, "data", "check.db")}`;
    if (usePostgres) {
      await adminQuery(`CREATE DATABASE "${database}"`);
      databaseUrl = postgresUrl(database);
    }
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    console.log(`serving ${appDir} on ${base} (${usePostgres ? "PostgreSQL" : "SQLite"})`);
    const log = [];
    server = spawn(process.execPath, ["server.js"], {
      cwd: appDir,
      env: {
        PATH: process.env.PATH,
        HOME: temp,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        DATABASE_URL: databaseUrl,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout.on("data", (chunk) => log.push(String(chunk)));
    server.stderr.on("data", (chunk) => log.push(String(chunk)));
    await waitForHealth(base, server, log);
    await checkPages(base, appDir);
  } finally {
    if (server) await stop(server);
    if (usePostgres) await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
    if (keep) console.log(`kept ${temp}`);
    else fs.rmSync(temp, { recursive: true, force: true });
  }
  console.log("standalone check passed");
}

main().catch((error) => {
  console.error(`standalone check failed: ${error.message}`);
  process.exit(1);
});
