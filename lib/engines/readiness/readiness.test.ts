import { describe, expect, it } from "vitest";
import type { ExamDomain } from "../taxonomy";
import { estimateReadiness, type Evidence } from "./index";

const weights: Record<ExamDomain, number> = { D1: 0.32, D2: 0.26, D3: 0.24, D4: 0.18 };
const now = new Date("2026-06-01T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

/** A synthetic learner: `count` answers per listed domain, right with the given share. */
function learner(profile: Partial<Record<ExamDomain, number>>, count: number, age = 1): Evidence[] {
  return Object.entries(profile).flatMap(([domain, share]) =>
    Array.from({ length: count }, (_, i) => ({
      domain: domain as ExamDomain,
      difficulty: "medium" as const,
      correct: i < Math.round((share ?? 0) * count),
      answeredAt: daysAgo(age),
      retrievability: null,
    })),
  );
}

describe("estimateReadiness", () => {
  it("starts at a coin flip with a wide band when there is no evidence", () => {
    const { overall } = estimateReadiness([], weights, 720, now);
    expect(overall.scaled).toBe(550);
    expect(overall.high - overall.low).toBeGreaterThan(250);
    expect(overall.passProbability).toBeLessThan(0.25);
  });

  it("narrows the band as evidence grows", () => {
    const width = (n: number) => {
      const { overall } = estimateReadiness(learner({ D1: 0.8, D2: 0.8, D3: 0.8, D4: 0.8 }, n), weights, 720, now);
      return overall.high - overall.low;
    };
    expect(width(5)).toBeGreaterThan(width(20));
    expect(width(20)).toBeGreaterThan(width(80));
  });

  it("does not predict a pass for a learner strong in D3 only", () => {
    const readiness = estimateReadiness(learner({ D3: 0.95 }, 60), weights, 720, now);
    expect(readiness.byDomain.D3.scaled).toBeGreaterThan(850);
    expect(readiness.overall.scaled).toBeLessThan(720);
    expect(readiness.overall.passProbability).toBeLessThan(0.5);
  });

  it("predicts a pass for a learner strong everywhere, with a band above the pass mark", () => {
    const { overall } = estimateReadiness(learner({ D1: 0.9, D2: 0.9, D3: 0.9, D4: 0.9 }, 60), weights, 720, now);
    expect(overall.scaled).toBeGreaterThan(800);
    expect(overall.low).toBeGreaterThan(720);
    expect(overall.passProbability).toBeGreaterThan(0.9);
  });

  it("lets old evidence and forgotten answers count for less", () => {
    const fresh = estimateReadiness(learner({ D1: 1, D2: 1, D3: 1, D4: 1 }, 30, 1), weights, 720, now).overall;
    const stale = estimateReadiness(learner({ D1: 1, D2: 1, D3: 1, D4: 1 }, 30, 120), weights, 720, now).overall;
    expect(stale.evidence).toBeLessThan(fresh.evidence);
    expect(stale.high - stale.low).toBeGreaterThan(fresh.high - fresh.low);
    const forgotten = learner({ D1: 1, D2: 1, D3: 1, D4: 1 }, 30).map((e) => ({ ...e, retrievability: 0.5 }));
    expect(estimateReadiness(forgotten, weights, 720, now).overall.scaled).toBeLessThan(fresh.scaled);
  });

  it("weights domains by the blueprint", () => {
    const strongD1 = estimateReadiness(learner({ D1: 1 }, 40), weights, 720, now).overall.scaled;
    const strongD4 = estimateReadiness(learner({ D4: 1 }, 40), weights, 720, now).overall.scaled;
    expect(strongD1).toBeGreaterThan(strongD4);
  });
});
