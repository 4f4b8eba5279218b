/**
 * Rules AWS enforces (or that make a run meaningless), reported as clear field errors.
 * Sources: EB "Deploying applications" (supported policies table), EB "Deployment policies and
 * settings", CodeDeploy "Working with deployment configurations", ECS "Deploy Amazon ECS services by
 * replacing tasks", ELB target group attributes.
 */
import { ECS_DEPLOYMENT_CONFIGS, LAMBDA_DEPLOYMENT_CONFIGS } from "./codedeploy-configs";
import { ecsBoundsCanMakeProgress, ecsTaskBounds } from "./ecs-rolling";
import type { HookPlatform } from "./hooks";
import { scriptableHooks } from "./hooks";
import type { EbPolicyKind, EnvironmentType, FailureKind, SimulationConfig, Timing } from "./types";

export interface ValidationError {
  field: string;
  message: string;
}

export type ValidationResult = { ok: true; config: SimulationConfig } | { ok: false; errors: ValidationError[] };

/**
 * Elastic Beanstalk `DeploymentPolicy` values an environment type supports: single-instance
 * environments allow only All at once and Immutable; the rest need a load balancer.
 */
export function allowedPolicies(environmentType: EnvironmentType): EbPolicyKind[] {
  if (environmentType === "single-instance") return ["all-at-once", "immutable"];
  return ["all-at-once", "rolling", "rolling-with-additional-batch", "immutable", "traffic-splitting"];
}

/** Everything the EB simulator can run for an environment type: its policies plus a CNAME swap. */
export function ebStrategies(environmentType: EnvironmentType): EbPolicyKind[] {
  return [...allowedPolicies(environmentType), "blue-green"];
}

const FAILURES_BY_PLATFORM: Record<SimulationConfig["kind"], FailureKind[]> = {
  "elastic-beanstalk": ["none", "health-check-failure", "instance-dies", "alarm"],
  "codedeploy-server": ["none", "health-check-failure", "hook-failure", "alarm", "instance-dies"],
  "codedeploy-lambda": ["none", "hook-failure", "alarm"],
  "codedeploy-ecs": ["none", "health-check-failure", "hook-failure", "alarm", "instance-dies"],
  "ecs-rolling": ["none", "health-check-failure", "instance-dies"],
};

/** Failure injections that make sense for a platform. */
export function allowedFailures(kind: SimulationConfig["kind"]): FailureKind[] {
  return [...FAILURES_BY_PLATFORM[kind]];
}

type Push = (field: string, message: string) => void;

function checkRange(push: Push, field: string, value: number, min: number, max: number): void {
  if (!Number.isFinite(value) || value < min || value > max)
    push(field, `must be a number from ${min} to ${max} (got ${value}).`);
}

function checkInt(push: Push, field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value)) push(field, `must be a whole number (got ${value}).`);
  else checkRange(push, field, value, min, max);
}

const TIMING_LIMITS: Record<keyof Timing, [number, number]> = {
  launchSeconds: [0, 3600],
  deploySeconds: [0, 3600],
  healthCheckIntervalSeconds: [5, 300],
  healthyThresholdCount: [2, 10],
  deregistrationDelaySeconds: [0, 3600],
  requestsPerSecond: [0, 1_000_000],
  hookSeconds: [0, 3600],
  hookTimeoutSeconds: [1, 3600],
  commandTimeoutSeconds: [1, 3600],
};

function checkTiming(push: Push, timing: Partial<Timing> | undefined): void {
  for (const [key, value] of Object.entries(timing ?? {})) {
    const limits = TIMING_LIMITS[key as keyof Timing] as [number, number] | undefined;
    if (limits === undefined) push(`timing.${key}`, "is not a known timing field.");
    else if (value !== undefined) checkRange(push, `timing.${key}`, value, limits[0], limits[1]);
  }
}

function hookPlatform(config: SimulationConfig): HookPlatform | null {
  if (config.kind === "codedeploy-lambda") return "lambda";
  if (config.kind === "codedeploy-ecs") return "ecs";
  if (config.kind !== "codedeploy-server") return null;
  if (config.deploymentType === "blue-green") return "server-blue-green-replacement";
  return config.loadBalancer === "with-load-balancer"
    ? "server-in-place-with-load-balancer"
    : "server-in-place-without-load-balancer";
}

function fleetSize(config: SimulationConfig): number {
  if (config.kind === "elastic-beanstalk" || config.kind === "codedeploy-server") return config.instanceCount;
  if (config.kind === "codedeploy-ecs") return config.taskCount;
  if (config.kind === "ecs-rolling") return config.desiredCount;
  return 1;
}

function checkFailure(push: Push, config: SimulationConfig): void {
  const failure = config.failure;
  if (!FAILURES_BY_PLATFORM[config.kind].includes(failure.kind)) {
    push(
      "failure.kind",
      `"${failure.kind}" cannot be injected into ${config.kind}; choose one of ${FAILURES_BY_PLATFORM[config.kind].join(", ")}.`,
    );
    return;
  }
  if (failure.kind === "hook-failure") {
    const platform = hookPlatform(config);
    const hooks = platform === null ? [] : scriptableHooks(platform);
    if (!hooks.includes(failure.hook))
      push("failure.hook", `"${failure.hook}" is not a scriptable hook here; use one of ${hooks.join(", ")}.`);
  }
  if (failure.kind === "alarm") checkRange(push, "failure.afterSeconds", failure.afterSeconds, 0, 1e7);
  if (failure.kind === "alarm" && config.kind === "elastic-beanstalk" && config.policy.kind !== "blue-green") {
    push("failure.kind", "an alarm-driven rollback is modelled for blue/green (swap back) only in Elastic Beanstalk.");
  }
  if (failure.kind === "instance-dies") {
    checkInt(push, "failure.instanceIndex", failure.instanceIndex, 0, fleetSize(config) - 1);
    checkRange(push, "failure.afterSeconds", failure.afterSeconds, 0, 1e7);
  }
}

