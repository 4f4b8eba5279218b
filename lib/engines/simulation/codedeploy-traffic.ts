/**
 * CodeDeploy traffic shifting for AWS Lambda aliases and Amazon ECS blue/green task sets:
 * canary, linear and all-at-once configs, validation hooks, CloudWatch alarms, rollback by
 * shifting traffic back. Sources: CodeDeploy User Guide "Working with deployment configurations",
 * "AppSpec 'hooks' section", "Redeploy and roll back a deployment".
 */
import type { ShiftStep } from "./codedeploy-configs";
import { ECS_DEPLOYMENT_CONFIGS, LAMBDA_DEPLOYMENT_CONFIGS, trafficShiftSchedule } from "./codedeploy-configs";
import type { ScriptResult } from "./script";
import { SUCCEEDED, alarmTime, failedWithoutRollback, healthOutcome, rolledBack } from "./script";
import type { CodeDeployEcsConfig, CodeDeployLambdaConfig, FailureInjection, RollbackSetting } from "./types";
import type { Sim } from "./world";
import { advance, bootInstances, drain, emit, idsInGroup, launchInstances, logLifecycle, terminate } from "./world";

export const ECS_BLUE_TASK_SET = "task-set-blue";
export const ECS_GREEN_TASK_SET = "task-set-green";

interface ShiftContext {
  sim: Sim;
  from: string;
  to: string;
  failure: FailureInjection;
  autoRollback: RollbackSetting;
  /** Instances whose lifecycle log entries represent the deployment target. */
  targetIds: string[];
}

/** Runs one scriptable hook. Returns false when the injected failure hits it. */
function runHook(ctx: ShiftContext, hook: string): boolean {
  const { sim, failure } = ctx;
  const fails = failure.kind === "hook-failure" && failure.hook === hook;
  const seconds = fails && failure.outcome === "times-out" ? sim.timing.hookTimeoutSeconds : sim.timing.hookSeconds;
  advance(sim, seconds);
  logLifecycle(sim, "d-1", ctx.targetIds, hook, fails ? "Failed" : "Succeeded");
  if (fails) {
    emit(
      sim,
      "error",
      `Deployment d-1 failed: lifecycle event ${hook} ${failure.outcome === "times-out" ? "timed out" : "returned Failed"} (HOOK_FAILED).`,
      `Your ${hook} validation function reported a failure, so CodeDeploy stops the deployment.`,
    );
  }
  return !fails;
}

function setWeight(sim: Sim, from: string, to: string, percent: number): void {
  sim.routing = { kind: "weighted", weights: { [from]: 100 - percent, [to]: percent } };
}

/** Walks the shift schedule. Returns 'alarm' if the alarm fires first, leaving weights where they were. */
function shiftTraffic(ctx: ShiftContext, steps: ShiftStep[]): "done" | "alarm" {
  const { sim, from, to } = ctx;
  const start = sim.time;
  const alarmAt = alarmTime(ctx.failure);
  for (const [index, step] of steps.entries()) {
    setWeight(sim, from, to, step.percent);
    emit(
      sim,
      "info",
      `Traffic shifted: ${step.percent}% to ${to}, ${100 - step.percent}% to ${from}.`,
      step.percent === 100
        ? `All traffic now reaches ${to}.`
        : `Only ${step.percent}% of requests try the new version while CodeDeploy watches the alarms.`,
    );
    const next = steps[index + 1];
    if (next === undefined) break;
    const until = start + next.atSeconds;
    if (alarmAt !== null && alarmAt < until) {
      advance(sim, Math.max(0, alarmAt - sim.time));
      return "alarm";
    }
    advance(sim, until - sim.time);
  }
  logLifecycle(sim, "d-1", ctx.targetIds, "AllowTraffic", "Succeeded");
  return "done";
}

function shiftBack(ctx: ShiftContext, reason: string): ScriptResult {
  const { sim, from, to } = ctx;
  if (ctx.autoRollback === "no-rollback") return failedWithoutRollback();
  const startedAt = sim.time;
  emit(sim, "warn", `Rollback started: deployment d-2 shifts all traffic back to ${from}.`, reason);
  setWeight(sim, from, to, 0);
  advance(sim, sim.timing.hookSeconds);
  emit(sim, "info", "Deployment d-2 succeeded. Rollback complete.", `100% of traffic is back on ${from}.`);
  return rolledBack("shift-traffic-back", startedAt, sim.time);
}

function alarmFired(ctx: ShiftContext): ScriptResult {
  emit(
    ctx.sim,
    "error",
    "Deployment d-1 stopped: a CloudWatch alarm was activated (ALARM_ACTIVE).",
    "An alarm you attached to the deployment group went into ALARM while traffic was shifting.",
  );
  return shiftBack(ctx, "Because the alarm fired, CodeDeploy routes every request to the original version again.");
}

