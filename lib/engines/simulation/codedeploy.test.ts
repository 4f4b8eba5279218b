import { describe, expect, it } from "vitest";
import { minimumHealthyHosts, planServerDeployment, trafficShiftSchedule } from "./codedeploy-configs";
import { LIFECYCLE_EVENT_ORDER, scriptableHooks } from "./hooks";
import { computeMetrics } from "./metrics";
import { simulate } from "./simulate";
import { finalVersions, lastFrame, makeEcsBlueGreen, makeLambda, makeServer, timedFrames } from "./test-builders";
import type { Timeline } from "./types";

function eventsFor(timeline: Timeline, instanceId: string, deploymentId = "d-1"): string[] {
  return timeline.lifecycleLog
    .filter((e) => e.instanceId === instanceId && e.deploymentId === deploymentId)
    .map((e) => e.event);
}

const WITH_LB = [
  "BeforeBlockTraffic",
  "BlockTraffic",
  "AfterBlockTraffic",
  "ApplicationStop",
  "DownloadBundle",
  "BeforeInstall",
  "Install",
  "AfterInstall",
  "ApplicationStart",
  "ValidateService",
  "BeforeAllowTraffic",
  "AllowTraffic",
  "AfterAllowTraffic",
];

describe("hook order as data", () => {
  it("matches the documented run order per platform", () => {
    expect(LIFECYCLE_EVENT_ORDER["server-in-place-with-load-balancer"].map((e) => e.name)).toEqual(WITH_LB);
    expect(LIFECYCLE_EVENT_ORDER["server-in-place-without-load-balancer"].map((e) => e.name)).toEqual(
      WITH_LB.slice(3, 10),
    );
    expect(scriptableHooks("lambda")).toEqual(["BeforeAllowTraffic", "AfterAllowTraffic"]);
    expect(scriptableHooks("ecs")).toEqual([
      "BeforeInstall",
      "AfterInstall",
      "AfterAllowTestTraffic",
      "BeforeAllowTraffic",
      "AfterAllowTraffic",
    ]);
    expect(LIFECYCLE_EVENT_ORDER["server-blue-green-original"].map((e) => e.name)).toEqual([
      "BeforeBlockTraffic",
      "BlockTraffic",
      "AfterBlockTraffic",
    ]);
  });
});

describe("minimum healthy hosts arithmetic", () => {
  it("follows the documented nine-instance examples", () => {
    expect(planServerDeployment({ kind: "custom", type: "HOST_COUNT", value: 6 }, 9).concurrency).toBe(3);
    expect(planServerDeployment({ kind: "custom", type: "FLEET_PERCENT", value: 40 }, 9).concurrency).toBe(5);
    expect(planServerDeployment({ kind: "predefined", name: "CodeDeployDefault.HalfAtATime" }, 9).concurrency).toBe(4);
    expect(minimumHealthyHosts({ kind: "predefined", name: "CodeDeployDefault.AllAtOnce" }, 9)).toBe(0);
    expect(planServerDeployment({ kind: "custom", type: "FLEET_PERCENT", value: 95 }, 10).feasibility).toBe(
      "fails-immediately",
    );
  });
});

