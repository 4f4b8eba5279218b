import { describe, expect, it } from "vitest";
import { computeMetrics } from "./metrics";
import { simulate } from "./simulate";
import { finalVersions, lastFrame, makeEb, timedFrames } from "./test-builders";
import { ebBatchSize } from "./eb-in-place";

describe("Elastic Beanstalk all at once", () => {
  const timeline = simulate(makeEb({ kind: "all-at-once" }), 1);
  const metrics = computeMetrics(timeline);

  it("has downtime and a minimum capacity of 0", () => {
    expect(metrics.minimumInService.count).toBe(0);
    expect(metrics.downtimeSeconds).toBeGreaterThan(0);
    expect(metrics.failedRequests).toBeGreaterThan(0);
  });

  it("uses console wording and ends on the new version", () => {
    expect(timeline.events.map((e) => e.text)).toContain("Deploying new version to instance(s).");
    expect(finalVersions(timeline)).toEqual(["v2"]);
    expect(metrics.peakRunning).toBe(8);
  });
});

describe("Elastic Beanstalk rolling", () => {
  it("with 25% batches on 8 instances never has fewer than 6 in service", () => {
    const timeline = simulate(makeEb({ kind: "rolling", batchSizeType: "Percentage", batchSize: 25 }), 1);
    const metrics = computeMetrics(timeline);
    expect(metrics.minimumInService).toEqual({ count: 6, percentOfDesired: 75 });
    expect(metrics.downtimeSeconds).toBe(0);
    expect(metrics.extraInstanceMinutes).toBe(0);
    expect(timeline.events.map((e) => e.text)).toContain("Batch 2: Completed application deployment.");
    expect(timeline.events.filter((e) => e.text.endsWith("Completed application deployment."))).toHaveLength(4);
  });

  it("takes batch size from Fixed or Percentage (rounded up)", () => {
    expect(ebBatchSize("Fixed", 3, 8)).toBe(3);
    expect(ebBatchSize("Percentage", 30, 8)).toBe(3);
    expect(ebBatchSize("Percentage", 1, 8)).toBe(1);
  });

  it("drains each batch for the deregistration delay before installing", () => {
    const timeline = simulate(
      makeEb(
        { kind: "rolling", batchSizeType: "Fixed", batchSize: 2 },
        { timing: { deregistrationDelaySeconds: 120 } },
      ),
      1,
    );
    const draining = timedFrames(timeline).filter((f) => f.instances.some((i) => i.registration === "draining"));
    expect(draining.every((f) => f.durationSeconds === 120)).toBe(true);
    expect(draining).toHaveLength(4);
  });

  it("on health failure stops, then redeploys the previous version", () => {
    const timeline = simulate(
      makeEb(
        { kind: "rolling", batchSizeType: "Percentage", batchSize: 25 },
        { failure: { kind: "health-check-failure" } },
      ),
      1,
    );
    expect(timeline.outcome).toBe("rolled-back");
    expect(timeline.rollback?.path).toBe("redeploy");
    expect(finalVersions(timeline)).toEqual(["v1"]);
  });

  it("simulates a 1,000-instance fleet", () => {
    const timeline = simulate(
      makeEb({ kind: "rolling", batchSizeType: "Percentage", batchSize: 10 }, { instanceCount: 1000 }),
      1,
    );
    const metrics = computeMetrics(timeline);
    expect(metrics.minimumInService.count).toBe(900);
    expect(finalVersions(timeline)).toEqual(["v2"]);
  });
});

describe("Elastic Beanstalk rolling with additional batch", () => {
  it("never drops below 8 of 8 and removes the extra batch at the end", () => {
    const timeline = simulate(
      makeEb({ kind: "rolling-with-additional-batch", batchSizeType: "Percentage", batchSize: 25 }),
      1,
    );
    const metrics = computeMetrics(timeline);
    expect(metrics.minimumInService.count).toBe(8);
    expect(metrics.peakRunning).toBe(10);
    expect(metrics.extraInstanceMinutes).toBeGreaterThan(0);
    expect(lastFrame(timeline).runningCount).toBe(8);
    expect(finalVersions(timeline)).toEqual(["v2"]);
  });
});

