/**
 * Elastic Beanstalk policies that build new capacity instead of touching running instances:
 * Immutable, Traffic splitting, and blue/green by swapping environment CNAMEs.
 * Sources: EB Developer Guide "Deployment policies and settings", "Immutable environment updates",
 * "Blue/Green deployments with Elastic Beanstalk".
 */
import { EB_GROUP } from "./eb-in-place";
import type { ScriptResult } from "./script";
import { SUCCEEDED, alarmTime, healthOutcome, listIds, rolledBack } from "./script";
import type { ElasticBeanstalkConfig } from "./types";
import type { Sim } from "./world";
import {
  advance,
  bootInstances,
  drain,
  emit,
  findInstance,
  idsInGroup,
  launchInstances,
  terminate,
  update,
} from "./world";

export const EB_TEMP_GROUP = "awseb-immutable-temporary-AutoScalingGroup";

function abandonNewFleet(sim: Sim, ids: string[], detail: string): ScriptResult {
  const startedAt = sim.time;
  emit(
    sim,
    "error",
    `Failed to deploy application. ${detail}`,
    "The new instances never became healthy, so they are thrown away. The original instances were never touched.",
  );
  drain(sim, ids);
  terminate(sim, ids);
  sim.batch = null;
  emit(
    sim,
    "info",
    "Terminated the temporary Auto Scaling group and its instances.",
    "The environment is exactly as it was before the deployment.",
  );
  return rolledBack("terminate-new-fleet", startedAt, sim.time);
}

/** Moves the new fleet into the permanent group and retires every instance that was there. */
function promoteNewFleet(sim: Sim, newIds: string[]): void {
  const old = idsInGroup(sim, EB_GROUP);
  update(sim, newIds, (i) => {
    i.group = EB_GROUP;
  });
  sim.batch = { label: "Original instances", instanceIds: old };
  emit(
    sim,
    "info",
    `Removing original instance(s) ${listIds(old)} from the load balancer and terminating them.`,
    "The new instances now belong to the permanent Auto Scaling group; the old ones drain and are terminated.",
  );
  drain(sim, old);
  terminate(sim, old);
  sim.launchVersionByGroup[EB_GROUP] = newIds.length > 0 ? (findInstance(sim, newIds[0] ?? "")?.version ?? "") : "";
  sim.batch = null;
}

/** Immutable: one probe instance in a temporary group, then the rest, then swap groups. */
export function runEbImmutable(sim: Sim, config: ElasticBeanstalkConfig): ScriptResult {
  const outcome = healthOutcome(config.failure, config.toVersion, config.toVersion);
  emit(
    sim,
    "info",
    "Immutable deployment policy enabled. Launching one instance with the new settings to verify health.",
    "A temporary Auto Scaling group starts a single new instance first, next to the untouched original fleet.",
  );
  const first = launchInstances(sim, 1, EB_TEMP_GROUP, config.toVersion);
  sim.batch = { label: "Probe instance", instanceIds: first };
  if (bootInstances(sim, first, outcome).length === 0) {
    advance(sim, Math.max(0, sim.timing.commandTimeoutSeconds - sim.timing.launchSeconds));
    return abandonNewFleet(sim, idsInGroup(sim, EB_TEMP_GROUP), "The first instance failed health checks.");
  }
  const rest = launchInstances(sim, config.instanceCount - 1, EB_TEMP_GROUP, config.toVersion);
  if (rest.length > 0) {
    sim.batch = { label: "Remaining instances", instanceIds: rest };
    emit(
      sim,
      "info",
      `Launching ${rest.length} more instance(s) in the temporary Auto Scaling group.`,
      "The probe is healthy, so Elastic Beanstalk launches enough new instances to match the original fleet: the fleet is now double its size.",
    );
    bootInstances(sim, rest, outcome);
  }
  promoteNewFleet(sim, idsInGroup(sim, EB_TEMP_GROUP));
  emit(
    sim,
    "info",
    "Environment update completed successfully.",
    "Only new instances remain; the temporary group is deleted.",
  );
  return SUCCEEDED;
}

