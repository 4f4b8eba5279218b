import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { scanBuild } from "./scan-client-bundle.mjs";

const SECRET = "sentinel-9f3c1b7e2a6d4c0b8e5f1a3d7c9b2e4f";
const DB_URL = "file:./data/sentinel-4d2a9c.db";
const env = { BETTER_AUTH_SECRET: SECRET, DATABASE_URL: DB_URL, API_TOKEN: "short", HOME: "/home/sentinel-home" };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fake build folder: `files` maps paths under it to their text. */
function build(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scan-bundle-"));
  dirs.push(dir);
  const clean = {
    "static/chunks/app/page-1a2b.js": 'self.__next_f.push([1,"hello"]);const url="https://docs.aws.amazon.com/";',
    "static/css/app.css": "body{color:#111}",
    "server/app/notes.html": "<!DOCTYPE html><html><body><h1>Notes</h1></body></html>",
    "server/app/notes.rsc": '1:["$","h1",null,{"children":"Notes"}]',
    // Server chunks never reach a browser: secrets and server modules there are not findings.
    "server/app/page.js": `require("better-sqlite3");const s="${SECRET}";`,
    "server/chunks/ssr/db.js": `new PrismaClientKnownRequestError("${DB_URL}")`,
  };
  for (const [file, text] of Object.entries({ ...clean, ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const cli = (distDir: string, extraEnv: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["scripts/scan-client-bundle.mjs", distDir], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", ...extraEnv },
  });

describe("scan-client-bundle", () => {
  it("passes a clean build, ignoring server chunks and short values", () => {
    const { files, findings } = scanBuild(build({}), env);
    expect(files).toBe(4);
    expect(findings).toEqual([]);
  });

  it.each([
    ["static/chunks/app/leak.js", `const k="${SECRET}";`, "value of BETTER_AUTH_SECRET"],
    ["server/app/notes/a/b.rsc", `{"url":"${DB_URL.replaceAll("/", "\\/")}"}`, "value of DATABASE_URL"],
    [
      "static/chunks/x.js",
      'fetch("postgresql://rollout:hunter22@db.internal:5432/rollout")',
      "database URL with credentials",
    ],
    ["server/app/index.html", "<pre>-----BEGIN RSA PRIVATE KEY-----\nMIIE</pre>", "private key block"],
    ["static/chunks/y.js", 'const id="AKIAIOSFODNN7EXAMPLE";', "AWS access key id"],
    ["static/chunks/z.js", 'e.exports=require("@prisma/client/runtime/client")', "server-only module"],
    ["static/chunks/w.js", '"better-sqlite3"', "server-only module"],
    ["server/app/search-index.json.body", `{"text":"${SECRET}"}`, "value of BETTER_AUTH_SECRET"],
  ])("catches a planted leak in %s (%s)", (file, text, rule) => {
    const { findings } = scanBuild(build({ [file]: text }), env);
    expect(findings).toEqual([expect.objectContaining({ file, rule })]);
    expect(JSON.stringify(findings)).not.toContain(SECRET);
  });

  it("exits 1 naming the file and rule without printing the secret, 0 when clean", () => {
    const leaky = build({ "static/chunks/leak.js": `x="${SECRET}"` });
    const failed = cli(leaky, { BETTER_AUTH_SECRET: SECRET });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(path.join(leaky, "static/chunks/leak.js"));
    expect(failed.stderr).toContain("value of BETTER_AUTH_SECRET");
    expect(failed.stderr + failed.stdout).not.toContain(SECRET);

    const passed = cli(build({}), { BETTER_AUTH_SECRET: SECRET });
    expect(passed.status).toBe(0);
    expect(passed.stdout).toContain("checked values of: BETTER_AUTH_SECRET");
  });

  it("refuses a folder that is not a build", () => {
    expect(cli(path.join(os.tmpdir(), "no-such-build")).status).toBe(2);
  });
});
