/**
 * Elastic Beanstalk in-place policies: All at once, Rolling, Rolling with additional batch.
 * Source: EB Developer Guide, "Deployment policies and settings" (How rolling deployments work).
 */
import type { ScriptResult } from "./script";
import { SUCCEEDED, chunk, healthOutcome, listIds, rolledBack } from "./script";
import type { EbBatchSizeType, ElasticBeanstalkConfig } from "./types";
import type { Sim } from "./world";
import {
  advance,
  alive,
  bootInstances,
  drain,
  emit,
  findInstance,
  idsInGroup,
  launchInstances,
  passHealthChecks,
  terminate,
  update,
} from "./world";

export const EB_GROUP = "awseb-AutoScalingGroup";

/** Instances per batch: Percentage of the fleet (rounded up, at least 1) or a Fixed count. */
export function ebBatchSize(batchSizeType: EbBatchSizeType, batchSize: number, instanceCount: number): number {
  if (batchSizeType === "Fixed") return Math.max(1, Math.min(batchSize, instanceCount));
  return Math.max(1, Math.ceil((batchSize * instanceCount) / 100));
}

interface BatchStep {
  sim: Sim;
  ids: string[];
  label: string;
  version: string;
  outcome: "passes" | "fails";
}

/** Detach (drain), install, reattach, wait for health. Returns false when the batch stays unhealthy. */
function deployBatch(step: BatchStep): boolean {
  const { sim, ids, label, version } = step;
  sim.batch = { label, instanceIds: ids };
  emit(
    sim,
    "info",
    `${label}: Starting application deployment on instance(s) ${listIds(ids)}.`,
    `${label} leaves the load balancer (after draining in-flight requests), so the rest of the fleet carries the traffic.`,
  );
  drain(sim, ids);
  update(sim, ids, (i) => {
    i.lifecycle = "updating";
    i.health = "checking";
  });
  advance(sim, sim.timing.deploySeconds);
  update(sim, ids, (i) => {
    i.version = version;
  });
  const healthy = passHealthChecks(sim, alive(sim, ids), step.outcome);
  if (step.outcome === "fails" || (healthy.length === 0 && alive(sim, ids).length > 0)) {
    const waited = sim.timing.deploySeconds + sim.timing.healthCheckIntervalSeconds * sim.timing.healthyThresholdCount;
    advance(sim, Math.max(0, sim.timing.commandTimeoutSeconds - waited));
    emit(
      sim,
      "error",
      `${label}: Failed to deploy application. Instances did not become healthy within the command timeout.`,
      "The new version never passed its health checks, so Elastic Beanstalk stops here. Finished batches keep the new version; the rest keep the old one.",
    );
    return false;
  }
  emit(
    sim,
    "info",
    `${label}: Completed application deployment.`,
    `${label} is back behind the load balancer and serving ${version}.`,
  );
  return true;
}

/** Deploys `version` to the given instances batch by batch. Returns false on the first failed batch. */
function rollBatches(sim: Sim, ids: string[], size: number, version: string, outcome: "passes" | "fails"): boolean {
  const batches = chunk(ids, size);
  for (const [index, batch] of batches.entries()) {
    const live = alive(sim, batch);
    if (live.length === 0) continue;
    if (!deployBatch({ sim, ids: live, label: `Batch ${index + 1}`, version, outcome })) return false;
  }
  const stragglers = idsInGroup(sim, EB_GROUP).filter((id) => findInstance(sim, id)?.version !== version);
  if (stragglers.length === 0) return true;
  return deployBatch({ sim, ids: stragglers, label: `Batch ${batches.length + 1}`, version, outcome });
}

function allAtOnce(sim: Sim, version: string, outcome: "passes" | "fails"): boolean {
  const ids = idsInGroup(sim, EB_GROUP);
  sim.batch = { label: "All instances", instanceIds: ids };
  emit(
    sim,
    "info",
    "Deploying new version to instance(s).",
    "Every instance installs the new version at the same time, so for a while nothing can serve requests.",
  );
  update(sim, ids, (i) => {
    i.lifecycle = "updating";
    i.health = "checking";
  });
  advance(sim, sim.timing.deploySeconds);
  update(sim, ids, (i) => {
    i.version = version;
  });
  passHealthChecks(sim, alive(sim, ids), outcome);
  if (outcome === "fails") {
    advance(sim, Math.max(0, sim.timing.commandTimeoutSeconds - sim.timing.deploySeconds));
    emit(
      sim,
      "error",
      "Failed to deploy application.",
      "The whole fleet runs a version that fails health checks: the application is down.",
    );
    return false;
  }
  emit(
    sim,
    "info",
    "Instance deployment completed successfully.",
    "All instances restarted on the new version and passed health checks.",
  );
  return true;
}

