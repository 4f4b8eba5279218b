/**
 * Public types of the deployment simulation engine.
 * Configs are plain data (serialisable to URLs); timelines are plain data (renderable as-is).
 */

/** Durations shared by every platform, in seconds unless the name says otherwise. */
export interface Timing {
  /** Time for a new EC2 instance / ECS task to boot before health checks start. */
  launchSeconds: number;
  /** Time to install the application bundle on one instance (EB in-place deploy). */
  deploySeconds: number;
  /** Load balancer health check interval. */
  healthCheckIntervalSeconds: number;
  /** Consecutive successful checks before a target counts as healthy. */
  healthyThresholdCount: number;
  /** Target group deregistration delay (connection draining). AWS default: 300. */
  deregistrationDelaySeconds: number;
  /** Requests per second arriving at the application. */
  requestsPerSecond: number;
  /** Seconds a CodeDeploy script hook runs (scriptable lifecycle events). */
  hookSeconds: number;
  /** AppSpec hook `timeout`; a hook that hangs fails after this. AWS default and maximum: 3600. */
  hookTimeoutSeconds: number;
  /** Elastic Beanstalk command timeout: a batch that is not healthy by then fails. EB default: 600. */
  commandTimeoutSeconds: number;
}

/** Something going wrong on purpose, to show how each platform reacts. */
export type FailureInjection =
  | { kind: "none" }
  /** Every instance/task running the new version fails its health checks. */
  | { kind: "health-check-failure" }
  /** A CodeDeploy lifecycle hook script exits non-zero or runs past its timeout. */
  | { kind: "hook-failure"; hook: string; outcome: HookFailureOutcome }
  /** A CloudWatch alarm goes into ALARM this many seconds after the deployment starts. */
  | { kind: "alarm"; afterSeconds: number }
  /** The instance at this index (0-based, original fleet) is lost this many seconds in. */
  | { kind: "instance-dies"; instanceIndex: number; afterSeconds: number };

export type HookFailureOutcome = "script-fails" | "times-out";

export type FailureKind = FailureInjection["kind"];

/** Elastic Beanstalk environment tier shape. */
export type EnvironmentType = "single-instance" | "load-balanced";

export type EbBatchSizeType = "Percentage" | "Fixed";

/** Elastic Beanstalk deployment policies (`aws:elasticbeanstalk:command` DeploymentPolicy, plus CNAME swap). */
export type EbPolicy =
  | { kind: "all-at-once" }
  | { kind: "rolling"; batchSizeType: EbBatchSizeType; batchSize: number }
  | { kind: "rolling-with-additional-batch"; batchSizeType: EbBatchSizeType; batchSize: number }
  | { kind: "immutable" }
  | { kind: "traffic-splitting"; newVersionPercent: number; evaluationTimeMinutes: number }
  | { kind: "blue-green"; dnsTtlSeconds: number; terminateBlueAfterSeconds: number };

export type EbPolicyKind = EbPolicy["kind"];

/** Which two application versions a run moves between. */
export interface VersionPair {
  fromVersion: string;
  toVersion: string;
}

export interface ElasticBeanstalkConfig extends VersionPair {
  kind: "elastic-beanstalk";
  environmentType: EnvironmentType;
  instanceCount: number;
  policy: EbPolicy;
  failure: FailureInjection;
  timing?: Partial<Timing>;
}

export type MinimumHealthyHostsType = "HOST_COUNT" | "FLEET_PERCENT";

/** CodeDeploy EC2/On-premises deployment configuration. */
export type ServerDeploymentConfig =
  | { kind: "predefined"; name: PredefinedServerConfigName }
  | { kind: "custom"; type: MinimumHealthyHostsType; value: number };

export type PredefinedServerConfigName =
  "CodeDeployDefault.AllAtOnce" | "CodeDeployDefault.HalfAtATime" | "CodeDeployDefault.OneAtATime";

export type LoadBalancerMode = "with-load-balancer" | "without-load-balancer";

export type RollbackSetting = "rollback-on-failure" | "no-rollback";

export type ServerDeploymentType = "in-place" | "blue-green";

export interface CodeDeployServerConfig extends VersionPair {
  kind: "codedeploy-server";
  deploymentType: ServerDeploymentType;
  instanceCount: number;
  deploymentConfig: ServerDeploymentConfig;
  loadBalancer: LoadBalancerMode;
  autoRollback: RollbackSetting;
  /** Blue/green only: wait after rerouting before original instances are terminated (0–2880). */
  terminationWaitMinutes: number;
  failure: FailureInjection;
  timing?: Partial<Timing>;
}

