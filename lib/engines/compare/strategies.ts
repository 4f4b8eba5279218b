/**
 * Strategies that can run on the same fleet with the same failure, so they can be compared or
 * played side by side. Each one starts from its preset and takes the learner's fleet and failure.
 */
import type { FailureInjection, PresetId, SimulationConfig } from "../simulation";
import { PRESETS, validateConfig } from "../simulation";

/** Elastic Beanstalk strategies, in the order AWS's deployment-methods table lists them. */
export const EB_STRATEGIES = [
  "eb-all-at-once",
  "eb-rolling",
  "eb-rolling-additional-batch",
  "eb-immutable",
  "eb-traffic-splitting",
  "eb-blue-green",
] as const satisfies readonly PresetId[];

/** Every strategy with a fleet of instances or tasks (Lambda has none, so it is left out). */
export const FLEET_STRATEGIES = [
  ...EB_STRATEGIES,
  "codedeploy-inplace-all-at-once",
  "codedeploy-inplace-half-at-a-time",
  "codedeploy-inplace-one-at-a-time",
  "codedeploy-blue-green-ec2",
  "codedeploy-ecs-canary",
  "ecs-rolling",
] as const satisfies readonly PresetId[];

export type StrategyId = (typeof FLEET_STRATEGIES)[number];

/** Failures every fleet strategy can take, so one choice applies to all of them. */
export const SHARED_FAILURES = ["none", "health-check-failure", "instance-dies"] as const;
export type SharedFailure = (typeof SHARED_FAILURES)[number];

export const FAILURE_LABELS: Readonly<Record<SharedFailure, string>> = {
  none: "No failure",
  "health-check-failure": "New version fails its health checks",
  "instance-dies": "An instance dies two minutes in",
};

/** Seconds into the deployment when the injected instance loss happens. */
export const INSTANCE_LOSS_AFTER_SECONDS = 120;

export interface FleetParams {
  /** Instances (or tasks) in the fleet, 1–100. */
  instanceCount: number;
  /** Rolling batch size as a percentage of the fleet, 1–100. */
  batchPercent: number;
  failure: SharedFailure;
}

export const DEFAULT_FLEET: FleetParams = { instanceCount: 8, batchPercent: 25, failure: "none" };
export const MAX_FLEET = 100;

export function isStrategyId(value: string): value is StrategyId {
  return (FLEET_STRATEGIES as readonly string[]).includes(value);
}

export function strategyTitle(id: StrategyId): string {
  return PRESETS[id].title;
}

/** The injection for a shared failure choice; the instance loss hits the first instance. */
export function failureInjection(failure: SharedFailure): FailureInjection {
  if (failure === "instance-dies")
    return { kind: "instance-dies", instanceIndex: 0, afterSeconds: INSTANCE_LOSS_AFTER_SECONDS };
  return { kind: failure };
}

function presetConfig(id: StrategyId): SimulationConfig {
  const preset = PRESETS[id];
  if (preset.engine !== "deployment") throw new Error(`${id} is not a deployment preset.`);
  return preset.config;
}

/** A strategy's config on the learner's fleet, with the learner's failure. Not validated. */
export function configForStrategy(id: StrategyId, params: FleetParams): SimulationConfig {
  const base = presetConfig(id);
  const failure = failureInjection(params.failure);
  switch (base.kind) {
    case "elastic-beanstalk": {
      const policy =
        base.policy.kind === "rolling" || base.policy.kind === "rolling-with-additional-batch"
          ? { ...base.policy, batchSizeType: "Percentage" as const, batchSize: params.batchPercent }
          : base.policy;
      return { ...base, instanceCount: params.instanceCount, policy, failure };
    }
    case "codedeploy-server":
      return { ...base, instanceCount: params.instanceCount, failure };
    case "codedeploy-ecs":
      return { ...base, taskCount: params.instanceCount, failure };
    case "ecs-rolling":
      return { ...base, desiredCount: params.instanceCount, failure };
    case "codedeploy-lambda":
      return { ...base, failure };
  }
}

export type FleetParamsResult = { ok: true; params: FleetParams } | { ok: false; message: string };

/** Checks fleet parameters before they reach the engine. */
export function checkFleetParams(params: FleetParams): FleetParamsResult {
  const { instanceCount, batchPercent } = params;
  if (!Number.isInteger(instanceCount) || instanceCount < 1 || instanceCount > MAX_FLEET)
    return { ok: false, message: `Fleet size must be a whole number from 1 to ${MAX_FLEET}.` };
  if (!Number.isInteger(batchPercent) || batchPercent < 1 || batchPercent > 100)
    return { ok: false, message: "Batch size must be a whole percentage from 1 to 100." };
  for (const id of FLEET_STRATEGIES) {
    const result = validateConfig(configForStrategy(id, params));
    if (!result.ok) return { ok: false, message: result.errors.map((e) => `${e.field} ${e.message}`).join(" ") };
  }
  return { ok: true, params };
}
