import { describe, expect, it } from "vitest";
import {
  DEFAULT_SAMPLING_RULE,
  expectedTracedCount,
  generateRequests,
  matchRule,
  matchesWildcard,
  sampleRequests,
} from "./xray";
import type { SamplingRule } from "./xray";

describe("wildcards", () => {
  it("* matches any run and ? exactly one character", () => {
    expect(matchesWildcard("/api/*", "/api/orders/1")).toBe(true);
    expect(matchesWildcard("/api/?", "/api/1")).toBe(true);
    expect(matchesWildcard("/api/?", "/api/12")).toBe(false);
    expect(matchesWildcard("*", "")).toBe(true);
    expect(matchesWildcard("GET", "POST")).toBe(false);
  });
});

describe("X-Ray sampling", () => {
  it("the default rule traces 1 request per second plus 5% of the rest", () => {
    const stream = {
      requestsPerSecond: 100,
      durationSeconds: 600,
      mix: [{ serviceName: "shop", method: "GET", path: "/", weight: 1 }],
    };
    const result = sampleRequests([], generateRequests(stream, 1), 1);
    expect(result.byRule.Default?.reservoir).toBe(600);
    const expected = expectedTracedCount([], stream);
    expect(expected).toBeCloseTo(600 + 0.05 * 99 * 600, 6);
    expect(Math.abs(result.tracedCount - expected) / expected).toBeLessThan(0.05);
  });

  it("matches custom rules by priority before the default", () => {
    const rules: SamplingRule[] = [
      {
        name: "health",
        priority: 1,
        reservoirSize: 0,
        fixedRate: 0,
        serviceName: "*",
        httpMethod: "GET",
        urlPath: "/health",
      },
      {
        name: "api",
        priority: 50,
        reservoirSize: 5,
        fixedRate: 0.5,
        serviceName: "shop*",
        httpMethod: "*",
        urlPath: "/api/*",
      },
      {
        name: "all-get",
        priority: 9000,
        reservoirSize: 0,
        fixedRate: 1,
        serviceName: "*",
        httpMethod: "GET",
        urlPath: "*",
      },
    ];
    expect(matchRule(rules, { time: 0, serviceName: "shop", method: "GET", path: "/health" }).name).toBe("health");
    expect(matchRule(rules, { time: 0, serviceName: "shop-eu", method: "get", path: "/api/cart" }).name).toBe("api");
    expect(matchRule(rules, { time: 0, serviceName: "shop", method: "GET", path: "/about" }).name).toBe("all-get");
    expect(matchRule(rules, { time: 0, serviceName: "shop", method: "POST", path: "/about" })).toEqual(
      DEFAULT_SAMPLING_RULE,
    );
  });

  it("a rule with reservoir 0 and rate 0 traces nothing", () => {
    const rules: SamplingRule[] = [
      { name: "off", priority: 1, reservoirSize: 0, fixedRate: 0, serviceName: "*", httpMethod: "*", urlPath: "*" },
    ];
    const requests = generateRequests(
      { requestsPerSecond: 10, durationSeconds: 10, mix: [{ serviceName: "s", method: "GET", path: "/", weight: 1 }] },
      2,
    );
    expect(sampleRequests(rules, requests, 2).tracedCount).toBe(0);
  });

  it("is deterministic for a seed", () => {
    const requests = generateRequests(
      { requestsPerSecond: 20, durationSeconds: 5, mix: [{ serviceName: "s", method: "GET", path: "/", weight: 1 }] },
      3,
    );
    expect(sampleRequests([], requests, 3)).toEqual(sampleRequests([], requests, 3));
  });
});
