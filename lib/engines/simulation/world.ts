/**
 * The mutable world a single `simulate` call works on: instances, load balancer registration,
 * routing, the clock, and the recorded frames/events. Nothing here escapes `simulate` except the
 * immutable timeline it builds, so the engine stays pure from the outside.
 */
import { healthCheckSeconds } from "./defaults";
import type { Random } from "./random";
import type {
  EventSeverity,
  Frame,
  InstanceHealth,
  InstanceView,
  InstanceLifecycle,
  LbRegistration,
  LifecycleEventStatus,
  LifecycleLogEntry,
  SimEvent,
  Timing,
} from "./types";

export interface SimInstance {
  id: string;
  group: string;
  version: string;
  health: InstanceHealth;
  lifecycle: InstanceLifecycle;
  registration: LbRegistration;
  lifecycleEvent: string | null;
}

/** How new requests find a version: by in-service fleet share, by explicit weights, or by DNS. */
export type Routing =
  | { kind: "fleet" }
  | { kind: "weighted"; weights: Record<string, number> }
  | { kind: "dns"; swappedAt: number | null; previousTarget: string; ttlSeconds: number };

export interface Scheduled {
  at: number;
  run: (sim: Sim) => void;
}

export interface Sim {
  timing: Timing;
  random: Random;
  time: number;
  loadBalancer: "with-load-balancer" | "without-load-balancer";
  instances: SimInstance[];
  nextInstanceNumber: number;
  idPrefix: string;
  routing: Routing;
  dns: { record: string; target: string };
  batch: { label: string; instanceIds: string[] } | null;
  /** Version a group's Auto Scaling launches when it replaces an instance. */
  launchVersionByGroup: Record<string, string>;
  scheduled: Scheduled[];
  frames: Frame[];
  events: SimEvent[];
  lifecycleLog: LifecycleLogEntry[];
  recordFrame: (sim: Sim, durationSeconds: number) => void;
  /**
   * The view each instance was last drawn with. Frames reuse a view (and the whole `instances`
   * array) while nothing about the instance changed, so recording a frame allocates only for changes.
   */
  views: WeakMap<SimInstance, InstanceView>;
  /** The `instances` array of the last recorded frame. */
  lastViews: InstanceView[] | null;
  /** The `batch` the last recorded frame copied into `currentBatch`. */
  batchShown: Sim["batch"];
  /** Live instances by id, kept in step with `instances` by {@link addInstance} and {@link terminate}. */
  byId: Map<string, SimInstance>;
}

/** Adds an instance to the world (the only way in, so the id index stays complete). */
export function addInstance(sim: Sim, instance: SimInstance): void {
  sim.instances.push(instance);
  sim.byId.set(instance.id, instance);
}

/** The live instance with this id, if any. */
export function findInstance(sim: Sim, id: string): SimInstance | undefined {
  return sim.byId.get(id);
}

/** Adds `count` new instances to `group` in the `launching` state and returns their ids. */
export function launchInstances(sim: Sim, count: number, group: string, version: string): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    sim.nextInstanceNumber += 1;
    const id = `${sim.idPrefix}-${String(sim.nextInstanceNumber).padStart(4, "0")}`;
    addInstance(sim, {
      id,
      group,
      version,
      health: "checking",
      lifecycle: "launching",
      registration: "not-registered",
      lifecycleEvent: null,
    });
    ids.push(id);
  }
  return ids;
}

/** Adds instances that are already running, healthy and (if there is a load balancer) registered. */
export function seedHealthyInstances(sim: Sim, count: number, group: string, version: string): string[] {
  const ids = launchInstances(sim, count, group, version);
  update(sim, ids, (i) => {
    i.lifecycle = "running";
    i.health = "healthy";
    i.registration = sim.loadBalancer === "with-load-balancer" ? "registered" : "not-registered";
  });
  return ids;
}

/**
 * Applies `change` to every live instance among `ids` (dead ones are skipped). O(ids). `change`
 * must only assign fields (idempotent): an id listed twice is changed twice.
 */
