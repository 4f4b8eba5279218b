/**
 * Facts the comparison table needs that `computeMetrics` does not give directly, read from the
 * frames of a timeline (never from the strategy's name).
 */
import type { Frame, Timeline } from "../simulation";

export type CodeLocation = "existing-instances" | "new-instances" | "new-and-existing-instances";

/** Where the new version ran: on the original instances, on new ones, or both. */
export function codeDeployedTo(timeline: Timeline): CodeLocation {
  // The original fleet: what ran the old version at the start (new instances may launch at time 0).
  const first = timeline.frames[0]?.instances ?? [];
  const original = new Set(first.filter((i) => i.version === timeline.config.fromVersion).map((i) => i.id));
  let onOriginal = false;
  let onNew = false;
  for (const frame of timeline.frames) {
    for (const instance of frame.instances) {
      if (instance.version !== timeline.config.toVersion) continue;
      if (original.has(instance.id)) onOriginal = true;
      else onNew = true;
    }
  }
  if (onOriginal && onNew) return "new-and-existing-instances";
  return onOriginal ? "existing-instances" : "new-instances";
}

function newVersionFleetShare(frame: Frame, toVersion: string): number {
  const serving = frame.instances.filter((i) => i.inService);
  if (serving.length === 0) return 0;
  return (100 * serving.filter((i) => i.version === toVersion).length) / serving.length;
}

/**
 * Seconds during which the new version got a deliberate share of traffic: some, not all, and
 * not simply its share of the in-service fleet (as in rolling updates). Traffic splitting and
 * canary/linear shifting do this; a DNS swap or a rolling batch does not.
 */
export function trafficTestSeconds(timeline: Timeline): number {
  const toVersion = timeline.config.toVersion;
  let seconds = 0;
  for (const frame of timeline.frames) {
    const weight = frame.trafficWeights[toVersion] ?? 0;
    if (weight <= 0 || weight >= 100) continue;
    if (Math.abs(weight - newVersionFleetShare(frame, toVersion)) > 1) seconds += frame.durationSeconds;
  }
  return seconds;
}

/** Percent of all requests in the run that failed (0–100). */
export function failedRequestPercent(served: Record<string, number>, failed: number): number {
  const total = Object.values(served).reduce((a, b) => a + b, failed);
  return total === 0 ? 0 : (100 * failed) / total;
}
