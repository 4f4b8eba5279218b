/**
 * Turns the world's state into frames: who is in service, traffic weights per version, and how
 * the interval's requests were served or failed (fleet share, explicit weights, or DNS caches).
 */
import { healthCheckSeconds } from "./defaults";
import type { FleetSnapshot } from "./frame-views";
import { batchView, snapshotFleet } from "./frame-views";
import type { Random } from "./random";
import type { Frame, Timing } from "./types";
import type { Routing, Sim, SimInstance } from "./world";
import { alive, emit, findInstance, launchInstances, schedule, terminate, update } from "./world";

export interface SimSetup {
  timing: Timing;
  random: Random;
  loadBalancer: Sim["loadBalancer"];
  idPrefix: string;
  routing: Routing;
  dns: Sim["dns"];
}

/** Creates an empty world whose frames are recorded by {@link recordFrame}. */
export function createSim(setup: SimSetup): Sim {
  return {
    ...setup,
    time: 0,
    instances: [],
    nextInstanceNumber: 0,
    batch: null,
    launchVersionByGroup: {},
    scheduled: [],
    frames: [],
    events: [],
    lifecycleLog: [],
    recordFrame,
    views: new WeakMap(),
    lastViews: null,
    batchShown: null,
    byId: new Map(),
  };
}

function weightOf(routing: Routing, version: string): number {
  return routing.kind === "weighted" ? (routing.weights[version] ?? 0) : 100;
}

/** Fraction of clients still resolving the previous DNS target, averaged over [from, to). */
function staleDnsFraction(routing: Routing, from: number, to: number): number {
  if (routing.kind !== "dns" || routing.swappedAt === null) return 0;
  if (routing.ttlSeconds <= 0) return 0;
  const at = (t: number): number => Math.max(0, 1 - (t - (routing.swappedAt ?? 0)) / routing.ttlSeconds);
  if (to <= from) return at(from);
  // Caches expire uniformly over one TTL, so the stale share falls linearly to zero.
  const end = Math.min(to, routing.swappedAt + routing.ttlSeconds);
  if (end <= from) return 0;
  return ((at(from) + at(end)) / 2) * ((end - from) / (to - from));
}

function isInService(sim: Sim, instance: SimInstance, staleFraction: number): boolean {
  if (instance.lifecycle !== "running" || instance.health !== "healthy") return false;
  if (sim.loadBalancer === "with-load-balancer" && instance.registration !== "registered") return false;
  if (sim.routing.kind === "weighted") return weightOf(sim.routing, instance.version) > 0;
  if (sim.routing.kind === "dns") {
    if (instance.group === sim.dns.target) return staleFraction < 1;
    return instance.group === sim.routing.previousTarget && staleFraction > 0;
  }
  return true;
}

/** Splits `total` requests over versions in proportion to their in-service instance counts. */
function splitByFleet(total: number, counts: Map<string, number>, served: Record<string, number>): number {
  const sum = [...counts.values()].reduce((a, b) => a + b, 0);
  if (sum === 0) return total;
  let given = 0;
  const entries = [...counts.entries()];
  entries.forEach(([version, count], index) => {
    const share = index === entries.length - 1 ? total - given : Math.round((total * count) / sum);
    served[version] = (served[version] ?? 0) + share;
    given += share;
  });
  return 0;
}

function countByVersion(instances: readonly SimInstance[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of instances) counts.set(i.version, (counts.get(i.version) ?? 0) + 1);
  return counts;
}