/** Lambda: BeforeAllowTraffic → shift alias weights → AfterAllowTraffic. */
export function runLambdaDeployment(sim: Sim, config: CodeDeployLambdaConfig): ScriptResult {
  const shift = LAMBDA_DEPLOYMENT_CONFIGS[config.deploymentConfigName] ?? { kind: "all-at-once" };
  const ctx: ShiftContext = {
    sim,
    from: config.fromVersion,
    to: config.toVersion,
    failure: config.failure,
    autoRollback: config.autoRollback,
    targetIds: [`my-function:${config.toVersion}`],
  };
  emit(
    sim,
    "info",
    `Deployment d-1 created with ${config.deploymentConfigName}.`,
    'CodeDeploy will move the "live" alias from the old function version to the new one.',
  );
  if (!runHook(ctx, "BeforeAllowTraffic")) return failedWithoutRollback();
  if (shiftTraffic(ctx, trafficShiftSchedule(shift)) === "alarm") return alarmFired(ctx);
  if (!runHook(ctx, "AfterAllowTraffic"))
    return shiftBack(
      ctx,
      "The AfterAllowTraffic check failed after the new version took traffic, so the alias goes back.",
    );
  emit(sim, "info", "Deployment d-1 succeeded.", `The alias points 100% at ${config.toVersion}.`);
  return SUCCEEDED;
}

/** ECS blue/green: replacement task set, test traffic, production traffic shift, then retire blue. */
export function runEcsBlueGreen(sim: Sim, config: CodeDeployEcsConfig): ScriptResult {
  const shift = ECS_DEPLOYMENT_CONFIGS[config.deploymentConfigName] ?? { kind: "all-at-once" };
  const ctx: ShiftContext = {
    sim,
    from: config.fromVersion,
    to: config.toVersion,
    failure: config.failure,
    autoRollback: config.autoRollback,
    targetIds: [ECS_GREEN_TASK_SET],
  };
  emit(
    sim,
    "info",
    `Deployment d-1 created with ${config.deploymentConfigName}.`,
    "CodeDeploy will create a replacement (green) task set and move the production listener to it.",
  );
  if (!runHook(ctx, "BeforeInstall")) {
    emit(
      sim,
      "info",
      "No rollback needed: nothing had changed yet.",
      "BeforeInstall runs before the replacement task set exists, so there is nothing to undo.",
    );
    return failedWithoutRollback();
  }
  const green = launchInstances(sim, config.taskCount, ECS_GREEN_TASK_SET, config.toVersion);
  sim.launchVersionByGroup[ECS_GREEN_TASK_SET] = config.toVersion;
  sim.batch = { label: "Replacement task set", instanceIds: green };
  emit(
    sim,
    "info",
    `Install: created replacement task set with ${config.taskCount} task(s).`,
    "The green tasks start and register with the second target group; they get no production traffic yet.",
  );
  if (bootInstances(sim, green, healthOutcome(config.failure, config.toVersion, config.toVersion)).length === 0) {
    logLifecycle(sim, "d-1", ctx.targetIds, "Install", "Failed");
    emit(
      sim,
      "error",
      "Deployment d-1 failed: the replacement tasks did not pass target group health checks.",
      "Green never became healthy.",
    );
    return retireGreen(ctx, green, "terminate-new-fleet");
  }
  logLifecycle(sim, "d-1", ctx.targetIds, "Install", "Succeeded");
  for (const hook of ["AfterInstall", "AfterAllowTestTraffic", "BeforeAllowTraffic"]) {
    if (hook === "AfterAllowTestTraffic") logLifecycle(sim, "d-1", ctx.targetIds, "AllowTestTraffic", "Succeeded");
    if (!runHook(ctx, hook)) return retireGreen(ctx, green, "terminate-new-fleet");
  }
  if (shiftTraffic(ctx, trafficShiftSchedule(shift)) === "alarm") {
    emit(
      sim,
      "error",
      "Deployment d-1 stopped: a CloudWatch alarm was activated (ALARM_ACTIVE).",
      "An alarm fired while production traffic was shifting.",
    );
    return retireGreen(ctx, green, "shift-traffic-back");
  }
  if (!runHook(ctx, "AfterAllowTraffic")) return retireGreen(ctx, green, "shift-traffic-back");
  emit(
    sim,
    "info",
    `Waiting ${config.terminationWaitMinutes} minute(s) before terminating the original task set.`,
    "Blue keeps running, idle, so a rollback would be instant.",
  );
  advance(sim, config.terminationWaitMinutes * 60);
  const blue = idsInGroup(sim, ECS_BLUE_TASK_SET);
  terminate(sim, blue);
  sim.routing = { kind: "weighted", weights: { [config.toVersion]: 100 } };
  sim.batch = null;
  emit(
    sim,
    "info",
    "Deployment d-1 succeeded. Original task set terminated.",
    `Only ${config.toVersion} tasks remain.`,
  );
  return SUCCEEDED;
}

function retireGreen(
  ctx: ShiftContext,
  green: string[],
  path: "terminate-new-fleet" | "shift-traffic-back",
): ScriptResult {
  const { sim, from, to } = ctx;
  if (ctx.autoRollback === "no-rollback") return failedWithoutRollback();
  const startedAt = sim.time;
  emit(
    sim,
    "warn",
    `Rollback started: deployment d-2 routes production traffic to the original task set.`,
    path === "shift-traffic-back"
      ? "Traffic goes back to blue, which never stopped running."
      : "Blue still has all the traffic; green is simply removed.",
  );
  setWeight(sim, from, to, 0);
  drain(sim, green);
  terminate(sim, green);
  sim.routing = { kind: "weighted", weights: { [from]: 100 } };
  sim.batch = null;
  emit(sim, "info", "Deployment d-2 succeeded. Replacement task set deleted.", `Everything runs ${from} again.`);
  return rolledBack(path, startedAt, sim.time);
}
