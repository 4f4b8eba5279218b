/** Ready-made scenarios the simulator pages and comparison tables start from. */
import type { Cluster, PlacementConstraint, PlacementStrategy, TaskRequest } from "./placement";
import type { SimulationConfig } from "./types";
import type { RequestStream, SamplingRule } from "./xray";

export type PresetId =
  | "eb-all-at-once"
  | "eb-rolling"
  | "eb-rolling-additional-batch"
  | "eb-immutable"
  | "eb-traffic-splitting"
  | "eb-blue-green"
  | "codedeploy-inplace-all-at-once"
  | "codedeploy-inplace-half-at-a-time"
  | "codedeploy-inplace-one-at-a-time"
  | "codedeploy-blue-green-ec2"
  | "codedeploy-lambda-canary"
  | "codedeploy-lambda-linear"
  | "codedeploy-ecs-canary"
  | "ecs-rolling"
  | "ecs-placement"
  | "xray-sampling";

export interface PlacementScenario {
  cluster: Cluster;
  tasks: TaskRequest[];
  strategy: PlacementStrategy[];
  constraint: PlacementConstraint;
}

export interface SamplingScenario {
  rules: SamplingRule[];
  stream: RequestStream;
}

interface PresetText {
  title: string;
  description: string;
}

export type Preset =
  | (PresetText & { engine: "deployment"; config: SimulationConfig })
  | (PresetText & { engine: "placement"; scenario: PlacementScenario })
  | (PresetText & { engine: "xray-sampling"; scenario: SamplingScenario });

const versions = { fromVersion: "v1", toVersion: "v2" } as const;
const none = { kind: "none" } as const;

function eb(policy: Extract<SimulationConfig, { kind: "elastic-beanstalk" }>["policy"]): SimulationConfig {
  return {
    kind: "elastic-beanstalk",
    environmentType: "load-balanced",
    instanceCount: 8,
    policy,
    failure: none,
    ...versions,
  };
}

function inPlace(
  name: "CodeDeployDefault.AllAtOnce" | "CodeDeployDefault.HalfAtATime" | "CodeDeployDefault.OneAtATime",
): SimulationConfig {
  return {
    kind: "codedeploy-server",
    deploymentType: "in-place",
    instanceCount: 4,
    deploymentConfig: { kind: "predefined", name },
    loadBalancer: "with-load-balancer",
    autoRollback: "rollback-on-failure",
    terminationWaitMinutes: 0,
    failure: none,
    ...versions,
  };
}

const zones = ["us-east-1a", "us-east-1b", "us-east-1c"];

