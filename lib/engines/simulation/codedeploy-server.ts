/**
 * CodeDeploy on EC2/on-premises: in-place (with or without a load balancer) and blue/green with
 * replacement instances. Automatic rollback is a NEW deployment of the last good revision.
 * Sources: CodeDeploy User Guide "Instance health", "Redeploy and roll back a deployment",
 * "AppSpec 'hooks' section", "Working with deployment configurations".
 */
import { planServerDeployment } from "./codedeploy-configs";
import type { LifecycleRun } from "./codedeploy-lifecycle";
import { deployInWaves, runLifecycle } from "./codedeploy-lifecycle";
import { LIFECYCLE_EVENT_ORDER } from "./hooks";
import type { ScriptResult } from "./script";
import { SUCCEEDED, alarmTime, failedWithoutRollback, listIds, rolledBack } from "./script";
import type { CodeDeployServerConfig } from "./types";
import type { Sim } from "./world";
import { advance, emit, findInstance, idsInGroup, launchInstances, terminate, update } from "./world";

export const ORIGINAL_GROUP = "CodeDeploy-original-asg";
export const REPLACEMENT_GROUP = "CodeDeploy-replacement-asg";

function inPlaceEvents(config: CodeDeployServerConfig): LifecycleRun["events"] {
  return LIFECYCLE_EVENT_ORDER[
    config.loadBalancer === "with-load-balancer"
      ? "server-in-place-with-load-balancer"
      : "server-in-place-without-load-balancer"
  ];
}

/** CodeDeploy schedules unhealthy instances first, then old revisions, then current ones. */
function scheduleOrder(sim: Sim, ids: string[], version: string): string[] {
  const rank = (id: string): number => {
    const i = findInstance(sim, id);
    if (i === undefined) return 3;
    if (i.health === "unhealthy") return 0;
    return i.version === version ? 2 : 1;
  };
  return [...ids].sort((a, b) => rank(a) - rank(b));
}

function startDeployment(sim: Sim, id: string, version: string, why: string): void {
  emit(sim, "info", `Deployment ${id} created. Deploying revision ${version}.`, why);
}

/** In-place: waves of instances go through every lifecycle event; failure → redeploy old revision. */
export function runServerInPlace(sim: Sim, config: CodeDeployServerConfig): ScriptResult {
  const plan = planServerDeployment(config.deploymentConfig, config.instanceCount);
  startDeployment(
    sim,
    "d-1",
    config.toVersion,
    `Up to ${plan.concurrency} instance(s) at a time; at least ${plan.minimumHealthy} must stay healthy.`,
  );
  if (plan.feasibility === "fails-immediately") {
    emit(
      sim,
      "error",
      `Deployment d-1 failed: HEALTH_CONSTRAINTS_INVALID. The minimum number of healthy instances (${plan.minimumHealthy}) is not less than the number of instances (${config.instanceCount}).`,
      "CodeDeploy would have to take an instance offline and drop below the minimum healthy hosts, so it fails the deployment before touching anything.",
    );
    return failedWithoutRollback();
  }
  const run: LifecycleRun = {
    sim,
    deploymentId: "d-1",
    events: inPlaceEvents(config),
    version: config.toVersion,
    badVersion: config.toVersion,
    failure: config.failure,
  };
  const ids = () => scheduleOrder(sim, idsInGroup(sim, ORIGINAL_GROUP), config.toVersion);
  let outcome = deployInWaves(run, ids(), plan, alarmTime(config.failure));
  const stragglers = idsInGroup(sim, ORIGINAL_GROUP).filter(
    (id) => findInstance(sim, id)?.version !== config.toVersion,
  );
  if (outcome === "succeeded" && stragglers.length > 0) {
    emit(
      sim,
      "info",
      `Deploying revision ${config.toVersion} to instance(s) launched by Auto Scaling during the deployment ${listIds(stragglers)}.`,
      "A replacement instance came up with the previous revision, so it gets the new revision too.",
    );
    outcome = deployInWaves(run, stragglers, { ...plan, minimumHealthy: 0 }, null);
  }
  sim.batch = null;
  if (outcome === "succeeded") {
    sim.launchVersionByGroup[ORIGINAL_GROUP] = config.toVersion;
    emit(
      sim,
      "info",
      "Deployment d-1 succeeded.",
      "Every instance runs the new revision and passed its lifecycle events.",
    );
    return SUCCEEDED;
  }
  emitFailure(sim, config);
  if (config.autoRollback === "no-rollback") return failedWithoutRollback();
  const startedAt = sim.time;
  startDeployment(
    sim,
    "d-2",
    config.fromVersion,
    "Automatic rollback: CodeDeploy redeploys the last known good revision as a brand-new deployment with its own ID.",
  );
  const rollbackRun: LifecycleRun = { ...run, deploymentId: "d-2", version: config.fromVersion };
  deployInWaves(
    rollbackRun,
    scheduleOrder(sim, idsInGroup(sim, ORIGINAL_GROUP), config.fromVersion),
    { ...plan, minimumHealthy: 0, concurrency: plan.concurrency, lastInstanceMayFail: "yes" },
    null,
  );
  sim.batch = null;
  emit(sim, "info", "Deployment d-2 succeeded. Rollback complete.", `All instances run ${config.fromVersion} again.`);
  return rolledBack("redeploy", startedAt, sim.time);
}

function emitFailure(sim: Sim, config: CodeDeployServerConfig): void {
  const byAlarm = config.failure.kind === "alarm" && sim.time >= config.failure.afterSeconds;
  emit(
    sim,
    "error",
    byAlarm
      ? "Deployment d-1 stopped: a CloudWatch alarm was activated (ALARM_ACTIVE)."
      : "Deployment d-1 failed: the number of healthy instances fell to the minimum (HEALTH_CONSTRAINTS).",
    byAlarm
      ? "A monitored alarm fired, so CodeDeploy stops the deployment."
      : "Too many instances failed; continuing would break the minimum healthy hosts rule.",
  );
}