describe("Elastic Beanstalk immutable", () => {
  it("doubles the fleet at its peak (16 running for 8) and keeps full capacity", () => {
    const timeline = simulate(makeEb({ kind: "immutable" }), 1);
    const metrics = computeMetrics(timeline);
    expect(metrics.peakRunning).toBe(16);
    expect(metrics.minimumInService.count).toBe(8);
    expect(lastFrame(timeline).instances.every((i) => i.group === "awseb-AutoScalingGroup")).toBe(true);
    expect(finalVersions(timeline)).toEqual(["v2"]);
  });

  it("launches one probe instance before the rest", () => {
    const timeline = simulate(makeEb({ kind: "immutable" }), 1);
    const running = timedFrames(timeline).map((f) => f.runningCount);
    expect(running).toContain(9);
  });

  it("terminates the new instances when they fail health checks, leaving the originals", () => {
    const timeline = simulate(makeEb({ kind: "immutable" }, { failure: { kind: "health-check-failure" } }), 1);
    const metrics = computeMetrics(timeline);
    expect(metrics.rollbackPath).toBe("terminate-new-fleet");
    expect(metrics.minimumInService.count).toBe(8);
    expect(finalVersions(timeline)).toEqual(["v1"]);
  });

  it("is allowed in a single-instance environment", () => {
    const timeline = simulate(
      makeEb({ kind: "immutable" }, { environmentType: "single-instance", instanceCount: 1 }),
      1,
    );
    expect(computeMetrics(timeline).peakRunning).toBe(2);
    expect(finalVersions(timeline)).toEqual(["v2"]);
  });
});

describe("Elastic Beanstalk traffic splitting", () => {
  const config = makeEb(
    { kind: "traffic-splitting", newVersionPercent: 15, evaluationTimeMinutes: 10 },
    { timing: { requestsPerSecond: 500 } },
  );

  it("sends about NewVersionPercent of requests to the new version during evaluation", () => {
    const timeline = simulate(config, 7);
    const evaluation = timedFrames(timeline).filter((f) => f.trafficWeights.v2 === 15);
    const served = evaluation.reduce(
      (acc, f) => ({ v1: acc.v1 + (f.requestsServed.v1 ?? 0), v2: acc.v2 + (f.requestsServed.v2 ?? 0) }),
      { v1: 0, v2: 0 },
    );
    expect(evaluation.reduce((a, f) => a + f.durationSeconds, 0)).toBe(600);
    expect(served.v2 / (served.v1 + served.v2)).toBeGreaterThan(0.14);
    expect(served.v2 / (served.v1 + served.v2)).toBeLessThan(0.16);
  });

  it("shifts traffic back and terminates the new fleet when it turns unhealthy", () => {
    const timeline = simulate({ ...config, failure: { kind: "health-check-failure" } }, 7);
    expect(timeline.rollback?.path).toBe("shift-traffic-back");
    expect(finalVersions(timeline)).toEqual(["v1"]);
    expect(computeMetrics(timeline).downtimeSeconds).toBe(0);
  });
});

describe("Elastic Beanstalk blue/green (CNAME swap)", () => {
  const config = makeEb({ kind: "blue-green", dnsTtlSeconds: 120, terminateBlueAfterSeconds: 600 });

  it("changes DNS, and old clients keep hitting blue until the TTL expires", () => {
    const timeline = simulate(config, 3);
    expect(computeMetrics(timeline).dns).toBe("changed");
    const swapIndex = timeline.frames.findIndex((f) => f.dns.target === "my-app-green");
    const withinTtl = timeline.frames[swapIndex];
    const afterTtl = timeline.frames[swapIndex + 1];
    expect(withinTtl?.durationSeconds).toBe(120);
    expect(withinTtl?.requestsServed.v1 ?? 0).toBeGreaterThan(0);
    expect(withinTtl?.requestsServed.v2 ?? 0).toBeGreaterThan(0);
    expect(afterTtl?.requestsServed.v1 ?? 0).toBe(0);
    expect(finalVersions(timeline)).toEqual(["v2"]);
  });

  it("swaps back when an alarm fires after the swap", () => {
    const timeline = simulate({ ...config, failure: { kind: "alarm", afterSeconds: 400 } }, 3);
    expect(timeline.rollback?.path).toBe("swap-back");
    expect(lastFrame(timeline).dns.target).toBe("my-app-blue");
    expect(finalVersions(timeline)).toEqual(["v1"]);
  });
});

describe("instance dies mid-deployment", () => {
  it("Auto Scaling replaces it and the deployment still ends on one version", () => {
    const timeline = simulate(
      makeEb(
        { kind: "rolling", batchSizeType: "Fixed", batchSize: 2 },
        { failure: { kind: "instance-dies", instanceIndex: 7, afterSeconds: 100 } },
      ),
      1,
    );
    expect(timeline.events.some((e) => e.text.includes("terminated"))).toBe(true);
    expect(lastFrame(timeline).runningCount).toBe(8);
    expect(finalVersions(timeline)).toEqual(["v2"]);
  });
});
