/**
 * Amazon ECS rolling update (ECS deployment controller) with the deployment circuit breaker.
 * Sources: ECS Developer Guide "Deploy Amazon ECS services by replacing tasks" (minimumHealthyPercent
 * rounds up, maximumPercent rounds down); API reference "ServiceDeploymentCircuitBreaker"
 * (threshold: 0.5 × desired count, minimum 3, maximum 200) and "ThresholdConfiguration".
 */
import type { ScriptResult } from "./script";
import { SUCCEEDED, failedWithoutRollback, healthOutcome, listIds, rolledBack } from "./script";
import type { EcsRollingConfig } from "./types";
import type { Sim } from "./world";
import { advance, bootInstances, emit, launchInstances, schedule, terminate, update } from "./world";

export const ECS_SERVICE_GROUP = "ecs-service";

export interface EcsTaskBounds {
  /** Tasks that must stay RUNNING and healthy: desiredCount × minimumHealthyPercent, rounded up. */
  minimumHealthyTasks: number;
  /** Tasks allowed RUNNING or PENDING: desiredCount × maximumPercent, rounded down. */
  maximumTasks: number;
}

/** The task-count bounds of a rolling update, with AWS's rounding. */
export function ecsTaskBounds(
  desiredCount: number,
  minimumHealthyPercent: number,
  maximumPercent: number,
): EcsTaskBounds {
  return {
    minimumHealthyTasks: Math.ceil((desiredCount * minimumHealthyPercent) / 100),
    maximumTasks: Math.floor((desiredCount * maximumPercent) / 100),
  };
}

/** Failed-task count that trips the circuit breaker: clamp(ceil(0.5 × desired), 3, 200). */
export function circuitBreakerThreshold(desiredCount: number): number {
  return Math.min(200, Math.max(3, Math.ceil(0.5 * desiredCount)));
}

/** Whether the scheduler can start or stop at least one task under these bounds. */
export function ecsBoundsCanMakeProgress(desiredCount: number, bounds: EcsTaskBounds): boolean {
  return bounds.maximumTasks > desiredCount || bounds.minimumHealthyTasks < desiredCount;
}

type RollOutcome = "steady" | "circuit-breaker" | "stuck";

interface Counts {
  old: string[];
  healthyNew: number;
  running: number;
}

function count(sim: Sim, target: string): Counts {
  const tasks = sim.instances.filter((i) => i.group === ECS_SERVICE_GROUP);
  return {
    old: tasks.filter((i) => i.version !== target && i.registration !== "draining").map((i) => i.id),
    healthyNew: tasks.filter((i) => i.version === target && i.health === "healthy").length,
    running: tasks.length,
  };
}

/** Stops old tasks: they drain from the target group, then stop after the deregistration delay. */
function stopTasks(sim: Sim, ids: string[]): void {
  if (ids.length === 0) return;
  update(sim, ids, (i) => {
    i.registration = "draining";
  });
  emit(
    sim,
    "info",
    `(service my-service) has begun draining connections on ${ids.length} task(s).`,
    "Old tasks stop receiving new requests and finish the ones in flight.",
  );
  schedule(sim, sim.time + sim.timing.deregistrationDelaySeconds, (s) => {
    terminate(s, ids);
    emit(
      s,
      "info",
      `(service my-service) has stopped ${ids.length} running task(s): ${listIds(ids)}.`,
      "The drained old tasks are gone.",
    );
  });
}

/** Repeats scheduler rounds until the service runs `desired` healthy tasks of `target`. */
function rollToward(sim: Sim, config: EcsRollingConfig, target: string, breaker: "on" | "off"): RollOutcome {
  const desired = config.desiredCount;
  const bounds = ecsTaskBounds(desired, config.minimumHealthyPercent, config.maximumPercent);
  const outcome = healthOutcome(config.failure, target, config.toVersion);
  const threshold = circuitBreakerThreshold(desired);
  let failures = 0;
  for (let round = 0; round < 40 + 4 * desired; round += 1) {
    const c = count(sim, target);
    if (c.old.length === 0 && c.healthyNew >= desired && c.running === desired) return "steady";
    const stop = Math.min(c.old.length, Math.max(0, c.old.length + c.healthyNew - bounds.minimumHealthyTasks));
    const start = Math.min(desired - c.healthyNew, Math.max(0, bounds.maximumTasks - c.running));
    if (stop === 0 && start === 0) {
      const next = sim.scheduled[0];
      if (next === undefined) return "stuck";
      advance(sim, Math.max(1, next.at - sim.time));
      continue;
    }
    stopTasks(sim, c.old.slice(0, stop));
    if (start === 0) continue;
    const fresh = launchInstances(sim, start, ECS_SERVICE_GROUP, target);
    sim.batch = { label: `Round ${round + 1}`, instanceIds: fresh };
    emit(
      sim,
      "info",
      `(service my-service) has started ${start} task(s): ${listIds(fresh)}.`,
      `The scheduler starts ${start} task(s) of ${target} (max ${bounds.maximumTasks} tasks, min ${bounds.minimumHealthyTasks} healthy).`,
    );
    if (bootInstances(sim, fresh, outcome).length > 0) continue;
    failures += fresh.length;
    terminate(sim, fresh);
    emit(
      sim,
      "warn",
      `(service my-service) task(s) ${listIds(fresh)} failed container health checks and were stopped (${failures} failed so far).`,
      breaker === "on"
        ? `The circuit breaker counts failed tasks; it trips at ${threshold}.`
        : "Without the circuit breaker, ECS keeps retrying forever.",
    );
    if (breaker === "on" && failures >= threshold) return "circuit-breaker";
  }
  return "stuck";
}

/** Runs a rolling update; with the circuit breaker, a failing deployment is marked FAILED and may roll back. */
export function runEcsRolling(sim: Sim, config: EcsRollingConfig): ScriptResult {
  emit(
    sim,
    "info",
    `(service my-service) deployment ecs-svc/2 started: task definition ${config.toVersion}.`,
    "ECS begins replacing tasks within the minimum healthy / maximum percent bounds.",
  );
  const breaker = config.circuitBreaker === "disabled" ? "off" : "on";
  const result = rollToward(sim, config, config.toVersion, breaker);
  sim.batch = null;
  if (result === "steady") {
    emit(
      sim,
      "info",
      "(service my-service) has reached a steady state.",
      `All ${config.desiredCount} tasks run ${config.toVersion}.`,
    );
    return SUCCEEDED;
  }
  if (result === "stuck") {
    emit(
      sim,
      "error",
      "(service my-service) deployment ecs-svc/2 is not making progress.",
      "The new tasks keep failing and nothing stops the deployment: it would retry indefinitely.",
    );
    return failedWithoutRollback();
  }
  emit(
    sim,
    "error",
    "(service my-service) (deployment ecs-svc/2) deployment failed: tasks failed to start.",
    "The deployment circuit breaker tripped: the rollout state is now FAILED and no more new tasks launch.",
  );
  if (config.circuitBreaker !== "enabled-with-rollback") return failedWithoutRollback();
  const startedAt = sim.time;
  emit(
    sim,
    "warn",
    `(service my-service) rolling back to deployment ecs-svc/1 (task definition ${config.fromVersion}).`,
    "Rollback is a new deployment of the last completed one.",
  );
  rollToward(sim, config, config.fromVersion, "off");
  sim.batch = null;
  emit(
    sim,
    "info",
    "(service my-service) has reached a steady state.",
    `The service is back on ${config.fromVersion}.`,
  );
  return rolledBack("redeploy", startedAt, sim.time);
}