/** Blue/green: provision replacements, deploy to them, reroute traffic, wait, terminate originals. */
export function runServerBlueGreen(sim: Sim, config: CodeDeployServerConfig): ScriptResult {
  const plan = planServerDeployment(config.deploymentConfig, config.instanceCount);
  startDeployment(
    sim,
    "d-1",
    config.toVersion,
    "Step 1: CodeDeploy copies the Auto Scaling group and launches replacement instances.",
  );
  const replacement = launchInstances(sim, config.instanceCount, REPLACEMENT_GROUP, config.toVersion);
  sim.batch = { label: "Provisioning replacement instances", instanceIds: replacement };
  advance(sim, sim.timing.launchSeconds);
  update(sim, replacement, (i) => {
    i.lifecycle = "running";
  });
  const alarmAt = alarmTime(config.failure);
  const run: LifecycleRun = {
    sim,
    deploymentId: "d-1",
    events: LIFECYCLE_EVENT_ORDER["server-blue-green-replacement"],
    version: config.toVersion,
    badVersion: config.toVersion,
    failure: config.failure,
  };
  if (plan.feasibility === "fails-immediately" || deployInWaves(run, replacement, plan, alarmAt) === "failed") {
    return rollbackBeforeReroute(sim, config, replacement);
  }
  const original = idsInGroup(sim, ORIGINAL_GROUP);
  emit(
    sim,
    "info",
    "Step 2: Rerouting traffic to replacement instances.",
    "The original instances are deregistered from the load balancer; only the replacement fleet receives new requests.",
  );
  runLifecycle(
    { ...run, events: LIFECYCLE_EVENT_ORDER["server-blue-green-original"], version: config.fromVersion },
    original,
  );
  const waitSeconds = config.terminationWaitMinutes * 60;
  emit(
    sim,
    "info",
    `Step 3: Waiting ${config.terminationWaitMinutes} minute(s) before terminating the original instances.`,
    "The old fleet stays running but idle, ready for a quick rollback.",
  );
  if (alarmAt !== null && alarmAt < sim.time + waitSeconds) {
    advance(sim, Math.max(0, alarmAt - sim.time));
    return rollbackAfterReroute(sim, config, original, replacement);
  }
  advance(sim, waitSeconds);
  sim.batch = { label: "Original instances", instanceIds: original };
  emit(
    sim,
    "info",
    "Step 4: Terminating the original instances.",
    "The blue fleet is terminated; the deployment is complete.",
  );
  terminate(sim, original);
  sim.batch = null;
  emit(sim, "info", "Deployment d-1 succeeded.", "Only replacement instances remain.");
  return SUCCEEDED;
}

function rollbackBeforeReroute(sim: Sim, config: CodeDeployServerConfig, replacement: string[]): ScriptResult {
  emit(
    sim,
    "error",
    "Deployment d-1 failed on the replacement instances.",
    "The originals never stopped serving, so nobody noticed the failure.",
  );
  if (config.autoRollback === "no-rollback") return failedWithoutRollback();
  const startedAt = sim.time;
  startDeployment(
    sim,
    "d-2",
    config.fromVersion,
    "Rollback: traffic stays on the original instances and the replacement instances are blocked and terminated.",
  );
  runLifecycle(
    {
      sim,
      deploymentId: "d-2",
      events: LIFECYCLE_EVENT_ORDER["server-blue-green-original"],
      version: config.fromVersion,
      badVersion: config.toVersion,
      failure: { kind: "none" },
    },
    replacement,
  );
  terminate(sim, replacement);
  sim.batch = null;
  emit(
    sim,
    "info",
    "Deployment d-2 succeeded. Replacement instances terminated.",
    "The environment is as it was before.",
  );
  return rolledBack("terminate-new-fleet", startedAt, sim.time);
}

function rollbackAfterReroute(
  sim: Sim,
  config: CodeDeployServerConfig,
  original: string[],
  replacement: string[],
): ScriptResult {
  emit(
    sim,
    "error",
    "Deployment d-1 stopped: a CloudWatch alarm was activated (ALARM_ACTIVE).",
    "The new fleet misbehaves after taking traffic; the old fleet is still running, so traffic can go back.",
  );
  if (config.autoRollback === "no-rollback") return failedWithoutRollback();
  const startedAt = sim.time;
  startDeployment(
    sim,
    "d-2",
    config.fromVersion,
    "Rollback: AllowTraffic on the original instances, BlockTraffic on the replacements, then terminate them.",
  );
  const none = { kind: "none" } as const;
  runLifecycle(
    {
      sim,
      deploymentId: "d-2",
      events: LIFECYCLE_EVENT_ORDER["server-blue-green-replacement"].slice(-3),
      version: config.fromVersion,
      badVersion: config.toVersion,
      failure: none,
    },
    original,
  );
  runLifecycle(
    {
      sim,
      deploymentId: "d-2",
      events: LIFECYCLE_EVENT_ORDER["server-blue-green-original"],
      version: config.toVersion,
      badVersion: config.fromVersion,
      failure: none,
    },
    replacement,
  );
  terminate(sim, replacement);
  sim.batch = null;
  emit(
    sim,
    "info",
    "Deployment d-2 succeeded. Traffic is back on the original instances.",
    `Everything runs ${config.fromVersion} again.`,
  );
  return rolledBack("shift-traffic-back", startedAt, sim.time);
}
