/**
 * How controls change a config while staying inside what AWS allows: switching a policy fills
 * in its settings, switching to a single instance drops policies that need a load balancer, and
 * failure choices are only those the engine accepts for this config.
 */
import type {
  EbPolicyKind,
  ElasticBeanstalkConfig,
  EnvironmentType,
  FailureInjection,
  FailureKind,
  SimulationConfig,
} from "@/lib/engines/simulation";
import { allowedFailures, ebStrategies, scriptableHooks, validateConfig } from "@/lib/engines/simulation";

export const EB_POLICY_LABELS: Readonly<Record<EbPolicyKind, string>> = {
  "all-at-once": "All at once",
  rolling: "Rolling",
  "rolling-with-additional-batch": "Rolling with additional batch",
  immutable: "Immutable",
  "traffic-splitting": "Traffic splitting",
  "blue-green": "Blue/green (swap environment URLs)",
};

export const FAILURE_KIND_LABELS: Readonly<Record<FailureKind, string>> = {
  none: "No failure",
  "health-check-failure": "New version fails health checks",
  "hook-failure": "A lifecycle hook fails",
  alarm: "A CloudWatch alarm fires",
  "instance-dies": "An instance dies",
};

/** Switches the EB policy, keeping batch settings between the two rolling policies. */
export function withEbPolicy(config: ElasticBeanstalkConfig, kind: EbPolicyKind): ElasticBeanstalkConfig {
  const current = config.policy;
  const batch =
    current.kind === "rolling" || current.kind === "rolling-with-additional-batch"
      ? { batchSizeType: current.batchSizeType, batchSize: current.batchSize }
      : { batchSizeType: "Percentage" as const, batchSize: 25 };
  const policy =
    kind === "rolling" || kind === "rolling-with-additional-batch"
      ? { kind, ...batch }
      : kind === "traffic-splitting"
        ? { kind, newVersionPercent: 10, evaluationTimeMinutes: 5 }
        : kind === "blue-green"
          ? { kind, dnsTtlSeconds: 60, terminateBlueAfterSeconds: 600 }
          : { kind };
  const next = { ...config, policy };
  return { ...next, failure: keepFailureIfAllowed(next, config.failure) };
}

/** Switches between single-instance and load-balanced, dropping what the new type does not allow. */
export function withEnvironmentType(config: ElasticBeanstalkConfig, type: EnvironmentType): ElasticBeanstalkConfig {
  const instanceCount = type === "single-instance" ? 1 : Math.max(config.instanceCount, 4);
  const base = { ...config, environmentType: type, instanceCount };
  const next = ebStrategies(type).includes(config.policy.kind) ? base : withEbPolicy(base, "all-at-once");
  return { ...next, failure: keepFailureIfAllowed(next, config.failure) };
}

function fleetSize(config: SimulationConfig): number {
  if (config.kind === "elastic-beanstalk" || config.kind === "codedeploy-server") return config.instanceCount;
  if (config.kind === "codedeploy-ecs") return config.taskCount;
  if (config.kind === "ecs-rolling") return config.desiredCount;
  return 1;
}

/** Lifecycle hooks a hook failure can hit on this config. */
export function hookChoices(config: SimulationConfig): string[] {
  if (config.kind === "codedeploy-lambda") return scriptableHooks("lambda");
  if (config.kind === "codedeploy-ecs") return scriptableHooks("ecs");
  if (config.kind !== "codedeploy-server") return [];
  if (config.deploymentType === "blue-green") return scriptableHooks("server-blue-green-replacement");
  return scriptableHooks(
    config.loadBalancer === "with-load-balancer"
      ? "server-in-place-with-load-balancer"
      : "server-in-place-without-load-balancer",
  );
}

/** A failure of the given kind with sensible settings for this config. */
export function defaultFailure(config: SimulationConfig, kind: FailureKind): FailureInjection {
  switch (kind) {
    case "none":
    case "health-check-failure":
      return { kind };
    case "hook-failure":
      return { kind, hook: hookChoices(config)[0] ?? "", outcome: "script-fails" };
    case "alarm":
      return { kind, afterSeconds: 180 };
    case "instance-dies":
      return { kind, instanceIndex: Math.min(1, fleetSize(config) - 1), afterSeconds: 120 };
  }
}

function failureAccepted(config: SimulationConfig): boolean {
  const result = validateConfig(config);
  return result.ok || !result.errors.some((e) => e.field.startsWith("failure"));
}

/** Failure kinds the engine accepts for this config (e.g. EB alarms only for blue/green). */
export function failureChoices(config: SimulationConfig): FailureKind[] {
  return allowedFailures(config.kind).filter((kind) =>
    failureAccepted({ ...config, failure: defaultFailure(config, kind) }),
  );
}

function keepFailureIfAllowed(config: SimulationConfig, failure: FailureInjection): FailureInjection {
  if (!failureChoices(config).includes(failure.kind)) return { kind: "none" };
  return failureAccepted({ ...config, failure }) ? failure : defaultFailure(config, failure.kind);
}

/** Applies any edit, then makes sure the failure still fits the edited config. */
export function withFailureChecked<T extends SimulationConfig>(config: T): T {
  return { ...config, failure: keepFailureIfAllowed(config, config.failure) };
}

export { fleetSize };