describe("CodeDeploy in-place", () => {
  it("runs every lifecycle event in order on each instance (with a load balancer)", () => {
    const timeline = simulate(makeServer(), 1);
    for (const id of ["i-0001", "i-0002", "i-0003", "i-0004"]) expect(eventsFor(timeline, id)).toEqual(WITH_LB);
    expect(timeline.outcome).toBe("succeeded");
  });

  it("runs only the seven install events without a load balancer", () => {
    const timeline = simulate(makeServer({ loadBalancer: "without-load-balancer" }), 1);
    expect(eventsFor(timeline, "i-0001")).toEqual(WITH_LB.slice(3, 10));
  });

  it("OneAtATime updates one instance at a time", () => {
    const timeline = simulate(makeServer(), 1);
    for (const frame of timedFrames(timeline)) {
      expect(frame.instances.filter((i) => i.lifecycleEvent !== null).length).toBeLessThanOrEqual(1);
    }
    expect(computeMetrics(timeline).minimumInService.count).toBe(3);
  });

  it("HalfAtATime updates two of four at a time", () => {
    const timeline = simulate(
      makeServer({ deploymentConfig: { kind: "predefined", name: "CodeDeployDefault.HalfAtATime" } }),
      1,
    );
    const busy = timedFrames(timeline).map((f) => f.instances.filter((i) => i.lifecycleEvent !== null).length);
    expect(Math.max(...busy)).toBe(2);
    expect(computeMetrics(timeline).minimumInService.count).toBe(2);
  });

  it("AllAtOnce takes every instance out at once", () => {
    const timeline = simulate(
      makeServer({ deploymentConfig: { kind: "predefined", name: "CodeDeployDefault.AllAtOnce" } }),
      1,
    );
    expect(computeMetrics(timeline).minimumInService.count).toBe(0);
  });

  it("a failing hook triggers rollback as a NEW deployment ending on the old revision", () => {
    const timeline = simulate(
      makeServer({ failure: { kind: "hook-failure", hook: "AfterInstall", outcome: "script-fails" } }),
      1,
    );
    expect(timeline.outcome).toBe("rolled-back");
    expect(timeline.rollback?.path).toBe("redeploy");
    expect(timeline.events.some((e) => e.text.startsWith("Deployment d-2 created"))).toBe(true);
    expect(timeline.lifecycleLog.find((e) => e.status === "Failed")?.event).toBe("AfterInstall");
    expect(eventsFor(timeline, "i-0001", "d-2")).toEqual(WITH_LB);
    expect(finalVersions(timeline)).toEqual(["v1"]);
    expect(lastFrame(timeline).instances.every((i) => i.inService)).toBe(true);
  });

  it("a hook that times out waits for the AppSpec timeout", () => {
    const timeline = simulate(
      makeServer({
        failure: { kind: "hook-failure", hook: "ValidateService", outcome: "times-out" },
        timing: { hookTimeoutSeconds: 900 },
      }),
      1,
    );
    const failedAt = timeline.lifecycleLog.find((e) => e.status === "Failed")?.time ?? 0;
    const started =
      timeline.lifecycleLog.find((e) => e.event === "ApplicationStart" && e.instanceId === "i-0001")?.time ?? 0;
    expect(failedAt - started).toBe(900);
  });

  it("without auto rollback the deployment just fails", () => {
    const timeline = simulate(
      makeServer({ autoRollback: "no-rollback", failure: { kind: "health-check-failure" } }),
      1,
    );
    expect(timeline.outcome).toBe("failed");
    expect(computeMetrics(timeline).rollbackPath).toBe("none");
  });

  it("fails immediately when minimum healthy hosts cannot be met", () => {
    const timeline = simulate(makeServer({ deploymentConfig: { kind: "custom", type: "HOST_COUNT", value: 4 } }), 1);
    expect(timeline.outcome).toBe("failed");
    expect(timeline.lifecycleLog).toHaveLength(0);
    expect(timeline.events.some((e) => e.text.includes("HEALTH_CONSTRAINTS_INVALID"))).toBe(true);
  });

  it("OneAtATime still succeeds when only the last instance fails", () => {
    const timeline = simulate(makeServer({ instanceCount: 1, failure: { kind: "none" } }), 1);
    expect(timeline.outcome).toBe("succeeded");
  });
});

describe("CodeDeploy blue/green on EC2", () => {
  const config = makeServer({
    deploymentType: "blue-green",
    deploymentConfig: { kind: "predefined", name: "CodeDeployDefault.AllAtOnce" },
    terminationWaitMinutes: 30,
  });

  it("deploys replacements, reroutes traffic, and terminates originals after the wait", () => {
    const timeline = simulate(config, 1);
    const metrics = computeMetrics(timeline);
    expect(metrics.peakRunning).toBe(8);
    expect(metrics.minimumInService.count).toBe(4);
    expect(eventsFor(timeline, "i-0005")).toEqual(WITH_LB.slice(3));
    expect(eventsFor(timeline, "i-0001")).toEqual(WITH_LB.slice(0, 3));
    const blockedAt =
      timeline.lifecycleLog.find((e) => e.instanceId === "i-0001" && e.event === "AfterBlockTraffic")?.time ?? 0;
    expect(metrics.totalDurationSeconds - blockedAt).toBe(30 * 60);
    expect(finalVersions(timeline)).toEqual(["v2"]);
  });

  it("an alarm during the wait sends traffic back to the original instances", () => {
    const timeline = simulate({ ...config, failure: { kind: "alarm", afterSeconds: 1200 } }, 1);
    expect(timeline.rollback?.path).toBe("shift-traffic-back");
    expect(finalVersions(timeline)).toEqual(["v1"]);
  });

  it("a replacement failure terminates the new fleet; originals keep serving", () => {
    const timeline = simulate(
      { ...config, failure: { kind: "hook-failure", hook: "BeforeInstall", outcome: "script-fails" } },
      1,
    );
    expect(timeline.rollback?.path).toBe("terminate-new-fleet");
    expect(computeMetrics(timeline).minimumInService.count).toBe(4);
    expect(finalVersions(timeline)).toEqual(["v1"]);
  });
});

