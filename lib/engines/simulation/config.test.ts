import { describe, expect, it } from "vitest";
import { computeMetrics } from "./metrics";
import { PRESETS, PRESET_IDS } from "./presets";
import { placeTasks } from "./placement";
import { SimulationConfigError, createRun, simulate, step } from "./simulate";
import { makeEb, makeEcsRolling, makeLambda, makeServer } from "./test-builders";
import { configFromSearchParams, configToSearchParams } from "./url";
import { allowedPolicies, validateConfig } from "./validate";
import { sampleRequests, generateRequests } from "./xray";

describe("allowedPolicies", () => {
  it("single-instance environments allow only all at once and immutable", () => {
    expect(allowedPolicies("single-instance")).toEqual(["all-at-once", "immutable"]);
    expect(allowedPolicies("load-balanced")).toEqual([
      "all-at-once",
      "rolling",
      "rolling-with-additional-batch",
      "immutable",
      "traffic-splitting",
    ]);
  });
});

describe("validateConfig", () => {
  const errorsOf = (config: Parameters<typeof validateConfig>[0]) => {
    const result = validateConfig(config);
    return result.ok ? [] : result.errors.map((e) => e.field);
  };

  it("rejects rolling, additional batch and traffic splitting without a load balancer", () => {
    for (const policy of [
      { kind: "rolling", batchSizeType: "Fixed", batchSize: 1 },
      { kind: "rolling-with-additional-batch", batchSizeType: "Fixed", batchSize: 1 },
      { kind: "traffic-splitting", newVersionPercent: 10, evaluationTimeMinutes: 5 },
    ] as const) {
      expect(errorsOf(makeEb(policy, { environmentType: "single-instance", instanceCount: 1 }))).toContain(
        "policy.kind",
      );
    }
  });

  it("rejects out-of-range batch sizes, traffic percentages and evaluation times", () => {
    expect(errorsOf(makeEb({ kind: "rolling", batchSizeType: "Percentage", batchSize: 0 }))).toContain(
      "policy.batchSize",
    );
    expect(errorsOf(makeEb({ kind: "rolling", batchSizeType: "Fixed", batchSize: 9 }))).toContain("policy.batchSize");
    expect(errorsOf(makeEb({ kind: "traffic-splitting", newVersionPercent: 0, evaluationTimeMinutes: 2 }))).toEqual([
      "policy.newVersionPercent",
      "policy.evaluationTimeMinutes",
    ]);
  });

  it("rejects hooks that do not exist on the platform", () => {
    expect(
      errorsOf(makeLambda({ failure: { kind: "hook-failure", hook: "BeforeInstall", outcome: "script-fails" } })),
    ).toContain("failure.hook");
    expect(
      errorsOf(
        makeServer({
          loadBalancer: "without-load-balancer",
          failure: { kind: "hook-failure", hook: "BeforeBlockTraffic", outcome: "times-out" },
        }),
      ),
    ).toContain("failure.hook");
  });

  it("rejects EC2 blue/green without a load balancer and ECS bounds that cannot progress", () => {
    expect(errorsOf(makeServer({ deploymentType: "blue-green", loadBalancer: "without-load-balancer" }))).toContain(
      "loadBalancer",
    );
    expect(errorsOf(makeEcsRolling({ desiredCount: 2, minimumHealthyPercent: 75, maximumPercent: 100 }))).toContain(
      "maximumPercent",
    );
  });

  it("simulate throws a named error for invalid configs", () => {
    expect(() => simulate(makeEb({ kind: "rolling", batchSizeType: "Fixed", batchSize: 0 }), 1)).toThrow(
      SimulationConfigError,
    );
  });
});

describe("URL round trip", () => {
  it("encodes and decodes every preset config with its seed", () => {
    for (const preset of Object.values(PRESETS)) {
      if (preset.engine !== "deployment") continue;
      const params = configToSearchParams(preset.config, 42);
      const decoded = configFromSearchParams(new URLSearchParams(params.toString()));
      expect(decoded).toEqual({ ok: true, config: preset.config, seed: 42 });
    }
  });

  it("returns clear errors for bad input", () => {
    const bad = configFromSearchParams(
      new URLSearchParams(
        "kind=elastic-beanstalk&environmentType=single-instance&instanceCount=abc&policy.kind=rolling&seed=x",
      ),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toContain("seed");
    const unknownKind = configFromSearchParams(new URLSearchParams("kind=kubernetes"));
    expect(unknownKind.ok).toBe(false);
    if (!unknownKind.ok) expect(unknownKind.errors[0]?.message).toContain("must be one of");
    const parsed = configFromSearchParams(
      new URLSearchParams(
        "kind=elastic-beanstalk&environmentType=load-balanced&instanceCount=abc&policy.kind=immutable",
      ),
    );
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { field: "instanceCount", message: 'must be a number (got "abc").' },
    ]);
  });

  it("rejects prototype-polluting keys", () => {
    const result = configFromSearchParams(new URLSearchParams("__proto__.polluted=1&kind=ecs-rolling&desiredCount=2"));
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("presets", () => {
  it("has exactly the documented ids", () => {
    expect(PRESET_IDS.sort()).toEqual([
      "codedeploy-blue-green-ec2",
      "codedeploy-ecs-canary",
      "codedeploy-inplace-all-at-once",
      "codedeploy-inplace-half-at-a-time",
      "codedeploy-inplace-one-at-a-time",
      "codedeploy-lambda-canary",
      "codedeploy-lambda-linear",
      "eb-all-at-once",
      "eb-blue-green",
      "eb-immutable",
      "eb-rolling",
      "eb-rolling-additional-batch",
      "eb-traffic-splitting",
      "ecs-placement",
      "ecs-rolling",
      "xray-sampling",
    ]);
  });

  it("every preset runs", () => {
    for (const preset of Object.values(PRESETS)) {
      if (preset.engine === "deployment") expect(computeMetrics(simulate(preset.config, 1)).outcome).toBe("succeeded");
      if (preset.engine === "placement")
        expect(
          placeTasks(
            preset.scenario.cluster,
            preset.scenario.tasks,
            preset.scenario.strategy,
            1,
            preset.scenario.constraint,
          ).unplaced,
        ).toBe(0);
      if (preset.engine === "xray-sampling")
        expect(
          sampleRequests(preset.scenario.rules, generateRequests(preset.scenario.stream, 1), 1).tracedCount,
        ).toBeGreaterThan(0);
    }
  });
});

describe("createRun / step", () => {
  it("steps through every frame, then reports finished", () => {
    let run = createRun(makeEb({ kind: "rolling", batchSizeType: "Percentage", batchSize: 50 }), 1);
    const seen: number[] = [];
    let eventCount = 0;
    for (;;) {
      const result = step(run);
      if (result.frame === null) break;
      seen.push(result.frame.index);
      eventCount += result.events.length;
      run = result.run;
    }
    expect(seen).toHaveLength(run.timeline.frames.length);
    expect(eventCount).toBe(run.timeline.events.length);
    expect(step(run).status).toBe("finished");
  });
});
