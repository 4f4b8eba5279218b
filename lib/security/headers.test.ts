import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  FORWARDED_HTTPS,
  contentSecurityPolicy,
  cspDirectives,
  parseAllowedOrigins,
  securityHeaderRules,
  type HeaderRule,
} from "./headers.mjs";

/** Next's own test for a `has`/`missing` header condition: the value is an anchored regular expression. */
const conditionMatches = (proto: string | undefined) =>
  proto !== undefined && new RegExp(`^${FORWARDED_HTTPS.value}$`).test(proto);

function rulesFor(proto: string | undefined): HeaderRule[] {
  return securityHeaderRules().filter(
    (rule) =>
      (rule.has ?? []).every(() => conditionMatches(proto)) &&
      !(rule.missing ?? []).some(() => conditionMatches(proto)),
  );
}

const headerNames = (rules: HeaderRule[]) => rules.flatMap((rule) => rule.headers.map((h) => h.key));

describe("security header rules", () => {
  it.each([
    [undefined, false],
    ["http", false],
    ["https", true],
    ["https, http", true],
    ["httpsx", false],
    ["http, https", false],
  ])("x-forwarded-proto %s: exactly one rule applies, HSTS only over TLS (%s)", (proto, tls) => {
    const applied = rulesFor(proto);
    expect(applied).toHaveLength(1);
    const names = headerNames(applied);
    expect(new Set(names).size).toBe(names.length);
    expect(names.includes("Strict-Transport-Security")).toBe(tls);
    const csp = applied[0]?.headers.find((h) => h.key === "Content-Security-Policy")?.value ?? "";
    expect(csp.includes("upgrade-insecure-requests")).toBe(tls);
  });

  it("sets the fixed headers on every rule", () => {
    for (const rule of securityHeaderRules()) {
      expect(rule.source).toBe("/:path*");
      expect(Object.fromEntries(rule.headers.map((h) => [h.key, h.value]))).toMatchObject({
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
      });
    }
  });
});

describe("content security policy", () => {
  const directives = new Map(
    cspDirectives({ tls: true }).map((d) => {
      const [name = "", ...values] = d.split(" ");
      return [name, values] as const;
    }),
  );

  it("locks down what the issue asks for", () => {
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("form-action")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("img-src")).toEqual(["'self'"]);
    expect(directives.get("script-src-attr")).toEqual(["'none'"]);
  });

  it("never allows eval or a foreign origin", () => {
    const policy = contentSecurityPolicy({ tls: true });
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it("does not pair 'unsafe-inline' with a hash or nonce, which would make browsers drop it", () => {
    for (const [name, values] of directives) {
      if (!values.includes("'unsafe-inline'")) continue;
      expect(
        values.filter((v) => /^'(sha\d+|nonce)-/.test(v) || v === "'strict-dynamic'"),
        name,
      ).toEqual([]);
    }
  });
});

describe("allowed server-action origins", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("parses hosts and strips schemes and paths", () => {
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    expect(parseAllowedOrigins("")).toEqual([]);
    expect(parseAllowedOrigins(" rollout.example.com , https://*.example.org/x, localhost:8080 ,")).toEqual([
      "rollout.example.com",
      "*.example.org",
      "localhost:8080",
    ]);
  });

  interface LoadedConfig {
    headers: () => Promise<HeaderRule[]>;
    experimental: { serverActions?: { allowedOrigins?: string[] } };
  }
  const loadConfig = async () =>
    ((await import(pathToFileURL(path.resolve("next.config.js")).href)) as { default: LoadedConfig }).default;

  it("next.config.js wires the rules and reads ROLLOUT_ALLOWED_ORIGINS", async () => {
    vi.stubEnv("ROLLOUT_ALLOWED_ORIGINS", "rollout.example.com");
    const config = await loadConfig();
    expect(await config.headers()).toEqual(securityHeaderRules());
    expect(config.experimental.serverActions?.allowedOrigins).toEqual(["rollout.example.com"]);
  });

  it("next.config.js leaves the experimental option off when ROLLOUT_ALLOWED_ORIGINS is unset", async () => {
    vi.stubEnv("ROLLOUT_ALLOWED_ORIGINS", undefined);
    expect((await loadConfig()).experimental.serverActions).toBeUndefined();
  });
});
