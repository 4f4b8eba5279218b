/**
 * Entry point: `simulate(config, seed)` builds the whole timeline; `createRun` + `step` let a UI
 * play, pause and step through it frame by frame.
 */
import { runServerBlueGreen, runServerInPlace, ORIGINAL_GROUP } from "./codedeploy-server";
import { ECS_BLUE_TASK_SET, runEcsBlueGreen, runLambdaDeployment } from "./codedeploy-traffic";
import { resolveTiming } from "./defaults";
import { EB_GROUP, runEbInPlace } from "./eb-in-place";
import { runEbBlueGreen, runEbImmutable, runEbTrafficSplitting } from "./eb-replacement";
import { ECS_SERVICE_GROUP, runEcsRolling } from "./ecs-rolling";
import { createRandom } from "./random";
import { createSim } from "./recorder";
import type { ScriptResult } from "./script";
import { armInstanceLoss, listIds } from "./script";
import type { Frame, SimEvent, SimulationConfig, Timeline } from "./types";
import type { ValidationError } from "./validate";
import { validateConfig } from "./validate";
import type { Sim } from "./world";
import { addInstance, advance, emit, flushDue, passHealthChecks, seedHealthyInstances, update } from "./world";

/** Thrown by {@link simulate} for a config AWS would not accept. Validate first to avoid it. */
export class SimulationConfigError extends Error {
  readonly errors: ValidationError[];
  constructor(errors: ValidationError[]) {
    super(`Invalid simulation config: ${errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`);
    this.name = "SimulationConfigError";
    this.errors = errors;
  }
}

const EB_BLUE = "my-app-blue";
const EB_GREEN = "my-app-green";

function setupSim(config: SimulationConfig, seed: number): { sim: Sim; desired: number } {
  const timing = resolveTiming(config.timing);
  const random = createRandom(seed);
  const base = { timing, random, routing: { kind: "fleet" } as const };
  switch (config.kind) {
    case "elastic-beanstalk": {
      const blueGreen = config.policy.kind === "blue-green";
      const lb = config.environmentType === "load-balanced" ? "with-load-balancer" : "without-load-balancer";
      const sim = createSim({
        ...base,
        loadBalancer: lb,
        idPrefix: "i",
        routing: blueGreen ? { kind: "dns", swappedAt: null, previousTarget: EB_BLUE, ttlSeconds: 0 } : base.routing,
        dns: {
          record: "my-app.us-east-1.elasticbeanstalk.com",
          target: blueGreen ? EB_BLUE : "awseb-my-app-load-balancer",
        },
      });
      const group = blueGreen ? EB_BLUE : EB_GROUP;
      sim.launchVersionByGroup[group] = config.fromVersion;
      sim.launchVersionByGroup[EB_GREEN] = config.toVersion;
      seedHealthyInstances(sim, config.instanceCount, group, config.fromVersion);
      return { sim, desired: config.instanceCount };
    }
    case "codedeploy-server": {
      const sim = createSim({
        ...base,
        loadBalancer: config.loadBalancer,
        idPrefix: "i",
        dns: { record: "my-app-alb.elb.amazonaws.com", target: "target group" },
      });
      sim.launchVersionByGroup[ORIGINAL_GROUP] = config.fromVersion;
      seedHealthyInstances(sim, config.instanceCount, ORIGINAL_GROUP, config.fromVersion);
      return { sim, desired: config.instanceCount };
    }
    case "codedeploy-lambda": {
      const sim = createSim({
        ...base,
        loadBalancer: "without-load-balancer",
        idPrefix: "fn",
        routing: { kind: "weighted", weights: { [config.fromVersion]: 100, [config.toVersion]: 0 } },
        dns: { record: "my-function:live", target: "alias live" },
      });
      for (const version of [config.fromVersion, config.toVersion]) {
        addInstance(sim, {
          id: `my-function:${version}`,
          group: "alias-live",
          version,
          health: "healthy",
          lifecycle: "running",
          registration: "not-registered",
          lifecycleEvent: null,
        });
      }
      return { sim, desired: 1 };
    }
    case "codedeploy-ecs": {
      const sim = createSim({
        ...base,
        loadBalancer: "with-load-balancer",
        idPrefix: "task",
        routing: { kind: "weighted", weights: { [config.fromVersion]: 100, [config.toVersion]: 0 } },
        dns: { record: "my-service-alb.elb.amazonaws.com", target: "production listener" },
      });
      sim.launchVersionByGroup[ECS_BLUE_TASK_SET] = config.fromVersion;
      seedHealthyInstances(sim, config.taskCount, ECS_BLUE_TASK_SET, config.fromVersion);
      return { sim, desired: config.taskCount };
    }
    case "ecs-rolling": {
      const sim = createSim({
        ...base,
        loadBalancer: "with-load-balancer",
        idPrefix: "task",
        dns: { record: "my-service-alb.elb.amazonaws.com", target: "target group" },
      });
      sim.launchVersionByGroup[ECS_SERVICE_GROUP] = config.fromVersion;
      seedHealthyInstances(sim, config.desiredCount, ECS_SERVICE_GROUP, config.fromVersion);
      return { sim, desired: config.desiredCount };
    }
  }
}

