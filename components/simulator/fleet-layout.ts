/**
 * Stable positions for every instance a timeline ever shows, grouped by Auto Scaling group /
 * environment / task set, so instances keep their place as frames change.
 */
import type { Timeline } from "@/lib/engines/simulation";

export interface Slot {
  id: string;
  x: number;
  y: number;
}

export interface GroupBlock {
  name: string;
  y: number;
}

export interface FleetLayout {
  width: number;
  height: number;
  cell: number;
  /** Instance labels fit inside cells only when cells are large. */
  showLabels: boolean;
  groups: GroupBlock[];
  slots: Map<string, Slot>;
}

export const FLEET_WIDTH = 640;
/** Room above the groups for the load balancer, the traffic split and the batch label. */
export const LB_HEIGHT = 96;
const GROUP_LABEL = 22;
const GAP = 6;

/** Lays out every instance id of a timeline (first appearance order) on a grid per group. */
export function layoutFleet(timeline: Timeline, width = FLEET_WIDTH): FleetLayout {
  const byGroup = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const frame of timeline.frames) {
    for (const instance of frame.instances) {
      if (seen.has(instance.id)) continue;
      seen.add(instance.id);
      const list = byGroup.get(instance.group) ?? [];
      list.push(instance.id);
      byGroup.set(instance.group, list);
    }
  }
  const largest = Math.max(1, ...[...byGroup.values()].map((ids) => ids.length));
  const cell = largest > 48 ? 16 : largest > 16 ? 26 : 40;
  const columns = Math.max(1, Math.floor((width + GAP) / (cell + GAP)));
  const slots = new Map<string, Slot>();
  const groups: GroupBlock[] = [];
  let y = LB_HEIGHT;
  for (const [name, ids] of byGroup) {
    groups.push({ name, y });
    y += GROUP_LABEL;
    ids.forEach((id, index) => {
      slots.set(id, { id, x: (index % columns) * (cell + GAP), y: y + Math.floor(index / columns) * (cell + GAP) });
    });
    y += Math.ceil(ids.length / columns) * (cell + GAP) + GAP;
  }
  return { width, height: y, cell, showLabels: cell >= 26, groups, slots };
}
