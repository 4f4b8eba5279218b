#!/usr/bin/env node
// Scans what a Next build sends to browsers for secrets and server-only code:
//   node scripts/scan-client-bundle.mjs <distDir>
// Looks at every file under <distDir>/static (JS and CSS chunks) and at the prerendered responses
// under <distDir>/server/app and <distDir>/server/pages (.html, .rsc, .body, .meta: what a static
// page or route serves as is). Server chunks (.js) there are skipped: they never leave the server.
// Flags the values of secret-looking environment variables present now (run it in the same
// environment as the build), database URLs with credentials, private keys, AWS access key ids and
// markers of server-only modules. Prints file + rule + a masked excerpt; exits 1 on any finding.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Variable names whose values must never reach a browser. */
export const SECRET_NAME = /SECRET|PASSWORD|PASSWD|TOKEN|KEY|CREDENTIAL|PRIVATE|DATABASE_URL/i;

/** Shorter values match too much ordinary text to mean anything. */
const MIN_SECRET_LENGTH = 8;

/**
 * Patterns that are a leak wherever they appear.
 * @type {{ rule: string, pattern: RegExp }[]}
 */
export const LEAK_PATTERNS = [
  { rule: "database URL with credentials", pattern: /\bpostgres(?:ql)?:\/\/[^\s:@/"'`\\]+:[^\s@/"'`\\]+@/g },
  { rule: "private key block", pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/g },
  { rule: "AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  // Server-only modules: the Prisma clients and their driver adapters, the SQLite binding, the env module.
  {
    rule: "server-only module",
    pattern:
      /@prisma\/(?:client|adapter-pg|adapter-better-sqlite3)|\bbetter-sqlite3\b|PrismaClientKnownRequestError|query_compiler_bg|ROLLOUT_SQLITE_BUSY_TIMEOUT_MS|BETTER_AUTH_SECRET/g,
  },
];

/** Extensions of prerendered responses under server/app and server/pages. */
const PRERENDERED = new Set([".html", ".rsc", ".body", ".meta", ".txt"]);

/**
 * Values of secret-looking variables in `env`, longest first (so a value containing another is
 * reported under its own name).
 * @param {Record<string, string | undefined>} env
 * @returns {{ name: string, value: string }[]}
 */
export function secretValues(env) {
  return Object.entries(env)
    .filter(([name, value]) => SECRET_NAME.test(name) && typeof value === "string" && value.length >= MIN_SECRET_LENGTH)
    .map(([name, value]) => ({ name, value: /** @type {string} */ (value) }))
    .sort((a, b) => b.value.length - a.value.length);
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The files a browser can receive from this build.
 * @param {string} distDir
 * @returns {string[]}
 */
export function clientFiles(distDir) {
  const prerendered = ["app", "pages"].flatMap((sub) =>
    walk(path.join(distDir, "server", sub)).filter((file) => PRERENDERED.has(path.extname(file))),
  );
  return [...walk(path.join(distDir, "static")), ...prerendered].sort();
}

/**
 * "abcd…wxyz": enough to find the match, not enough to leak it again into a CI log.
 * @param {string} text
 */
function mask(text) {
  return text.length <= 8 ? "*".repeat(text.length) : `${text.slice(0, 4)}…${text.slice(-2)} (${text.length} chars)`;
}

/**
 * @typedef {{ file: string, rule: string, match: string, offset: number }} Finding
 */

/**
 * Findings in one file's text.
 * @param {string} text
 * @param {{ name: string, value: string }[]} secrets
 * @returns {Omit<Finding, "file">[]}
 */
export function scanText(text, secrets) {
  /** @type {Omit<Finding, "file">[]} */
  const findings = [];
  for (const { name, value } of secrets) {
    // JSON and JS string literals escape "/" and quotes, so look for the escaped spelling too.
    for (const spelling of new Set([value, JSON.stringify(value).slice(1, -1), value.replaceAll("/", "\\/")])) {
      const offset = text.indexOf(spelling);
      if (offset >= 0) {
        findings.push({ rule: `value of ${name}`, match: mask(value), offset });
        break;
      }
    }
  }
  for (const { rule, pattern } of LEAK_PATTERNS) {
    for (const found of text.matchAll(pattern)) {
      findings.push({ rule, match: rule === "server-only module" ? found[0] : mask(found[0]), offset: found.index });
      break;
    }
  }
  return findings;
}

/**
 * Scans a build folder.
 * @param {string} distDir
 * @param {Record<string, string | undefined>} env
 * @returns {{ files: number, findings: Finding[] }}
 */
export function scanBuild(distDir, env) {
  const files = clientFiles(distDir);
  const secrets = secretValues(env);
  const findings = files.flatMap((file) =>
    scanText(fs.readFileSync(file, "utf8"), secrets).map((finding) => ({
      file: path.relative(distDir, file),
      ...finding,
    })),
  );
  return { files: files.length, findings };
}

function main() {
  const distDir = process.argv[2];
  if (!distDir || !fs.existsSync(path.join(distDir, "static"))) {
    console.error("usage: node scripts/scan-client-bundle.mjs <distDir>  (a Next build folder with static/)");
    process.exit(2);
  }
  const { files, findings } = scanBuild(distDir, process.env);
  for (const f of findings) console.error(`${path.join(distDir, f.file)}: ${f.rule}: ${f.match} at offset ${f.offset}`);
  if (findings.length > 0) {
    console.error(`scan-client-bundle: ${findings.length} finding(s) in ${files} client files`);
    process.exit(1);
  }
  const checked = secretValues(process.env).map((s) => s.name);
  console.log(`scan-client-bundle: ${files} client files clean (checked values of: ${checked.join(", ") || "none"})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