function runScript(sim: Sim, config: SimulationConfig): ScriptResult {
  switch (config.kind) {
    case "elastic-beanstalk":
      if (config.policy.kind === "immutable") return runEbImmutable(sim, config);
      if (config.policy.kind === "traffic-splitting") return runEbTrafficSplitting(sim, config);
      if (config.policy.kind === "blue-green") return runEbBlueGreen(sim, config, EB_BLUE, EB_GREEN);
      return runEbInPlace(sim, config);
    case "codedeploy-server":
      return config.deploymentType === "blue-green" ? runServerBlueGreen(sim, config) : runServerInPlace(sim, config);
    case "codedeploy-lambda":
      return runLambdaDeployment(sim, config);
    case "codedeploy-ecs":
      return runEcsBlueGreen(sim, config);
    case "ecs-rolling":
      return runEcsRolling(sim, config);
  }
}

/**
 * Auto Scaling may have replaced a lost instance with the version it launched at that moment.
 * Like CodeDeploy's follow-on deployment (and EB deploying its current version to new instances),
 * bring such stragglers to the version the run settled on.
 */
function reconcileReplacements(sim: Sim, config: SimulationConfig, result: ScriptResult): void {
  if (config.kind === "codedeploy-lambda" || result.outcome === "failed") return;
  const target = result.outcome === "succeeded" ? config.toVersion : config.fromVersion;
  const stragglers = sim.instances.filter((i) => i.version !== target).map((i) => i.id);
  if (stragglers.length === 0) return;
  sim.batch = { label: "Follow-on deployment", instanceIds: stragglers };
  emit(
    sim,
    "info",
    `Deploying ${target} to instance(s) launched by Auto Scaling during the deployment ${listIds(stragglers)}.`,
    "An instance was replaced mid-deployment and came up with the version its Auto Scaling group launched at that moment, so it is updated too.",
  );
  update(sim, stragglers, (i) => {
    i.lifecycle = "updating";
    i.health = "checking";
  });
  advance(sim, sim.timing.deploySeconds);
  update(sim, stragglers, (i) => {
    i.version = target;
  });
  passHealthChecks(sim, stragglers, "passes");
  sim.batch = null;
}

/**
 * Simulates one deployment. Pure: the same config and seed always give a deep-equal timeline.
 * @throws SimulationConfigError when {@link validateConfig} rejects the config.
 */
export function simulate(config: SimulationConfig, seed: number): Timeline {
  const validation = validateConfig(config);
  if (!validation.ok) throw new SimulationConfigError(validation.errors);
  const { sim, desired } = setupSim(config, seed);
  armInstanceLoss(
    sim,
    config.failure,
    sim.instances.map((i) => i.id),
  );
  const result = runScript(sim, config);
  flushDue(sim);
  while (sim.scheduled.length > 0) {
    // Let pending Auto Scaling replacements finish so the final frame is settled.
    const next = sim.scheduled.shift();
    if (next === undefined) break;
    sim.recordFrame(sim, Math.max(0, next.at - sim.time));
    sim.time = Math.max(sim.time, next.at);
    next.run(sim);
  }
  reconcileReplacements(sim, config, result);
  if (result.outcome !== "succeeded" && result.rollback === null) {
    emit(sim, "error", "Deployment failed.", "The deployment ended in a failed state and nothing rolled it back.");
  }
  sim.recordFrame(sim, 0);
  return {
    config,
    seed,
    desiredCount: desired,
    frames: sim.frames
      .filter((f, i, all) => f.durationSeconds > 0 || i === all.length - 1)
      .map((f, index) => ({ ...f, index })),
    events: sim.events,
    lifecycleLog: sim.lifecycleLog,
    outcome: result.outcome,
    rollback: result.rollback,
  };
}

/** A playable run: a finished timeline plus a cursor. Immutable; `step` returns a new run. */
export interface SimulationRun {
  timeline: Timeline;
  /** Index of the next frame `step` will return. */
  cursor: number;
}

export type RunStatus = "playing" | "finished";

export interface StepResult {
  run: SimulationRun;
  frame: Frame | null;
  /** Events that happen while this frame is on screen. */
  events: SimEvent[];
  status: RunStatus;
}

/** Prepares a run for play/pause/step UIs. */
export function createRun(config: SimulationConfig, seed: number): SimulationRun {
  return { timeline: simulate(config, seed), cursor: 0 };
}

/** Advances one frame. Once past the last frame it returns `frame: null` and `finished`. */
export function step(run: SimulationRun): StepResult {
  const frames = run.timeline.frames;
  const frame = frames[run.cursor] ?? null;
  if (frame === null) return { run, frame: null, events: [], status: "finished" };
  const next = frames[run.cursor + 1];
  const until = next === undefined ? Number.POSITIVE_INFINITY : next.time;
  const events = run.timeline.events.filter((e) => e.time >= frame.time && e.time < until);
  const nextRun = { timeline: run.timeline, cursor: run.cursor + 1 };
  return { run: nextRun, frame, events, status: next === undefined ? "finished" : "playing" };
}
