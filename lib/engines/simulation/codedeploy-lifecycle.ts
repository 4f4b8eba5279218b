/**
 * Running CodeDeploy lifecycle events on EC2 instances, and deploying a revision in waves that
 * respect the minimum healthy hosts rule. Source: CodeDeploy User Guide "Instance health",
 * "AppSpec 'hooks' section".
 */
import type { ServerPlan } from "./codedeploy-configs";
import type { LifecycleEventSpec } from "./hooks";
import { listIds } from "./script";
import type { FailureInjection } from "./types";
import type { Sim } from "./world";
import { advance, alive, drain, emit, logLifecycle, passHealthChecks, update } from "./world";

export interface LifecycleRun {
  sim: Sim;
  deploymentId: string;
  events: readonly LifecycleEventSpec[];
  version: string;
  /** Failures are injected only into deployments of this version. */
  badVersion: string;
  failure: FailureInjection;
}

function hookFails(run: LifecycleRun, event: string): "script-fails" | "times-out" | "no" {
  if (run.version !== run.badVersion) return "no";
  const { failure } = run;
  if (failure.kind === "hook-failure" && failure.hook === event) return failure.outcome;
  return "no";
}

/** Performs the side effect a reserved or scriptable event has on the instances. Returns false on failure. */
function performEvent(run: LifecycleRun, ids: string[], event: string): boolean {
  const { sim } = run;
  const healthFails = run.failure.kind === "health-check-failure" && run.version === run.badVersion;
  switch (event) {
    case "BlockTraffic":
      drain(sim, ids);
      return true;
    case "AllowTraffic":
      return passHealthChecks(sim, ids, healthFails ? "fails" : "passes").length > 0 || ids.length === 0;
    case "ApplicationStop":
      update(sim, ids, (i) => {
        i.lifecycle = "updating";
        i.health = "checking";
      });
      advance(sim, sim.timing.hookSeconds);
      return true;
    case "Install":
      advance(sim, sim.timing.hookSeconds);
      update(sim, ids, (i) => {
        i.version = run.version;
      });
      return true;
    case "ValidateService":
      advance(sim, sim.timing.hookSeconds);
      if (sim.loadBalancer === "without-load-balancer" && healthFails) return false;
      update(sim, ids, (i) => {
        i.lifecycle = "running";
        if (sim.loadBalancer === "without-load-balancer") i.health = "healthy";
      });
      return true;
    default:
      advance(sim, sim.timing.hookSeconds);
      return true;
  }
}

/** Runs `events` in order on a wave of instances. Returns the ids that failed (empty on success). */
export function runLifecycle(run: LifecycleRun, ids: string[]): string[] {
  const { sim } = run;
  for (const spec of run.events) {
    const live = alive(sim, ids);
    if (live.length === 0) return [];
    update(sim, live, (i) => {
      i.lifecycleEvent = spec.name;
    });
    const injected = hookFails(run, spec.name);
    if (injected !== "no") {
      advance(sim, injected === "times-out" ? sim.timing.hookTimeoutSeconds : sim.timing.hookSeconds);
      return failWave(run, live, spec.name, injected === "times-out" ? "ScriptTimedOut" : "ScriptFailed");
    }
    if (!performEvent(run, live, spec.name)) return failWave(run, alive(sim, live), spec.name, "HealthConstraints");
    logLifecycle(sim, run.deploymentId, alive(sim, live), spec.name, "Succeeded");
  }
  update(sim, ids, (i) => {
    i.lifecycleEvent = null;
  });
  return [];
}

function failWave(run: LifecycleRun, ids: string[], event: string, code: string): string[] {
  const { sim } = run;
  logLifecycle(sim, run.deploymentId, ids, event, "Failed");
  update(sim, ids, (i) => {
    i.health = "unhealthy";
    i.lifecycle = "running";
    i.lifecycleEvent = null;
  });
  const detail =
    code === "ScriptTimedOut"
      ? "Script at specified location timed out"
      : code === "ScriptFailed"
        ? "Script at specified location failed with exit code 1"
        : "Instance failed health checks";
  emit(
    sim,
    "error",
    `${run.deploymentId}: Lifecycle event ${event} failed on instance(s) ${listIds(ids)} (${code}: ${detail}).`,
    `The ${event} step did not succeed, so CodeDeploy marks these instances as unhealthy for this deployment.`,
  );
  return ids;
}

export type WaveOutcome = "succeeded" | "failed";

/**
 * Deploys to `ids` in waves as large as minimum healthy hosts allows. Stops (failed) as soon as the
 * healthy count falls to the minimum with instances still left, or when `stopAt` (an alarm) passes.
 */
export function deployInWaves(run: LifecycleRun, ids: string[], plan: ServerPlan, stopAt: number | null): WaveOutcome {
  const { sim } = run;
  const total = ids.length;
  let failed = 0;
  let succeeded = 0;
  let queue = [...ids];
  let waveNumber = 0;
  while (queue.length > 0) {
    if (stopAt !== null && sim.time >= stopAt) return "failed";
    const healthy = total - failed;
    const budget = plan.minimumHealthy === 0 ? queue.length : healthy - plan.minimumHealthy;
    if (budget <= 0) return "failed";
    const size = Math.min(queue.length, plan.concurrency, budget);
    const wave = alive(sim, queue.slice(0, size));
    queue = queue.slice(size);
    waveNumber += 1;
    sim.batch = { label: `${run.deploymentId} wave ${waveNumber}`, instanceIds: wave };
    const waveFailed = runLifecycle(run, wave).length;
    failed += waveFailed;
    succeeded += wave.length - waveFailed;
    const isLast = queue.length === 0;
    if (waveFailed > 0 && !(isLast && plan.lastInstanceMayFail === "yes")) {
      if (total - failed <= plan.minimumHealthy && !isLast) return "failed";
      if (plan.minimumHealthy > 0 && total - failed < plan.minimumHealthy) return "failed";
    }
  }
  return succeeded > 0 ? "succeeded" : "failed";
}
