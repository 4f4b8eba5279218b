/**
 * CodeDeploy deployment configurations: predefined names and the minimum-healthy-hosts arithmetic.
 * Sources: CodeDeploy User Guide "Working with deployment configurations", "Instance health";
 * API reference "MinimumHealthyHosts".
 */
import type { ServerDeploymentConfig, TrafficShift } from "./types";

/** Predefined Lambda traffic-shifting configurations. */
export const LAMBDA_DEPLOYMENT_CONFIGS: Readonly<Record<string, TrafficShift>> = {
  "CodeDeployDefault.LambdaCanary10Percent5Minutes": { kind: "canary", percent: 10, intervalMinutes: 5 },
  "CodeDeployDefault.LambdaCanary10Percent10Minutes": { kind: "canary", percent: 10, intervalMinutes: 10 },
  "CodeDeployDefault.LambdaCanary10Percent15Minutes": { kind: "canary", percent: 10, intervalMinutes: 15 },
  "CodeDeployDefault.LambdaCanary10Percent30Minutes": { kind: "canary", percent: 10, intervalMinutes: 30 },
  "CodeDeployDefault.LambdaLinear10PercentEvery1Minute": { kind: "linear", percent: 10, intervalMinutes: 1 },
  "CodeDeployDefault.LambdaLinear10PercentEvery2Minutes": { kind: "linear", percent: 10, intervalMinutes: 2 },
  "CodeDeployDefault.LambdaLinear10PercentEvery3Minutes": { kind: "linear", percent: 10, intervalMinutes: 3 },
  "CodeDeployDefault.LambdaLinear10PercentEvery10Minutes": { kind: "linear", percent: 10, intervalMinutes: 10 },
  "CodeDeployDefault.LambdaAllAtOnce": { kind: "all-at-once" },
};

/** Predefined Amazon ECS (blue/green) traffic-shifting configurations. */
export const ECS_DEPLOYMENT_CONFIGS: Readonly<Record<string, TrafficShift>> = {
  "CodeDeployDefault.ECSCanary10Percent5Minutes": { kind: "canary", percent: 10, intervalMinutes: 5 },
  "CodeDeployDefault.ECSCanary10Percent15Minutes": { kind: "canary", percent: 10, intervalMinutes: 15 },
  "CodeDeployDefault.ECSLinear10PercentEvery1Minutes": { kind: "linear", percent: 10, intervalMinutes: 1 },
  "CodeDeployDefault.ECSLinear10PercentEvery3Minutes": { kind: "linear", percent: 10, intervalMinutes: 3 },
  "CodeDeployDefault.ECSAllAtOnce": { kind: "all-at-once" },
};

/** One traffic-shift step: at `atSeconds` after shifting starts, the new version gets `percent`. */
export interface ShiftStep {
  atSeconds: number;
  percent: number;
}

/** Expands a traffic shift into the weights CodeDeploy sets over time (last step is 100%). */
export function trafficShiftSchedule(shift: TrafficShift): ShiftStep[] {
  if (shift.kind === "all-at-once") return [{ atSeconds: 0, percent: 100 }];
  const interval = shift.intervalMinutes * 60;
  if (shift.kind === "canary") {
    return [
      { atSeconds: 0, percent: shift.percent },
      { atSeconds: interval, percent: 100 },
    ];
  }
  const steps: ShiftStep[] = [];
  for (let i = 0, pct = shift.percent; ; i += 1, pct += shift.percent) {
    steps.push({ atSeconds: i * interval, percent: Math.min(100, pct) });
    if (pct >= 100) return steps;
  }
}

/** How CodeDeploy will treat an EC2/on-premises fleet of `instanceCount` under a config. */
export interface ServerPlan {
  /** Healthy instances that must remain (percentages rounded up). */
  minimumHealthy: number;
  /** Instances deployed to at the same time. */
  concurrency: number;
  /** CodeDeployDefault.OneAtATime lets the last instance fail without failing the deployment. */
  lastInstanceMayFail: "yes" | "no";
  /** `fails-immediately` when the minimum already equals or exceeds the fleet. */
  feasibility: "feasible" | "fails-immediately";
}

/** Minimum healthy hosts → concurrency, following the "Instance health" rules. */
export function planServerDeployment(config: ServerDeploymentConfig, instanceCount: number): ServerPlan {
  if (config.kind === "predefined" && config.name === "CodeDeployDefault.OneAtATime") {
    const minimumHealthy = Math.max(0, instanceCount - 1);
    return { minimumHealthy, concurrency: 1, lastInstanceMayFail: "yes", feasibility: "feasible" };
  }
  const minimumHealthy = minimumHealthyHosts(config, instanceCount);
  const concurrency = Math.max(0, instanceCount - minimumHealthy);
  const feasible = minimumHealthy === 0 || minimumHealthy < instanceCount;
  return {
    minimumHealthy,
    concurrency: Math.max(1, concurrency),
    lastInstanceMayFail: "no",
    feasibility: feasible ? "feasible" : "fails-immediately",
  };
}

/** The minimum number of healthy instances a config demands (FLEET_PERCENT rounds up). */
export function minimumHealthyHosts(config: ServerDeploymentConfig, instanceCount: number): number {
  if (config.kind === "predefined") {
    if (config.name === "CodeDeployDefault.AllAtOnce") return 0;
    if (config.name === "CodeDeployDefault.HalfAtATime") return Math.ceil(instanceCount / 2);
    return Math.max(0, instanceCount - 1);
  }
  if (config.type === "HOST_COUNT") return config.value;
  return Math.ceil((config.value * instanceCount) / 100);
}
