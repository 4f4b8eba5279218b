/** Config builders for the engine's tests (not part of the public API). */
import type {
  CodeDeployEcsConfig,
  CodeDeployLambdaConfig,
  CodeDeployServerConfig,
  EbPolicy,
  ElasticBeanstalkConfig,
  EcsRollingConfig,
  Frame,
  Timeline,
} from "./types";

export function makeEb(policy: EbPolicy, overrides: Partial<ElasticBeanstalkConfig> = {}): ElasticBeanstalkConfig {
  return {
    kind: "elastic-beanstalk",
    environmentType: "load-balanced",
    instanceCount: 8,
    policy,
    failure: { kind: "none" },
    fromVersion: "v1",
    toVersion: "v2",
    ...overrides,
  };
}

export function makeServer(overrides: Partial<CodeDeployServerConfig> = {}): CodeDeployServerConfig {
  return {
    kind: "codedeploy-server",
    deploymentType: "in-place",
    instanceCount: 4,
    deploymentConfig: { kind: "predefined", name: "CodeDeployDefault.OneAtATime" },
    loadBalancer: "with-load-balancer",
    autoRollback: "rollback-on-failure",
    terminationWaitMinutes: 60,
    failure: { kind: "none" },
    fromVersion: "v1",
    toVersion: "v2",
    ...overrides,
  };
}

export function makeLambda(overrides: Partial<CodeDeployLambdaConfig> = {}): CodeDeployLambdaConfig {
  return {
    kind: "codedeploy-lambda",
    deploymentConfigName: "CodeDeployDefault.LambdaCanary10Percent5Minutes",
    autoRollback: "rollback-on-failure",
    failure: { kind: "none" },
    fromVersion: "v1",
    toVersion: "v2",
    ...overrides,
  };
}

export function makeEcsBlueGreen(overrides: Partial<CodeDeployEcsConfig> = {}): CodeDeployEcsConfig {
  return {
    kind: "codedeploy-ecs",
    deploymentConfigName: "CodeDeployDefault.ECSCanary10Percent5Minutes",
    taskCount: 4,
    autoRollback: "rollback-on-failure",
    terminationWaitMinutes: 5,
    failure: { kind: "none" },
    fromVersion: "v1",
    toVersion: "v2",
    ...overrides,
  };
}

export function makeEcsRolling(overrides: Partial<EcsRollingConfig> = {}): EcsRollingConfig {
  return {
    kind: "ecs-rolling",
    desiredCount: 4,
    minimumHealthyPercent: 50,
    maximumPercent: 200,
    circuitBreaker: "enabled-with-rollback",
    failure: { kind: "none" },
    fromVersion: "v1",
    toVersion: "v2",
    ...overrides,
  };
}

/** Frames that last (the final zero-length frame only shows the end state). */
export function timedFrames(timeline: Timeline): Frame[] {
  return timeline.frames.filter((f) => f.durationSeconds > 0);
}

export function lastFrame(timeline: Timeline): Frame {
  const frame = timeline.frames[timeline.frames.length - 1];
  if (frame === undefined) throw new Error("timeline has no frames");
  return frame;
}

export function finalVersions(timeline: Timeline): string[] {
  return [...new Set(lastFrame(timeline).instances.map((i) => i.version))].sort();
}
