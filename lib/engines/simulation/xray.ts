/**
 * AWS X-Ray sampling: rules matched in priority order on service name, HTTP method and URL path
 * (wildcards `*` and `?`); each rule traces up to `reservoirSize` matching requests per second, then
 * `fixedRate` of the rest. Sources: X-Ray Developer Guide "Configuring sampling rules",
 * API reference "SamplingRule".
 */
import { createRandom } from "./random";

export interface SamplingRule {
  name: string;
  /** 1–9999; lower numbers are evaluated first. The default rule is always last. */
  priority: number;
  reservoirSize: number;
  /** 0–1. */
  fixedRate: number;
  serviceName: string;
  httpMethod: string;
  urlPath: string;
}

/** The default rule: the first request each second, and 5% of any additional requests. */
export const DEFAULT_SAMPLING_RULE: SamplingRule = {
  name: "Default",
  priority: 10000,
  reservoirSize: 1,
  fixedRate: 0.05,
  serviceName: "*",
  httpMethod: "*",
  urlPath: "*",
};

export interface TracedRequest {
  /** Seconds since the stream started. */
  time: number;
  serviceName: string;
  method: string;
  path: string;
}

export type SamplingReason = "reservoir" | "fixed-rate" | "not-sampled";

export interface SamplingDecision {
  request: TracedRequest;
  rule: string;
  reason: SamplingReason;
}

export interface RuleTally {
  matched: number;
  reservoir: number;
  fixedRate: number;
}

export interface SamplingResult {
  decisions: SamplingDecision[];
  tracedCount: number;
  byRule: Record<string, RuleTally>;
}

/** Glob match where `*` is any run of characters and `?` exactly one. */
export function matchesWildcard(pattern: string, value: string): boolean {
  let p = 0;
  let v = 0;
  let star = -1;
  let mark = 0;
  while (v < value.length) {
    if (p < pattern.length && (pattern[p] === "?" || pattern[p] === value[v])) {
      p += 1;
      v += 1;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p;
      mark = v;
      p += 1;
    } else if (star !== -1) {
      p = star + 1;
      mark += 1;
      v = mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === "*") p += 1;
  return p === pattern.length;
}

/** Rules in evaluation order, with the default rule appended if missing. */
export function orderRules(rules: readonly SamplingRule[]): SamplingRule[] {
  const all = rules.some((r) => r.name === DEFAULT_SAMPLING_RULE.name) ? [...rules] : [...rules, DEFAULT_SAMPLING_RULE];
  return all.sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name));
}

/** The first rule (by priority) whose service name, method and path all match. */
export function matchRule(rules: readonly SamplingRule[], request: TracedRequest): SamplingRule {
  const found = orderRules(rules).find(
    (r) =>
      matchesWildcard(r.serviceName, request.serviceName) &&
      matchesWildcard(r.httpMethod.toUpperCase(), request.method.toUpperCase()) &&
      matchesWildcard(r.urlPath, request.path),
  );
  return found ?? DEFAULT_SAMPLING_RULE;
}

/** Decides which requests are traced. Requests must be sorted by time. */
export function sampleRequests(
  rules: readonly SamplingRule[],
  requests: readonly TracedRequest[],
  seed: number,
): SamplingResult {
  const random = createRandom(seed);
  const usedThisSecond = new Map<string, { second: number; used: number }>();
  const byRule: Record<string, RuleTally> = {};
  const decisions = requests.map((request): SamplingDecision => {
    const rule = matchRule(rules, request);
    const tally = (byRule[rule.name] ??= { matched: 0, reservoir: 0, fixedRate: 0 });
    tally.matched += 1;
    const second = Math.floor(request.time);
    const bucket = usedThisSecond.get(rule.name);
    const used = bucket !== undefined && bucket.second === second ? bucket.used : 0;
    if (used < rule.reservoirSize) {
      usedThisSecond.set(rule.name, { second, used: used + 1 });
      tally.reservoir += 1;
      return { request, rule: rule.name, reason: "reservoir" };
    }
    if (random.next() < rule.fixedRate) {
      tally.fixedRate += 1;
      return { request, rule: rule.name, reason: "fixed-rate" };
    }
    return { request, rule: rule.name, reason: "not-sampled" };
  });
  return { decisions, tracedCount: decisions.filter((d) => d.reason !== "not-sampled").length, byRule };
}

export interface RequestMix {
  serviceName: string;
  method: string;
  path: string;
  /** Relative share of the stream. */
  weight: number;
}

export interface RequestStream {
  requestsPerSecond: number;
  durationSeconds: number;
  mix: RequestMix[];
}

/** Builds an evenly spaced request stream whose paths follow the mix (seeded). */
export function generateRequests(stream: RequestStream, seed: number): TracedRequest[] {
  const random = createRandom(seed);
  const total = Math.round(stream.requestsPerSecond * stream.durationSeconds);
  const weightSum = stream.mix.reduce((a, m) => a + m.weight, 0);
  const out: TracedRequest[] = [];
  for (let i = 0; i < total; i += 1) {
    let pick = random.next() * weightSum;
    const entry = stream.mix.find((m) => (pick -= m.weight) < 0) ?? stream.mix[stream.mix.length - 1];
    if (entry === undefined) break;
    out.push({
      time: i / stream.requestsPerSecond,
      serviceName: entry.serviceName,
      method: entry.method,
      path: entry.path,
    });
  }
  return out;
}

/** Expected traces for one rule over whole seconds: min(reservoir, n) + fixedRate × max(0, n − reservoir) per second. */
export function expectedTracesPerSecond(rule: SamplingRule, matchingPerSecond: number): number {
  const reservoir = Math.min(rule.reservoirSize, matchingPerSecond);
  return reservoir + rule.fixedRate * Math.max(0, matchingPerSecond - rule.reservoirSize);
}

/** Expected traced requests for a stream whose rate is spread over its mix. */
export function expectedTracedCount(rules: readonly SamplingRule[], stream: RequestStream): number {
  const weightSum = stream.mix.reduce((a, m) => a + m.weight, 0);
  const perRule = new Map<string, { rule: SamplingRule; rate: number }>();
  for (const m of stream.mix) {
    const rule = matchRule(rules, { time: 0, serviceName: m.serviceName, method: m.method, path: m.path });
    const entry = perRule.get(rule.name) ?? { rule, rate: 0 };
    entry.rate += weightSum === 0 ? 0 : (stream.requestsPerSecond * m.weight) / weightSum;
    perRule.set(rule.name, entry);
  }
  let total = 0;
  for (const { rule, rate } of perRule.values()) total += expectedTracesPerSecond(rule, rate) * stream.durationSeconds;
  return total;
}
