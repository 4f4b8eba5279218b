import { describe, expect, it } from "vitest";
import type { StrategyComparison } from "./compare-strategies";
import { compareStrategies } from "./compare-strategies";
import { rankStrategies } from "./rank";
import { DEFAULT_FLEET, EB_STRATEGIES } from "./strategies";

const rows = compareStrategies(EB_STRATEGIES, DEFAULT_FLEET);
const order = (constraints: Parameters<typeof rankStrategies>[1]) =>
  rankStrategies(rows, constraints).map((r) => r.comparison.id);

describe("rankStrategies", () => {
  it("puts traffic splitting first when the learner wants to test with a share of traffic", () => {
    expect(order(["traffic-test"])[0]).toBe("eb-traffic-splitting");
  });

  it("keeps capacity-losing strategies below those that keep full capacity", () => {
    const ranked = rankStrategies(rows, ["no-capacity-loss"]);
    const firstLosing = ranked.findIndex((r) => r.unmet > 0);
    expect(ranked.slice(firstLosing).map((r) => r.comparison.id)).toEqual(
      expect.arrayContaining(["eb-all-at-once", "eb-rolling"]),
    );
    expect(ranked.slice(0, firstLosing).every((r) => r.comparison.minimumInService.percentOfDesired >= 100)).toBe(true);
  });

  it("ranks the cheapest strategies first for lowest cost, and gives the figure as a reason", () => {
    const ranked = rankStrategies(rows, ["lowest-cost", "zero-downtime"]);
    expect(ranked[0]?.comparison.id).toBe("eb-rolling");
    expect(ranked[0]?.reasons.map((r) => r.constraint)).toEqual(["zero-downtime", "lowest-cost"]);
    expect(ranked[0]?.reasons[1]?.text).toMatch(/^0 extra instance-minutes/);
  });

  it("excludes blue/green when no DNS change is allowed", () => {
    const ranked = rankStrategies(rows, ["no-dns-change"]);
    expect(ranked.at(-1)?.comparison.id).toBe("eb-blue-green");
    expect(ranked.at(-1)?.reasons[0]?.met).toBe(false);
  });

  it("follows the metrics, not the names", () => {
    const first = rows[0] as StrategyComparison;
    const fake: StrategyComparison = { ...first, id: "eb-rolling", trafficTestSeconds: 999 };
    const ranked = rankStrategies([first, fake], ["traffic-test"]);
    expect(ranked[0]?.comparison).toBe(fake);
  });

  it("orders by deployment time when nothing is chosen and numbers ranks from 1", () => {
    const ranked = rankStrategies(rows, []);
    expect(ranked.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
    const times = ranked.map((r) => r.comparison.deploySeconds);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
