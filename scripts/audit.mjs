#!/usr/bin/env node
// Dependency audit gate: runs `npm audit --json` and fails only on high or critical advisories
// that lib/security/audit-allowlist.json does not list with a reason (docs/security.md explains
// how to add one). Lower severities are printed, never fatal.
//
//   node scripts/audit.mjs                 # whole tree (what `npm audit` checks)
//   node scripts/audit.mjs --omit=dev      # production dependencies only
//   node scripts/audit.mjs --input a.json  # judge a saved `npm audit --json` report instead
//
// Exit codes: 0 pass, 1 blocking advisories, 2 the audit could not run (registry unreachable,
// unreadable report or allowlist). The advisory service is a POST to the registry, which some
// mirrors refuse, so keep this out of the offline gate (`npm run check`).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_ALLOWLIST = path.join(ROOT, "lib", "security", "audit-allowlist.json");
const BLOCKING = new Set(["high", "critical"]);
const GHSA = /GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/;

/**
 * @typedef {{ id: string, package: string, reason: string, until?: string }} AllowEntry
 * @typedef {{ id: string, title: string, severity: string, packages: string[], range: string, url: string }} Advisory
 * @typedef {Advisory & { status: "blocking" | "allowed" | "expired" | "info", reason?: string }} Judged
 */

/** Thrown when the input cannot be judged at all (exit 2). */
export class AuditUnavailableError extends Error {
  name = "AuditUnavailableError";
}

/**
 * Validates the allowlist file's contents.
 * @param {unknown} data
 * @returns {AllowEntry[]}
 */
export function parseAllowlist(data) {
  const entries = /** @type {{ advisories?: unknown }} */ (data)?.advisories;
  if (!Array.isArray(entries)) throw new AuditUnavailableError("allowlist: expected { advisories: [...] }");
  return entries.map((raw, index) => {
    const entry = /** @type {Record<string, unknown>} */ (raw);
    const where = `allowlist entry ${index + 1}`;
    if (typeof entry.id !== "string" || !GHSA.test(entry.id))
      throw new AuditUnavailableError(`${where}: id must be a GHSA id`);
    if (typeof entry.package !== "string" || entry.package.length === 0)
      throw new AuditUnavailableError(`${where} (${entry.id}): package is required`);
    if (typeof entry.reason !== "string" || entry.reason.trim().length < 20)
      throw new AuditUnavailableError(`${where} (${entry.id}): give a reason of at least 20 characters`);
    if (entry.until !== undefined && (typeof entry.until !== "string" || Number.isNaN(Date.parse(entry.until))))
      throw new AuditUnavailableError(`${where} (${entry.id}): until must be a date such as 2027-01-31`);
    return { id: entry.id, package: entry.package, reason: entry.reason, until: entry.until };
  });
}

/**
 * The advisories in an `npm audit --json` report (format 2, npm 7+), one per advisory, with every
 * package that carries it. Packages listed only through a vulnerable dependency add no advisory.
 * @param {unknown} report
 * @returns {Advisory[]}
 */
export function advisoriesOf(report) {
  const data =
    /** @type {{ vulnerabilities?: Record<string, { via?: unknown[] }>, error?: unknown, message?: unknown }} */ (
      report
    );
  if (!data || typeof data !== "object" || !data.vulnerabilities) {
    const message = typeof data?.message === "string" ? data.message : JSON.stringify(data?.error ?? data);
    throw new AuditUnavailableError(`npm audit gave no report: ${message}`);
  }
  /** @type {Map<string, Advisory>} */
  const found = new Map();
  for (const [name, vulnerability] of Object.entries(data.vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via !== "object" || via === null) continue;
      const v =
        /** @type {{ source?: number, url?: string, title?: string, severity?: string, range?: string, name?: string }} */ (
          via
        );
      const id = v.url?.match(GHSA)?.[0] ?? `npm-${String(v.source)}`;
      const known = found.get(id);
      const pkg = v.name ?? name;
      if (known) {
        if (!known.packages.includes(pkg)) known.packages.push(pkg);
        continue;
      }
      found.set(id, {
        id,
        title: v.title ?? "",
        severity: v.severity ?? "unknown",
        packages: [pkg],
        range: v.range ?? "",
        url: v.url ?? "",
      });
    }
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Judges each advisory against the allowlist.
 * @param {Advisory[]} advisories
 * @param {AllowEntry[]} allowlist
 * @param {Date} today
 * @returns {Judged[]}
 */
export function judge(advisories, allowlist, today) {
  return advisories.map((advisory) => {
    if (!BLOCKING.has(advisory.severity)) return { ...advisory, status: "info" };
    const entry = allowlist.find((e) => e.id === advisory.id);
    if (!entry) return { ...advisory, status: "blocking" };
    if (entry.until && Date.parse(entry.until) < today.getTime())
      return { ...advisory, status: "expired", reason: entry.reason };
    return { ...advisory, status: "allowed", reason: entry.reason };
  });
}

/** @param {string[]} args */
function runNpmAudit(args) {
  const result = spawnSync("npm", ["audit", "--json", ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  if (result.error) throw new AuditUnavailableError(`could not run npm audit: ${result.error.message}`);
  try {
    return /** @type {unknown} */ (JSON.parse(result.stdout));
  } catch {
    throw new AuditUnavailableError(`npm audit printed no JSON (exit ${result.status}): ${result.stderr.trim()}`);
  }
}

/** @param {string[]} argv */
function main(argv) {
  const inputAt = argv.indexOf("--input");
  const input = inputAt >= 0 ? argv[inputAt + 1] : undefined;
  const npmArgs = argv.filter((arg) => arg.startsWith("--omit"));
  const report = input ? /** @type {unknown} */ (JSON.parse(fs.readFileSync(input, "utf8"))) : runNpmAudit(npmArgs);
  const allowlist = parseAllowlist(JSON.parse(fs.readFileSync(DEFAULT_ALLOWLIST, "utf8")));
  const judged = judge(advisoriesOf(report), allowlist, new Date());
  for (const a of judged) {
    const note = a.reason ? ` — allowed: ${a.reason}` : "";
    console.log(`${a.status.padEnd(8)} ${a.severity.padEnd(8)} ${a.id} ${a.packages.join(", ")}: ${a.title}${note}`);
  }
  const failing = judged.filter((a) => a.status === "blocking" || a.status === "expired");
  if (failing.length > 0) {
    console.error(
      `audit: ${failing.length} high/critical advisory(ies) not allowed: ${failing.map((a) => a.id).join(", ")}. ` +
        "Upgrade, or add each to lib/security/audit-allowlist.json with a reason (docs/security.md).",
    );
    return 1;
  }
  console.log(`audit: ${judged.length} advisory(ies), none blocking${npmArgs.length ? ` (${npmArgs.join(" ")})` : ""}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof AuditUnavailableError) && !(error instanceof SyntaxError)) throw error;
    console.error(`audit: could not judge the dependencies: ${error.message}`);
    process.exitCode = 2;
  }
}
