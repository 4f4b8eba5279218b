/**
 * Instance views for frames, with structural sharing: an instance whose drawn state did not change
 * keeps the same `InstanceView` object from frame to frame, and a fleet with no change at all keeps
 * the previous frame's `instances` array. Recording a frame then allocates only for what changed.
 */
import type { Frame, InstanceView } from "./types";
import type { Sim, SimInstance } from "./world";

/** What a frame needs to know about the fleet, gathered in one pass. */
export interface FleetSnapshot {
  views: InstanceView[];
  /** Instances receiving new requests, in fleet order. */
  serving: SimInstance[];
  /** In-service instances per version, in order of first appearance in the fleet. */
  servingByVersion: Map<string, number>;
}

function unchanged(view: InstanceView, instance: SimInstance, inService: boolean): boolean {
  return (
    view.inService === inService &&
    view.version === instance.version &&
    view.health === instance.health &&
    view.lifecycle === instance.lifecycle &&
    view.registration === instance.registration &&
    view.lifecycleEvent === instance.lifecycleEvent &&
    view.group === instance.group &&
    view.id === instance.id
  );
}

/** The instance as drawn: the previous view when nothing shown changed, else a new one. */
function viewOf(sim: Sim, instance: SimInstance, inService: boolean, aligned: InstanceView | undefined): InstanceView {
  // Usually the fleet has the same order as last frame, so the view at the same index is the
  // instance's own; any view with equal content would do, so no identity check is needed.
  if (aligned !== undefined && unchanged(aligned, instance, inService)) return aligned;
  if (aligned?.id !== instance.id) {
    // The fleet shifted (an instance left): fall back to this instance's own last view.
    const last = sim.views.get(instance);
    if (last !== undefined && unchanged(last, instance, inService)) return last;
  }
  const view: InstanceView = {
    id: instance.id,
    group: instance.group,
    version: instance.version,
    health: instance.health,
    lifecycle: instance.lifecycle,
    registration: instance.registration,
    lifecycleEvent: instance.lifecycleEvent,
    inService,
  };
  sim.views.set(instance, view);
  return view;
}

/** Views of every instance plus who is in service, sharing unchanged views with the last frame. */
export function snapshotFleet(sim: Sim, isInService: (instance: SimInstance) => boolean): FleetSnapshot {
  const previous = sim.lastViews;
  const views: InstanceView[] = new Array<InstanceView>(sim.instances.length);
  const serving: SimInstance[] = [];
  const servingByVersion = new Map<string, number>();
  let same = previous !== null && previous.length === sim.instances.length;
  // Versions come in long runs, so count a run and add it to the map when the version changes.
  let runVersion: string | null = null;
  let runLength = 0;
  for (let index = 0; index < sim.instances.length; index += 1) {
    const instance = sim.instances[index] as SimInstance;
    const inService = isInService(instance);
    const view = viewOf(sim, instance, inService, previous?.[index]);
    if (same && previous?.[index] !== view) same = false;
    views[index] = view;
    if (!inService) continue;
    serving.push(instance);
    if (instance.version === runVersion) {
      runLength += 1;
      continue;
    }
    if (runVersion !== null) servingByVersion.set(runVersion, (servingByVersion.get(runVersion) ?? 0) + runLength);
    runVersion = instance.version;
    runLength = 1;
  }
  if (runVersion !== null) servingByVersion.set(runVersion, (servingByVersion.get(runVersion) ?? 0) + runLength);
  const shared = same && previous !== null ? previous : views;
  sim.lastViews = shared;
  return { views: shared, serving, servingByVersion };
}

/** The frame's copy of the current batch, shared by consecutive frames showing the same batch. */
export function batchView(sim: Sim): Frame["currentBatch"] {
  if (sim.batch === null) return null;
  const last = sim.frames[sim.frames.length - 1]?.currentBatch;
  if (last != null && sim.batchShown === sim.batch) return last;
  sim.batchShown = sim.batch;
  return { label: sim.batch.label, instanceIds: [...sim.batch.instanceIds] };
}