function distribute(
  sim: Sim,
  total: number,
  fleet: FleetSnapshot,
  stale: number,
): {
  served: Record<string, number>;
  failed: number;
} {
  const served: Record<string, number> = {};
  const routing = sim.routing;
  const { serving, servingByVersion } = fleet;
  if (routing.kind === "fleet") return { served, failed: splitByFleet(total, servingByVersion, served) };
  if (routing.kind === "dns") {
    const toOld = sim.random.binomial(total, stale);
    const oldFleet = serving.filter((i) => i.group === routing.previousTarget);
    const newFleet = serving.filter((i) => i.group === sim.dns.target);
    const failed =
      splitByFleet(toOld, countByVersion(oldFleet), served) +
      splitByFleet(total - toOld, countByVersion(newFleet), served);
    return { served, failed };
  }
  let remaining = total;
  let remainingWeight = 100;
  let failed = 0;
  const versions = Object.keys(routing.weights).sort();
  versions.forEach((version, index) => {
    const weight = routing.weights[version] ?? 0;
    const last = index === versions.length - 1;
    const share = last ? remaining : sim.random.binomial(remaining, remainingWeight > 0 ? weight / remainingWeight : 0);
    remaining -= share;
    remainingWeight -= weight;
    if (servingByVersion.has(version)) served[version] = (served[version] ?? 0) + share;
    else failed += share;
  });
  return { served, failed: failed + (versions.length === 0 ? total : 0) };
}

function trafficWeights(sim: Sim, fleet: FleetSnapshot, stale: number): Record<string, number> {
  if (sim.routing.kind === "weighted") return { ...sim.routing.weights };
  const weights: Record<string, number> = {};
  const addCounts = (counts: Map<string, number>, size: number, share: number): void => {
    for (const [version, count] of counts) {
      weights[version] = (weights[version] ?? 0) + (100 * share * count) / size;
    }
  };
  const add = (instances: SimInstance[], share: number): void =>
    addCounts(countByVersion(instances), instances.length, share);
  const { serving } = fleet;
  if (sim.routing.kind === "fleet") {
    if (serving.length > 0) addCounts(fleet.servingByVersion, serving.length, 1);
    return weights;
  }
  const previous = sim.routing.previousTarget;
  const oldFleet = serving.filter((i) => i.group === previous);
  const newFleet = serving.filter((i) => i.group === sim.dns.target);
  if (oldFleet.length > 0) add(oldFleet, stale);
  if (newFleet.length > 0) add(newFleet, 1 - stale);
  return weights;
}

/** Snapshots the world for [sim.time, sim.time + durationSeconds). */
export function recordFrame(sim: Sim, durationSeconds: number): void {
  const stale = staleDnsFraction(sim.routing, sim.time, sim.time + durationSeconds);
  const fleet = snapshotFleet(sim, (instance) => isInService(sim, instance, stale));
  const total = Math.round(sim.timing.requestsPerSecond * durationSeconds);
  const { served, failed } = distribute(sim, total, fleet, stale);
  const frame: Frame = {
    index: sim.frames.length,
    time: sim.time,
    durationSeconds,
    instances: fleet.views,
    currentBatch: batchView(sim),
    trafficWeights: trafficWeights(sim, fleet, stale),
    dns: { ...sim.dns },
    requestsServed: served,
    failedRequests: failed,
    runningCount: sim.instances.length,
    inServiceCount: fleet.serving.length,
  };
  sim.frames.push(frame);
}

/**
 * Schedules the loss of one instance. Its Auto Scaling group launches a replacement running the
 * group's launch version, which joins the load balancer once healthy.
 */
export function scheduleInstanceLoss(sim: Sim, instanceId: string, at: number): void {
  schedule(sim, at, (s) => {
    const victim = findInstance(s, instanceId);
    if (victim === undefined) return;
    terminate(s, [victim.id]);
    emit(
      s,
      "warn",
      `EC2 instance ${victim.id} failed its status checks and was terminated. Auto Scaling is launching a replacement.`,
      `An instance disappeared in the middle of the deployment. The Auto Scaling group notices the missing capacity and starts a new instance running ${s.launchVersionByGroup[victim.group] ?? victim.version}.`,
    );
    const version = s.launchVersionByGroup[victim.group] ?? victim.version;
    const [replacement] = launchInstances(s, 1, victim.group, version);
    if (replacement === undefined) return;
    schedule(s, s.time + s.timing.launchSeconds, (t) => {
      update(t, [replacement], (i) => {
        i.lifecycle = "running";
        if (t.loadBalancer === "with-load-balancer") i.registration = "initial";
      });
      schedule(t, t.time + healthCheckSeconds(t.timing), (u) => {
        update(u, alive(u, [replacement]), (i) => {
          i.health = "healthy";
          if (u.loadBalancer === "with-load-balancer") i.registration = "registered";
        });
      });
    });
  });
}
