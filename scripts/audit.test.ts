import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AuditUnavailableError, DEFAULT_ALLOWLIST, advisoriesOf, judge, parseAllowlist } from "./audit.mjs";

// The shape `npm audit --json` prints (auditReportVersion 2): a package lists advisory objects in
// `via`, or the names of vulnerable dependencies it pulls in.
const report = {
  auditReportVersion: 2,
  vulnerabilities: {
    postcss: {
      name: "postcss",
      severity: "high",
      via: [
        {
          source: 1101,
          name: "postcss",
          title: "Path traversal in source-map loading",
          url: "https://github.com/advisories/GHSA-r28c-9q8g-f849",
          severity: "high",
          range: "<8.5.18",
        },
      ],
    },
    next: { name: "next", severity: "high", via: ["postcss"] },
    "js-yaml": {
      name: "js-yaml",
      severity: "critical",
      via: [
        {
          source: 1102,
          name: "js-yaml",
          title: "Merge keys exhaust CPU",
          url: "https://github.com/advisories/GHSA-2883-xcg3-v3hh",
          severity: "critical",
          range: ">=4.0.0 <4.3.2",
        },
      ],
    },
    nanoid: {
      name: "nanoid",
      severity: "moderate",
      via: [
        {
          source: 1103,
          name: "nanoid",
          title: "Predictable ids",
          url: "https://github.com/advisories/GHSA-mwcw-c2x4-8c55",
          severity: "moderate",
          range: "<3.3.8",
        },
      ],
    },
  },
  metadata: { vulnerabilities: { moderate: 1, high: 2, critical: 1, total: 4 } },
};
const today = new Date("2026-11-23T00:00:00Z");
const allow = (id: string, until?: string) => ({
  id,
  package: "postcss",
  reason: "Only read at build time from our own CSS.",
  until,
});

describe("audit gate", () => {
  it("lists each advisory once, ignoring packages that are vulnerable only through a dependency", () => {
    expect(advisoriesOf(report).map((a) => [a.id, a.severity, a.packages])).toEqual([
      ["GHSA-2883-xcg3-v3hh", "critical", ["js-yaml"]],
      ["GHSA-mwcw-c2x4-8c55", "moderate", ["nanoid"]],
      ["GHSA-r28c-9q8g-f849", "high", ["postcss"]],
    ]);
  });

  it("blocks high and critical advisories unless allowed with a reason; lower ones are information", () => {
    const statuses = (allowlist: ReturnType<typeof allow>[]) =>
      Object.fromEntries(judge(advisoriesOf(report), allowlist, today).map((a) => [a.id, a.status]));
    expect(statuses([])).toEqual({
      "GHSA-2883-xcg3-v3hh": "blocking",
      "GHSA-mwcw-c2x4-8c55": "info",
      "GHSA-r28c-9q8g-f849": "blocking",
    });
    expect(statuses([allow("GHSA-r28c-9q8g-f849")])["GHSA-r28c-9q8g-f849"]).toBe("allowed");
    expect(statuses([allow("GHSA-r28c-9q8g-f849", "2026-11-01")])["GHSA-r28c-9q8g-f849"]).toBe("expired");
    expect(statuses([allow("GHSA-r28c-9q8g-f849", "2027-01-31")])["GHSA-2883-xcg3-v3hh"]).toBe("blocking");
  });

  it("rejects allowlist entries without a GHSA id or a real reason", () => {
    expect(parseAllowlist({ advisories: [allow("GHSA-r28c-9q8g-f849")] })).toHaveLength(1);
    expect(() => parseAllowlist({ advisories: [{ ...allow("GHSA-r28c-9q8g-f849"), reason: "ok" }] })).toThrow(
      AuditUnavailableError,
    );
    expect(() => parseAllowlist({ advisories: [allow("CVE-2026-1")] })).toThrow(/GHSA/);
    expect(() => parseAllowlist([])).toThrow(AuditUnavailableError);
    // The committed allowlist itself is valid.
    expect(() => parseAllowlist(JSON.parse(fs.readFileSync(DEFAULT_ALLOWLIST, "utf8")))).not.toThrow();
  });

  it("says the audit could not run when npm reports an error instead of a report", () => {
    const refused = {
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
    };
    expect(() => advisoriesOf(refused)).toThrow(/405 Method Not Allowed/);
  });

  it("exits 1 on a blocking advisory, 0 on a clean report, 2 when npm could not audit", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "audit-"));
    const run = (data: unknown) => {
      const file = path.join(dir, `${Math.random()}.json`);
      fs.writeFileSync(file, JSON.stringify(data));
      return spawnSync(process.execPath, ["scripts/audit.mjs", "--input", file], { encoding: "utf8" });
    };
    try {
      const failed = run(report);
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain("GHSA-2883-xcg3-v3hh, GHSA-r28c-9q8g-f849");
      const clean = run({ auditReportVersion: 2, vulnerabilities: {} });
      expect(clean.status).toBe(0);
      expect(clean.stdout).toContain("none blocking");
      expect(run({ message: "405 Method Not Allowed" }).status).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