/** Traffic splitting: a full new fleet gets NewVersionPercent of requests for EvaluationTime. */
export function runEbTrafficSplitting(sim: Sim, config: ElasticBeanstalkConfig): ScriptResult {
  if (config.policy.kind !== "traffic-splitting") return SUCCEEDED;
  const { newVersionPercent, evaluationTimeMinutes } = config.policy;
  const from = config.fromVersion;
  const to = config.toVersion;
  emit(
    sim,
    "info",
    "Traffic-splitting deployment policy enabled. Launching a new set of instances.",
    "Like an immutable deployment, a full set of new instances starts in a temporary Auto Scaling group.",
  );
  const fresh = launchInstances(sim, config.instanceCount, EB_TEMP_GROUP, to);
  sim.batch = { label: "New instances", instanceIds: fresh };
  bootInstances(sim, fresh, "passes");
  sim.routing = { kind: "weighted", weights: { [from]: 100 - newVersionPercent, [to]: newVersionPercent } };
  emit(
    sim,
    "info",
    `Shifting ${newVersionPercent}% of incoming traffic to the new application version for ${evaluationTimeMinutes} minute(s) of evaluation.`,
    `A canary test: about ${newVersionPercent} in every 100 requests now reach ${to}; the rest stay on ${from}.`,
  );
  const evaluation = evaluationTimeMinutes * 60;
  if (config.failure.kind === "health-check-failure") {
    advance(sim, evaluation / 2);
    update(sim, fresh, (i) => {
      i.health = "unhealthy";
    });
    emit(
      sim,
      "warn",
      "Environment health has transitioned from Ok to Severe. New instances are failing health checks.",
      "Requests routed to the new version are failing, so the evaluation fails.",
    );
    advance(sim, sim.timing.healthCheckIntervalSeconds * sim.timing.healthyThresholdCount);
    const startedAt = sim.time;
    sim.routing = { kind: "weighted", weights: { [from]: 100, [to]: 0 } };
    emit(
      sim,
      "warn",
      "Shifting all traffic back to the previous application version.",
      `Every request goes to ${from} again; nobody was left without service.`,
    );
    drain(sim, fresh);
    terminate(sim, fresh);
    sim.routing = { kind: "fleet" };
    sim.batch = null;
    emit(
      sim,
      "error",
      "Failed to deploy application. Terminated the new instances.",
      "The original fleet never stopped serving.",
    );
    return rolledBack("shift-traffic-back", startedAt, sim.time);
  }
  advance(sim, evaluation);
  sim.routing = { kind: "weighted", weights: { [from]: 0, [to]: 100 } };
  emit(
    sim,
    "info",
    "Evaluation succeeded. Shifting all traffic to the new application version.",
    `All requests now go to ${to}.`,
  );
  promoteNewFleet(sim, fresh);
  sim.routing = { kind: "fleet" };
  emit(
    sim,
    "info",
    "Environment update completed successfully.",
    "The old instances are gone and the new fleet serves everything.",
  );
  return SUCCEEDED;
}

/** Blue/green: clone to a green environment, swap CNAMEs, wait for DNS caches, retire blue. */
export function runEbBlueGreen(sim: Sim, config: ElasticBeanstalkConfig, blue: string, green: string): ScriptResult {
  if (config.policy.kind !== "blue-green") return SUCCEEDED;
  const { dnsTtlSeconds, terminateBlueAfterSeconds } = config.policy;
  emit(
    sim,
    "info",
    `createEnvironment is starting. Cloning ${blue} as ${green} with version ${config.toVersion}.`,
    'A separate "green" environment with its own load balancer and URL is built next to production ("blue").',
  );
  const fresh = launchInstances(sim, config.instanceCount, green, config.toVersion);
  sim.batch = { label: green, instanceIds: fresh };
  if (bootInstances(sim, fresh, healthOutcome(config.failure, config.toVersion, config.toVersion)).length === 0) {
    advance(sim, Math.max(0, sim.timing.commandTimeoutSeconds - sim.timing.launchSeconds));
    return abandonNewFleet(sim, fresh, `Environment ${green} is Severe; its URL was never swapped.`);
  }
  emit(
    sim,
    "info",
    `Successfully launched environment: ${green}`,
    "Green is healthy and can be tested on its own URL while blue still serves production.",
  );
  emit(
    sim,
    "info",
    "swapEnvironmentCNAMEs is starting.",
    "The production CNAME now points at green. Clients that cached the old DNS answer keep hitting blue until their TTL expires.",
  );
  swapCname(sim, blue, green, dnsTtlSeconds);
  emit(
    sim,
    "info",
    `Completed swapping CNAMEs for environments '${blue}' and '${green}'.`,
    `New DNS lookups resolve to ${green}.`,
  );
  const alarmAt = alarmTime(config.failure);
  if (alarmAt !== null && alarmAt - sim.time < terminateBlueAfterSeconds) {
    advance(sim, Math.max(0, alarmAt - sim.time));
    const startedAt = sim.time;
    emit(
      sim,
      "warn",
      "CloudWatch alarm is in ALARM state for the green environment. swapEnvironmentCNAMEs is starting.",
      "Something is wrong with green, so the CNAMEs are swapped back. Blue is still running, which makes this rollback fast.",
    );
    swapCname(sim, green, blue, dnsTtlSeconds);
    advance(sim, dnsTtlSeconds);
    emit(
      sim,
      "info",
      `Terminating environment ${green}.`,
      "DNS caches have expired; green no longer receives requests and is removed.",
    );
    terminate(sim, idsInGroup(sim, green));
    sim.batch = null;
    return rolledBack("swap-back", startedAt, sim.time);
  }
  // Two stretches so frames show blue serving cached clients until the TTL, then going idle.
  advance(sim, Math.min(dnsTtlSeconds, terminateBlueAfterSeconds));
  advance(sim, Math.max(0, terminateBlueAfterSeconds - dnsTtlSeconds));
  sim.batch = { label: blue, instanceIds: idsInGroup(sim, blue) };
  emit(
    sim,
    "info",
    `Terminating environment ${blue}.`,
    "Blue has been idle long enough (past the DNS TTL) and is removed to stop paying for it.",
  );
  terminate(sim, idsInGroup(sim, blue));
  sim.batch = null;
  return SUCCEEDED;
}

function swapCname(sim: Sim, from: string, to: string, ttlSeconds: number): void {
  sim.routing = { kind: "dns", swappedAt: sim.time, previousTarget: from, ttlSeconds };
  sim.dns = { ...sim.dns, target: to };
}