function checkEb(push: Push, config: Extract<SimulationConfig, { kind: "elastic-beanstalk" }>): void {
  checkInt(push, "instanceCount", config.instanceCount, 1, 10_000);
  if (config.environmentType === "single-instance" && config.instanceCount !== 1) {
    push("instanceCount", "a single-instance environment runs exactly 1 instance.");
  }
  const policy = config.policy;
  if (!ebStrategies(config.environmentType).includes(policy.kind)) {
    push(
      "policy.kind",
      `"${policy.kind}" needs a load-balanced environment; single-instance environments allow ${allowedPolicies("single-instance").join(" and ")}.`,
    );
  }
  if (policy.kind === "rolling" || policy.kind === "rolling-with-additional-batch") {
    if (policy.batchSizeType === "Percentage") checkInt(push, "policy.batchSize", policy.batchSize, 1, 100);
    else checkInt(push, "policy.batchSize", policy.batchSize, 1, config.instanceCount);
  }
  if (policy.kind === "traffic-splitting") {
    checkInt(push, "policy.newVersionPercent", policy.newVersionPercent, 1, 100);
    checkInt(push, "policy.evaluationTimeMinutes", policy.evaluationTimeMinutes, 3, 600);
  }
  if (policy.kind === "blue-green") {
    checkInt(push, "policy.dnsTtlSeconds", policy.dnsTtlSeconds, 0, 172_800);
    checkInt(push, "policy.terminateBlueAfterSeconds", policy.terminateBlueAfterSeconds, 0, 1e7);
  }
}

function checkPlatform(push: Push, config: SimulationConfig): void {
  switch (config.kind) {
    case "elastic-beanstalk":
      return checkEb(push, config);
    case "codedeploy-server":
      checkInt(push, "instanceCount", config.instanceCount, 1, 10_000);
      checkInt(push, "terminationWaitMinutes", config.terminationWaitMinutes, 0, 2880);
      if (config.deploymentType === "blue-green" && config.loadBalancer === "without-load-balancer") {
        push(
          "loadBalancer",
          "an EC2 blue/green deployment reroutes traffic through a load balancer; choose with-load-balancer.",
        );
      }
      if (config.deploymentConfig.kind === "custom") {
        const max = config.deploymentConfig.type === "FLEET_PERCENT" ? 100 : 10_000;
        checkInt(push, "deploymentConfig.value", config.deploymentConfig.value, 0, max);
      }
      return;
    case "codedeploy-lambda":
      if (LAMBDA_DEPLOYMENT_CONFIGS[config.deploymentConfigName] === undefined) {
        push(
          "deploymentConfigName",
          `unknown Lambda deployment configuration; use one of ${Object.keys(LAMBDA_DEPLOYMENT_CONFIGS).join(", ")}.`,
        );
      }
      return;
    case "codedeploy-ecs":
      checkInt(push, "taskCount", config.taskCount, 1, 5000);
      checkInt(push, "terminationWaitMinutes", config.terminationWaitMinutes, 0, 2880);
      if (ECS_DEPLOYMENT_CONFIGS[config.deploymentConfigName] === undefined) {
        push(
          "deploymentConfigName",
          `unknown ECS deployment configuration; use one of ${Object.keys(ECS_DEPLOYMENT_CONFIGS).join(", ")}.`,
        );
      }
      return;
    case "ecs-rolling": {
      checkInt(push, "desiredCount", config.desiredCount, 1, 5000);
      checkInt(push, "minimumHealthyPercent", config.minimumHealthyPercent, 0, 100);
      checkInt(push, "maximumPercent", config.maximumPercent, 100, 200);
      const bounds = ecsTaskBounds(config.desiredCount, config.minimumHealthyPercent, config.maximumPercent);
      if (!ecsBoundsCanMakeProgress(config.desiredCount, bounds)) {
        push(
          "maximumPercent",
          `with ${config.desiredCount} task(s) the scheduler can neither start (max ${bounds.maximumTasks}) nor stop (min ${bounds.minimumHealthyTasks}) a task; update minimumHealthyPercent or maximumPercent.`,
        );
      }
    }
  }
}

/** Checks a config against AWS's rules. Returns every problem found, not just the first. */
export function validateConfig(config: SimulationConfig): ValidationResult {
  const errors: ValidationError[] = [];
  const push: Push = (field, message) => errors.push({ field, message });
  if (config.fromVersion.trim() === "" || config.toVersion.trim() === "")
    push("toVersion", "version labels must not be empty.");
  if (config.fromVersion === config.toVersion) push("toVersion", "must differ from fromVersion.");
  checkTiming(push, config.timing);
  checkPlatform(push, config);
  checkFailure(push, config);
  return errors.length === 0 ? { ok: true, config } : { ok: false, errors };
}
