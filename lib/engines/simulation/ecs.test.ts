import { describe, expect, it } from "vitest";
import { circuitBreakerThreshold, ecsTaskBounds } from "./ecs-rolling";
import { computeMetrics } from "./metrics";
import { placeTasks, tasksPerZone } from "./placement";
import type { Cluster } from "./placement";
import { simulate } from "./simulate";
import { finalVersions, makeEcsRolling, timedFrames } from "./test-builders";

describe("ECS rolling update bounds", () => {
  it("rounds minimum healthy up and maximum down", () => {
    expect(ecsTaskBounds(4, 50, 200)).toEqual({ minimumHealthyTasks: 2, maximumTasks: 8 });
    expect(ecsTaskBounds(2, 75, 100)).toEqual({ minimumHealthyTasks: 2, maximumTasks: 2 });
    expect(ecsTaskBounds(3, 100, 125)).toEqual({ minimumHealthyTasks: 3, maximumTasks: 3 });
  });

  it("computes the circuit breaker threshold as clamp(ceil(0.5 × desired), 3, 200)", () => {
    expect(circuitBreakerThreshold(1)).toBe(3);
    expect(circuitBreakerThreshold(25)).toBe(13);
    expect(circuitBreakerThreshold(400)).toBe(200);
    expect(circuitBreakerThreshold(800)).toBe(200);
  });
});

describe("ECS rolling update", () => {
  it("min 50% / max 200% with 4 tasks: never below 2 healthy, never above 8 running", () => {
    const timeline = simulate(makeEcsRolling(), 1);
    const metrics = computeMetrics(timeline);
    expect(metrics.minimumInService.count).toBe(2);
    expect(metrics.peakRunning).toBe(8);
    expect(timedFrames(timeline).every((f) => f.runningCount <= 8 && f.inServiceCount >= 2)).toBe(true);
    expect(finalVersions(timeline)).toEqual(["v2"]);
    expect(timeline.events.at(-1)?.text).toBe("(service my-service) has reached a steady state.");
  });

  it("min 100% / max 200% keeps every task in service", () => {
    const metrics = computeMetrics(simulate(makeEcsRolling({ minimumHealthyPercent: 100 }), 1));
    expect(metrics.minimumInService.count).toBe(4);
  });

  it("min 0% / max 100% stops everything first: downtime", () => {
    const metrics = computeMetrics(simulate(makeEcsRolling({ minimumHealthyPercent: 0, maximumPercent: 100 }), 1));
    expect(metrics.downtimeSeconds).toBeGreaterThan(0);
    expect(metrics.peakRunning).toBe(4);
  });

  it("the circuit breaker fails the deployment and rolls back", () => {
    const timeline = simulate(
      makeEcsRolling({ minimumHealthyPercent: 100, failure: { kind: "health-check-failure" } }),
      1,
    );
    expect(timeline.outcome).toBe("rolled-back");
    expect(timeline.rollback?.path).toBe("redeploy");
    expect(timeline.events.some((e) => e.text.includes("deployment failed: tasks failed to start"))).toBe(true);
    expect(finalVersions(timeline)).toEqual(["v1"]);
    expect(computeMetrics(timeline).minimumInService.count).toBe(4);
  });

  it("the circuit breaker without rollback leaves the deployment FAILED", () => {
    const timeline = simulate(
      makeEcsRolling({ circuitBreaker: "enabled", failure: { kind: "health-check-failure" } }),
      1,
    );
    expect(timeline.outcome).toBe("failed");
  });
});

const cluster: Cluster = {
  instances: [
    { id: "a1", availabilityZone: "az-a", cpu: 2048, memory: 4096 },
    { id: "a2", availabilityZone: "az-a", cpu: 2048, memory: 4096 },
    { id: "b1", availabilityZone: "az-b", cpu: 2048, memory: 4096 },
    { id: "c1", availabilityZone: "az-c", cpu: 2048, memory: 4096 },
  ],
};
const tasks = (n: number, memory = 1024) => Array.from({ length: n }, (_, i) => ({ id: `t${i}`, cpu: 256, memory }));

describe("ECS task placement", () => {
  it("binpack fills one instance before using another", () => {
    const result = placeTasks(cluster, tasks(5), { type: "binpack", field: "memory" }, 1);
    const counts = Object.values(result.tasksPerInstance).sort((a, b) => b - a);
    expect(counts).toEqual([4, 1, 0, 0]);
  });

  it("spread balances tasks across Availability Zones", () => {
    const result = placeTasks(cluster, tasks(6, 256), { type: "spread", field: "attribute:ecs.availability-zone" }, 3);
    expect(tasksPerZone(cluster, result)).toEqual({ "az-a": 2, "az-b": 2, "az-c": 2 });
  });

  it("distinctInstance never puts two tasks on one instance", () => {
    const result = placeTasks(cluster, tasks(6, 256), { type: "random" }, 9, "distinctInstance");
    expect(Object.values(result.tasksPerInstance).every((n) => n <= 1)).toBe(true);
    expect(result.unplaced).toBe(2);
    expect(result.placements.at(-1)?.reason).toContain("distinctInstance");
  });

  it("reports tasks that do not fit", () => {
    const result = placeTasks(cluster, [{ id: "huge", cpu: 4096, memory: 512 }], { type: "random" }, 1);
    expect(result.placements[0]?.instanceId).toBeNull();
  });

  it("is deterministic for a seed", () => {
    expect(placeTasks(cluster, tasks(8, 256), { type: "random" }, 42)).toEqual(
      placeTasks(cluster, tasks(8, 256), { type: "random" }, 42),
    );
  });
});