/** Canary / linear / all-at-once traffic shifting as CodeDeploy defines it. */
export type TrafficShift =
  | { kind: "canary"; percent: number; intervalMinutes: number }
  | { kind: "linear"; percent: number; intervalMinutes: number }
  | { kind: "all-at-once" };

export interface CodeDeployLambdaConfig extends VersionPair {
  kind: "codedeploy-lambda";
  /** A predefined name such as `CodeDeployDefault.LambdaCanary10Percent5Minutes`. */
  deploymentConfigName: string;
  autoRollback: RollbackSetting;
  failure: FailureInjection;
  timing?: Partial<Timing>;
}

export interface CodeDeployEcsConfig extends VersionPair {
  kind: "codedeploy-ecs";
  /** A predefined name such as `CodeDeployDefault.ECSCanary10Percent5Minutes`. */
  deploymentConfigName: string;
  taskCount: number;
  autoRollback: RollbackSetting;
  terminationWaitMinutes: number;
  failure: FailureInjection;
  timing?: Partial<Timing>;
}

export type CircuitBreakerSetting = "disabled" | "enabled" | "enabled-with-rollback";

export interface EcsRollingConfig extends VersionPair {
  kind: "ecs-rolling";
  desiredCount: number;
  minimumHealthyPercent: number;
  maximumPercent: number;
  circuitBreaker: CircuitBreakerSetting;
  failure: FailureInjection;
  timing?: Partial<Timing>;
}

/** Everything `simulate` can run. */
export type SimulationConfig =
  ElasticBeanstalkConfig | CodeDeployServerConfig | CodeDeployLambdaConfig | CodeDeployEcsConfig | EcsRollingConfig;

export type PlatformKind = SimulationConfig["kind"];

// ---------------------------------------------------------------- timeline

export type InstanceLifecycle = "launching" | "running" | "updating" | "stopped";
export type InstanceHealth = "healthy" | "unhealthy" | "checking";
/** Target state in the load balancer's target group (`not-registered` also for no-LB setups). */
export type LbRegistration = "not-registered" | "initial" | "registered" | "draining";

/** One instance, task or Lambda version as the UI draws it in a frame. */
export interface InstanceView {
  id: string;
  /** Auto Scaling group, environment, task set or function alias the instance belongs to. */
  group: string;
  version: string;
  health: InstanceHealth;
  lifecycle: InstanceLifecycle;
  registration: LbRegistration;
  /** Receives new requests in this frame. */
  inService: boolean;
  /** CodeDeploy lifecycle event running on it, if any. */
  lifecycleEvent: string | null;
}

/** The state of the world during [time, time + durationSeconds). */
export interface Frame {
  index: number;
  time: number;
  durationSeconds: number;
  /** Read-only: an unchanged instance is the same object in consecutive frames (see README, Frames). */
  instances: InstanceView[];
  currentBatch: { label: string; instanceIds: string[] } | null;
  /** Percent of new requests each version receives in this frame (sums to 100 unless nothing serves). */
  trafficWeights: Record<string, number>;
  dns: { record: string; target: string };
  /** Requests served per version during this frame's interval. */
  requestsServed: Record<string, number>;
  failedRequests: number;
  runningCount: number;
  inServiceCount: number;
}

export type EventSeverity = "info" | "warn" | "error";

export interface SimEvent {
  time: number;
  severity: EventSeverity;
  /** Wording as the AWS console or API shows it. */
  text: string;
  /** Plain-language explanation for learners. */
  narration: string;
}

export type LifecycleEventStatus = "Succeeded" | "Failed" | "Skipped";

export interface LifecycleLogEntry {
  time: number;
  deploymentId: string;
  instanceId: string;
  event: string;
  status: LifecycleEventStatus;
}

export type RollbackPath = "redeploy" | "terminate-new-fleet" | "swap-back" | "shift-traffic-back" | "none";

export type DeploymentOutcome = "succeeded" | "failed" | "rolled-back";

export interface RollbackRecord {
  path: RollbackPath;
  startedAt: number;
  completedAt: number;
}

export interface Timeline {
  config: SimulationConfig;
  seed: number;
  /** The fleet size the policy is measured against (desired capacity). */
  desiredCount: number;
  frames: Frame[];
  events: SimEvent[];
  lifecycleLog: LifecycleLogEntry[];
  outcome: DeploymentOutcome;
  rollback: RollbackRecord | null;
}
