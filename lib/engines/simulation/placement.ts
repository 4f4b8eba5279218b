/**
 * Amazon ECS task placement on EC2 container instances: filter by CPU/memory and constraints,
 * then order candidates by strategies (binpack, spread, random), applied in sequence.
 * Source: ECS Developer Guide "Amazon ECS task placement strategies" and "task placement constraints".
 */
import { createRandom } from "./random";

export interface ContainerInstance {
  id: string;
  availabilityZone: string;
  /** Registered CPU units (1024 = 1 vCPU) and memory (MiB). */
  cpu: number;
  memory: number;
}

export interface Cluster {
  instances: ContainerInstance[];
}

export interface TaskRequest {
  id: string;
  cpu: number;
  memory: number;
}

export type PlacementStrategy =
  | { type: "binpack"; field: "cpu" | "memory" }
  | { type: "spread"; field: "attribute:ecs.availability-zone" | "instanceId" }
  | { type: "random" };

export type PlacementConstraint = "none" | "distinctInstance";

export interface Placement {
  taskId: string;
  instanceId: string | null;
  /** Why the task could not be placed, when `instanceId` is null. */
  reason: string | null;
}

export interface PlacementResult {
  placements: Placement[];
  remaining: Record<string, { cpu: number; memory: number }>;
  tasksPerInstance: Record<string, number>;
  unplaced: number;
}

interface Slot {
  instance: ContainerInstance;
  cpu: number;
  memory: number;
  tasks: number;
}

type Key = (slot: Slot, slots: Slot[]) => number;

function strategyKey(strategy: PlacementStrategy, rank: Map<string, number>): Key {
  switch (strategy.type) {
    // Binpack prefers the instance with the LEAST of the field left, filling it before the next.
    case "binpack":
      return (slot) => (strategy.field === "cpu" ? slot.cpu : slot.memory);
    // Spread prefers the zone (or instance) with the fewest tasks so far.
    case "spread":
      if (strategy.field === "instanceId") return (slot) => slot.tasks;
      return (slot, slots) =>
        slots
          .filter((s) => s.instance.availabilityZone === slot.instance.availabilityZone)
          .reduce((n, s) => n + s.tasks, 0);
    case "random":
      return (slot) => rank.get(slot.instance.id) ?? 0;
  }
}

function fits(slot: Slot, task: TaskRequest, constraint: PlacementConstraint): boolean {
  if (constraint === "distinctInstance" && slot.tasks > 0) return false;
  return slot.cpu >= task.cpu && slot.memory >= task.memory;
}

/**
 * Places tasks one by one. Ties left after every strategy are broken by a seeded shuffle, so the
 * same inputs and seed give the same placement.
 */
export function placeTasks(
  cluster: Cluster,
  tasks: readonly TaskRequest[],
  strategy: PlacementStrategy | readonly PlacementStrategy[],
  seed: number,
  constraint: PlacementConstraint = "none",
): PlacementResult {
  const random = createRandom(seed);
  const strategies: readonly PlacementStrategy[] = "type" in strategy ? [strategy] : strategy;
  const slots: Slot[] = cluster.instances.map((instance) => ({
    instance,
    cpu: instance.cpu,
    memory: instance.memory,
    tasks: 0,
  }));
  const placements: Placement[] = tasks.map((task) => {
    const rank = new Map(slots.map((s) => [s.instance.id, random.next()]));
    const keys = [...strategies.map((st) => strategyKey(st, rank)), (slot: Slot) => rank.get(slot.instance.id) ?? 0];
    const candidates = slots.filter((slot) => fits(slot, task, constraint));
    if (candidates.length === 0) {
      const reason =
        constraint === "distinctInstance" && slots.every((s) => s.tasks > 0)
          ? "distinctInstance: every instance already runs a task"
          : "RESOURCE:CPU/MEMORY: no instance has enough free capacity";
      return { taskId: task.id, instanceId: null, reason };
    }
    const best = candidates.reduce((a, b) => (compare(a, b, keys, slots) <= 0 ? a : b));
    best.cpu -= task.cpu;
    best.memory -= task.memory;
    best.tasks += 1;
    return { taskId: task.id, instanceId: best.instance.id, reason: null };
  });
  return {
    placements,
    remaining: Object.fromEntries(slots.map((s) => [s.instance.id, { cpu: s.cpu, memory: s.memory }])),
    tasksPerInstance: Object.fromEntries(slots.map((s) => [s.instance.id, s.tasks])),
    unplaced: placements.filter((p) => p.instanceId === null).length,
  };
}

function compare(a: Slot, b: Slot, keys: Key[], slots: Slot[]): number {
  for (const key of keys) {
    const diff = key(a, slots) - key(b, slots);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Tasks per Availability Zone after a placement, for spread checks. */
export function tasksPerZone(cluster: Cluster, result: PlacementResult): Record<string, number> {
  const zones: Record<string, number> = {};
  for (const instance of cluster.instances) {
    zones[instance.availabilityZone] =
      (zones[instance.availabilityZone] ?? 0) + (result.tasksPerInstance[instance.id] ?? 0);
  }
  return zones;
}