function deployPolicy(sim: Sim, config: ElasticBeanstalkConfig, version: string, outcome: "passes" | "fails"): boolean {
  const policy = config.policy;
  if (policy.kind === "rolling") {
    const size = ebBatchSize(policy.batchSizeType, policy.batchSize, config.instanceCount);
    return rollBatches(sim, idsInGroup(sim, EB_GROUP), size, version, outcome);
  }
  if (policy.kind === "rolling-with-additional-batch") {
    return rollWithAdditionalBatch(sim, config, version, outcome);
  }
  return allAtOnce(sim, version, outcome);
}

function rollWithAdditionalBatch(
  sim: Sim,
  config: ElasticBeanstalkConfig,
  version: string,
  outcome: "passes" | "fails",
): boolean {
  if (config.policy.kind !== "rolling-with-additional-batch") return false;
  const size = ebBatchSize(config.policy.batchSizeType, config.policy.batchSize, config.instanceCount);
  const originals = idsInGroup(sim, EB_GROUP);
  const extra = launchInstances(sim, size, EB_GROUP, version);
  sim.batch = { label: "Additional batch", instanceIds: extra };
  emit(
    sim,
    "info",
    `Launching an additional batch of ${size} instance(s) to maintain full capacity during the deployment.`,
    "Before touching any existing instance, Elastic Beanstalk adds a batch of new instances so capacity never drops.",
  );
  const healthy = bootInstances(sim, extra, outcome);
  if (healthy.length === 0) {
    advance(sim, Math.max(0, sim.timing.commandTimeoutSeconds - sim.timing.launchSeconds));
    emit(
      sim,
      "error",
      "Failed to deploy application. The additional batch did not become healthy.",
      "The extra instances failed their health checks.",
    );
    terminate(sim, extra);
    return false;
  }
  const ok = rollBatches(sim, originals, size, version, outcome);
  if (!ok) return false;
  sim.batch = { label: "Additional batch", instanceIds: extra };
  emit(
    sim,
    "info",
    `Terminating the additional batch of instance(s) ${listIds(extra)}.`,
    "The deployment is done, so the temporary extra capacity is removed and the fleet is back to its normal size.",
  );
  drain(sim, alive(sim, extra));
  terminate(sim, extra);
  return true;
}

/** Runs an in-place EB deployment; on failure redeploys the previous version as EB users must. */
export function runEbInPlace(sim: Sim, config: ElasticBeanstalkConfig): ScriptResult {
  emit(
    sim,
    "info",
    "Environment update is starting.",
    `Elastic Beanstalk starts deploying ${config.toVersion} with the "${config.policy.kind}" policy.`,
  );
  const outcome = healthOutcome(config.failure, config.toVersion, config.toVersion);
  if (deployPolicy(sim, config, config.toVersion, outcome)) {
    sim.launchVersionByGroup[EB_GROUP] = config.toVersion;
    sim.batch = null;
    emit(
      sim,
      "info",
      "New application version was deployed to running EC2 instances.",
      "Every instance now runs the new version.",
    );
    emit(sim, "info", "Environment update completed successfully.", "The deployment finished without errors.");
    return SUCCEEDED;
  }
  const startedAt = sim.time;
  emit(
    sim,
    "warn",
    `Environment update is starting. Deploying previous version ${config.fromVersion}.`,
    "Elastic Beanstalk does not roll back in-place deployments by itself: you redeploy the last good version, which is a new deployment with the same policy.",
  );
  deployPolicy(sim, config, config.fromVersion, "passes");
  sim.batch = null;
  emit(sim, "info", "Environment update completed successfully.", `The fleet is back on ${config.fromVersion}.`);
  return rolledBack("redeploy", startedAt, sim.time);
}