export function update(sim: Sim, ids: readonly string[], change: (instance: SimInstance) => void): void {
  for (const id of ids) {
    const instance = sim.byId.get(id);
    if (instance !== undefined) change(instance);
  }
}

/** Ids among `ids` that still exist. */
export function alive(sim: Sim, ids: readonly string[]): string[] {
  return ids.filter((id) => sim.byId.has(id));
}

export function idsInGroup(sim: Sim, group: string): string[] {
  return sim.instances.filter((i) => i.group === group).map((i) => i.id);
}

export function terminate(sim: Sim, ids: readonly string[]): void {
  if (ids.length === 0) return;
  for (const id of ids) sim.byId.delete(id);
  sim.instances = sim.instances.filter((i) => sim.byId.has(i.id));
}

/** Records an event at the current time. */
export function emit(sim: Sim, severity: EventSeverity, text: string, narration: string): void {
  sim.events.push({ time: sim.time, severity, text, narration });
}

export function logLifecycle(
  sim: Sim,
  deploymentId: string,
  ids: readonly string[],
  event: string,
  status: LifecycleEventStatus,
): void {
  for (const instanceId of ids) {
    sim.lifecycleLog.push({ time: sim.time, deploymentId, instanceId, event, status });
  }
}

export function schedule(sim: Sim, at: number, run: (sim: Sim) => void): void {
  sim.scheduled.push({ at, run });
  sim.scheduled.sort((a, b) => a.at - b.at);
}

/**
 * Lets `seconds` pass, recording one frame per stretch of unchanged state. Scheduled actions
 * (an instance dying, Auto Scaling replacing it) split the stretch where they happen.
 */
export function advance(sim: Sim, seconds: number): void {
  let remaining = Math.max(0, seconds);
  while (remaining > 0) {
    const due = sim.scheduled[0];
    if (due !== undefined && due.at < sim.time + remaining) {
      const gap = Math.max(0, due.at - sim.time);
      if (gap > 0) sim.recordFrame(sim, gap);
      sim.time += gap;
      remaining -= gap;
      sim.scheduled.shift();
      due.run(sim);
      continue;
    }
    sim.recordFrame(sim, remaining);
    sim.time += remaining;
    remaining = 0;
  }
}

/** Runs every scheduled action due at or before the current time without passing time. */
export function flushDue(sim: Sim): void {
  while (sim.scheduled[0] !== undefined && sim.scheduled[0].at <= sim.time) {
    const due = sim.scheduled.shift();
    due?.run(sim);
  }
}

/** Load balancer stops sending new requests and drains in-flight ones for the deregistration delay. */
export function drain(sim: Sim, ids: readonly string[]): void {
  if (sim.loadBalancer === "without-load-balancer" || ids.length === 0) return;
  update(sim, ids, (i) => {
    i.registration = "draining";
  });
  advance(sim, sim.timing.deregistrationDelaySeconds);
  update(sim, ids, (i) => {
    i.registration = "not-registered";
  });
}

/**
 * Registers running instances and waits for the healthy threshold. Returns the ids that became
 * healthy; with `outcome: 'fails'` they stay unhealthy and are returned as an empty list.
 */
export function passHealthChecks(sim: Sim, ids: readonly string[], outcome: "passes" | "fails"): string[] {
  update(sim, ids, (i) => {
    i.lifecycle = "running";
    i.health = "checking";
    if (sim.loadBalancer === "with-load-balancer") i.registration = "initial";
  });
  advance(sim, healthCheckSeconds(sim.timing));
  const live = alive(sim, ids);
  update(sim, live, (i) => {
    i.health = outcome === "passes" ? "healthy" : "unhealthy";
    if (outcome === "passes" && sim.loadBalancer === "with-load-balancer") i.registration = "registered";
  });
  return outcome === "passes" ? live : [];
}

/** Boots instances: `launching` for the launch time, then health checks. */
export function bootInstances(sim: Sim, ids: readonly string[], outcome: "passes" | "fails"): string[] {
  advance(sim, sim.timing.launchSeconds);
  return passHealthChecks(sim, ids, outcome);
}