describe("CodeDeploy on Lambda", () => {
  it("expands canary and linear configs", () => {
    expect(trafficShiftSchedule({ kind: "canary", percent: 10, intervalMinutes: 5 })).toEqual([
      { atSeconds: 0, percent: 10 },
      { atSeconds: 300, percent: 100 },
    ]);
    expect(trafficShiftSchedule({ kind: "linear", percent: 10, intervalMinutes: 1 })).toHaveLength(10);
  });

  it("canary: 10% for five minutes, then 100%, with both hooks", () => {
    const timeline = simulate(makeLambda({ timing: { requestsPerSecond: 1000 } }), 5);
    const canary = timedFrames(timeline).filter((f) => f.trafficWeights.v2 === 10);
    expect(canary.reduce((a, f) => a + f.durationSeconds, 0)).toBe(300);
    const served = canary.reduce((a, f) => a + (f.requestsServed.v2 ?? 0), 0);
    expect(served / (300 * 1000)).toBeCloseTo(0.1, 2);
    expect(timeline.lifecycleLog.map((e) => e.event)).toEqual([
      "BeforeAllowTraffic",
      "AllowTraffic",
      "AfterAllowTraffic",
    ]);
    expect(lastFrame(timeline).trafficWeights).toEqual({ v1: 0, v2: 100 });
  });

  it("linear 10% every minute reaches 100% after nine minutes", () => {
    const timeline = simulate(
      makeLambda({ deploymentConfigName: "CodeDeployDefault.LambdaLinear10PercentEvery1Minute" }),
      5,
    );
    const full = timeline.frames.find((f) => f.trafficWeights.v2 === 100);
    expect((full?.time ?? 0) - (timeline.frames.find((f) => f.trafficWeights.v2 === 10)?.time ?? 0)).toBe(540);
  });

  it("an alarm during the shift moves traffic back to the old version", () => {
    const timeline = simulate(makeLambda({ failure: { kind: "alarm", afterSeconds: 120 } }), 5);
    expect(timeline.rollback?.path).toBe("shift-traffic-back");
    expect(lastFrame(timeline).trafficWeights).toEqual({ v1: 100, v2: 0 });
  });

  it("a failing BeforeAllowTraffic hook stops before any traffic moves", () => {
    const timeline = simulate(
      makeLambda({ failure: { kind: "hook-failure", hook: "BeforeAllowTraffic", outcome: "script-fails" } }),
      5,
    );
    expect(timeline.outcome).toBe("failed");
    expect(timeline.frames.every((f) => (f.trafficWeights.v2 ?? 0) === 0)).toBe(true);
  });
});

describe("CodeDeploy on ECS (blue/green)", () => {
  it("runs the ECS hooks in order and retires the original task set", () => {
    const timeline = simulate(makeEcsBlueGreen(), 2);
    const hooks = [...new Set(timeline.lifecycleLog.map((e) => e.event))];
    expect(hooks).toEqual([
      "BeforeInstall",
      "Install",
      "AfterInstall",
      "AllowTestTraffic",
      "AfterAllowTestTraffic",
      "BeforeAllowTraffic",
      "AllowTraffic",
      "AfterAllowTraffic",
    ]);
    expect(computeMetrics(timeline).peakRunning).toBe(8);
    expect(finalVersions(timeline)).toEqual(["v2"]);
  });

  it("a failing AfterAllowTraffic hook shifts traffic back", () => {
    const timeline = simulate(
      makeEcsBlueGreen({ failure: { kind: "hook-failure", hook: "AfterAllowTraffic", outcome: "script-fails" } }),
      2,
    );
    expect(timeline.rollback?.path).toBe("shift-traffic-back");
    expect(finalVersions(timeline)).toEqual(["v1"]);
  });
});
