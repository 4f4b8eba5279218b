import { describe, expect, it } from "vitest";
import { simulate } from "../simulation";
import { compareStrategies, compareStrategy } from "./compare-strategies";
import type { FLEET_STRATEGIES } from "./strategies";
import { DEFAULT_FLEET, EB_STRATEGIES, checkFleetParams, configForStrategy } from "./strategies";
import { codeDeployedTo, trafficTestSeconds } from "./timeline-facts";

const byId = (params = DEFAULT_FLEET) =>
  new Map(compareStrategies(EB_STRATEGIES, params).map((row) => [row.id, row] as const));

describe("compareStrategies", () => {
  it("reads AWS's table back out of the engine runs", () => {
    const rows = byId();
    expect(rows.get("eb-all-at-once")?.zeroDowntime).toBe(false);
    expect(rows.get("eb-rolling")?.zeroDowntime).toBe(true);
    expect(rows.get("eb-rolling")?.minimumInService.percentOfDesired).toBe(75);
    expect(rows.get("eb-rolling-additional-batch")?.minimumInService.percentOfDesired).toBe(100);
    expect(rows.get("eb-blue-green")?.dnsChange).toBe(true);
    expect([...rows.values()].filter((r) => r.dnsChange).map((r) => r.id)).toEqual(["eb-blue-green"]);
    expect(rows.get("eb-rolling")?.codeDeployedTo).toBe("existing-instances");
    expect(rows.get("eb-rolling-additional-batch")?.codeDeployedTo).toBe("new-and-existing-instances");
    expect(rows.get("eb-immutable")?.codeDeployedTo).toBe("new-instances");
    expect(rows.get("eb-rolling")?.extraInstanceMinutes).toBe(0);
    expect(rows.get("eb-immutable")?.extraInstanceMinutes).toBeGreaterThan(0);
    expect(rows.get("eb-immutable")?.impact.rollbackPath).toBe("terminate-new-fleet");
    expect(rows.get("eb-rolling")?.impact.rollbackPath).toBe("redeploy");
  });

  it("changes when the fleet size changes", () => {
    const small = byId({ ...DEFAULT_FLEET, instanceCount: 4 });
    const large = byId({ ...DEFAULT_FLEET, instanceCount: 20 });
    expect(small.get("eb-immutable")?.peakRunning).toBe(8);
    expect(large.get("eb-immutable")?.peakRunning).toBe(40);
    expect(small.get("eb-immutable")?.extraInstanceMinutes).not.toBe(large.get("eb-immutable")?.extraInstanceMinutes);
  });

  it("uses the learner's failure for the impact columns", () => {
    const row = compareStrategy("eb-rolling", { ...DEFAULT_FLEET, failure: "instance-dies" });
    expect(row.impact.failure).toBe("instance-dies");
    expect(row.badVersionRollback.path).toBe("redeploy");
  });

  it("is deterministic", () => {
    expect(compareStrategies(EB_STRATEGIES, DEFAULT_FLEET)).toEqual(compareStrategies(EB_STRATEGIES, DEFAULT_FLEET));
  });
});

describe("timeline facts", () => {
  it("finds a deliberate traffic test only where weights, not the fleet, decide the split", () => {
    const seconds = (id: (typeof FLEET_STRATEGIES)[number]) =>
      trafficTestSeconds(simulate(configForStrategy(id, DEFAULT_FLEET), 1));
    expect(seconds("eb-traffic-splitting")).toBeGreaterThanOrEqual(300);
    expect(seconds("codedeploy-ecs-canary")).toBeGreaterThan(0);
    expect(seconds("eb-rolling")).toBe(0);
    expect(seconds("eb-blue-green")).toBe(0);
    expect(seconds("eb-immutable")).toBe(0);
  });

  it("says where the code went", () => {
    const timeline = simulate(configForStrategy("codedeploy-blue-green-ec2", DEFAULT_FLEET), 1);
    expect(codeDeployedTo(timeline)).toBe("new-instances");
  });
});

describe("checkFleetParams", () => {
  it("accepts every strategy on fleets from 1 to 100", () => {
    for (const instanceCount of [1, 2, 8, 100]) {
      expect(checkFleetParams({ ...DEFAULT_FLEET, instanceCount }).ok).toBe(true);
    }
  });

  it("rejects out-of-range input with a message", () => {
    expect(checkFleetParams({ ...DEFAULT_FLEET, instanceCount: 0 })).toEqual({
      ok: false,
      message: expect.stringContaining("Fleet size") as string,
    });
    expect(checkFleetParams({ ...DEFAULT_FLEET, batchPercent: 101 }).ok).toBe(false);
  });
});