/** Every preset, keyed by id. */
export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  "eb-all-at-once": {
    engine: "deployment",
    title: "Elastic Beanstalk: All at once",
    description: "Fastest, but every instance restarts together: a short outage.",
    config: eb({ kind: "all-at-once" }),
  },
  "eb-rolling": {
    engine: "deployment",
    title: "Elastic Beanstalk: Rolling (25%)",
    description: "Two of eight instances at a time leave the load balancer; capacity dips to 75%.",
    config: eb({ kind: "rolling", batchSizeType: "Percentage", batchSize: 25 }),
  },
  "eb-rolling-additional-batch": {
    engine: "deployment",
    title: "Elastic Beanstalk: Rolling with additional batch",
    description: "An extra batch launches first, so capacity never drops below 100%.",
    config: eb({ kind: "rolling-with-additional-batch", batchSizeType: "Percentage", batchSize: 25 }),
  },
  "eb-immutable": {
    engine: "deployment",
    title: "Elastic Beanstalk: Immutable",
    description: "A temporary Auto Scaling group doubles the fleet, then the old instances go.",
    config: eb({ kind: "immutable" }),
  },
  "eb-traffic-splitting": {
    engine: "deployment",
    title: "Elastic Beanstalk: Traffic splitting",
    description: "A new fleet receives 10% of requests for 5 minutes before taking everything.",
    config: eb({ kind: "traffic-splitting", newVersionPercent: 10, evaluationTimeMinutes: 5 }),
  },
  "eb-blue-green": {
    engine: "deployment",
    title: "Elastic Beanstalk: Blue/green (swap URLs)",
    description: "A cloned environment gets the new version; swapping CNAMEs moves users as DNS caches expire.",
    config: eb({ kind: "blue-green", dnsTtlSeconds: 60, terminateBlueAfterSeconds: 600 }),
  },
  "codedeploy-inplace-all-at-once": {
    engine: "deployment",
    title: "CodeDeploy in-place: AllAtOnce",
    description: "Minimum healthy hosts 0: every instance goes through the lifecycle at once.",
    config: inPlace("CodeDeployDefault.AllAtOnce"),
  },
  "codedeploy-inplace-half-at-a-time": {
    engine: "deployment",
    title: "CodeDeploy in-place: HalfAtATime",
    description: "Half the instances (rounded down) at a time; half must stay healthy.",
    config: inPlace("CodeDeployDefault.HalfAtATime"),
  },
  "codedeploy-inplace-one-at-a-time": {
    engine: "deployment",
    title: "CodeDeploy in-place: OneAtATime",
    description: "One instance at a time, with every lifecycle event shown in order.",
    config: inPlace("CodeDeployDefault.OneAtATime"),
  },
  "codedeploy-blue-green-ec2": {
    engine: "deployment",
    title: "CodeDeploy blue/green on EC2",
    description: "Replacement instances, traffic rerouting, then the originals are terminated after the wait time.",
    config: {
      kind: "codedeploy-server",
      deploymentType: "blue-green",
      instanceCount: 4,
      deploymentConfig: { kind: "predefined", name: "CodeDeployDefault.AllAtOnce" },
      loadBalancer: "with-load-balancer",
      autoRollback: "rollback-on-failure",
      terminationWaitMinutes: 60,
      failure: none,
      ...versions,
    },
  },
  "codedeploy-lambda-canary": {
    engine: "deployment",
    title: "CodeDeploy Lambda: Canary 10% for 5 minutes",
    description: "10% of invocations go to the new version, then the other 90% five minutes later.",
    config: {
      kind: "codedeploy-lambda",
      deploymentConfigName: "CodeDeployDefault.LambdaCanary10Percent5Minutes",
      autoRollback: "rollback-on-failure",
      failure: none,
      ...versions,
    },
  },
  "codedeploy-lambda-linear": {
    engine: "deployment",
    title: "CodeDeploy Lambda: Linear 10% every minute",
    description: "Ten equal steps, one per minute.",
    config: {
      kind: "codedeploy-lambda",
      deploymentConfigName: "CodeDeployDefault.LambdaLinear10PercentEvery1Minute",
      autoRollback: "rollback-on-failure",
      failure: none,
      ...versions,
    },
  },
  "codedeploy-ecs-canary": {
    engine: "deployment",
    title: "CodeDeploy ECS blue/green: Canary 10% for 5 minutes",
    description: "A replacement task set takes 10% of production traffic, then all of it.",
    config: {
      kind: "codedeploy-ecs",
      deploymentConfigName: "CodeDeployDefault.ECSCanary10Percent5Minutes",
      taskCount: 4,
      autoRollback: "rollback-on-failure",
      terminationWaitMinutes: 5,
      failure: none,
      ...versions,
    },
  },
  "ecs-rolling": {
    engine: "deployment",
    title: "ECS rolling update (min 50%, max 200%)",
    description: "Four tasks; the scheduler may stop two old tasks while starting four new ones.",
    config: {
      kind: "ecs-rolling",
      desiredCount: 4,
      minimumHealthyPercent: 50,
      maximumPercent: 200,
      circuitBreaker: "enabled-with-rollback",
      failure: none,
      ...versions,
    },
  },
  "ecs-placement": {
    engine: "placement",
    title: "ECS task placement",
    description: "Spread across Availability Zones, then binpack on memory, on six container instances.",
    scenario: {
      cluster: {
        instances: Array.from({ length: 6 }, (_, i) => ({
          id: `ci-${i + 1}`,
          availabilityZone: zones[i % 3] ?? "us-east-1a",
          cpu: 2048,
          memory: 4096,
        })),
      },
      tasks: Array.from({ length: 9 }, (_, i) => ({ id: `task-${i + 1}`, cpu: 256, memory: 512 })),
      strategy: [
        { type: "spread", field: "attribute:ecs.availability-zone" },
        { type: "binpack", field: "memory" },
      ],
      constraint: "none",
    },
  },
  "xray-sampling": {
    engine: "xray-sampling",
    title: "X-Ray sampling rules",
    description: "The default rule (1 request/second + 5%) next to a custom rule for /api/orders/*.",
    scenario: {
      rules: [
        {
          name: "orders",
          priority: 100,
          reservoirSize: 2,
          fixedRate: 0.1,
          serviceName: "*",
          httpMethod: "POST",
          urlPath: "/api/orders/*",
        },
      ],
      stream: {
        requestsPerSecond: 50,
        durationSeconds: 60,
        mix: [
          { serviceName: "shop", method: "GET", path: "/", weight: 3 },
          { serviceName: "shop", method: "POST", path: "/api/orders/42", weight: 1 },
        ],
      },
    },
  },
};

/** Preset ids in display order. */
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];
