/** Numbers a learner compares across strategies, all derived from a timeline's frames. */
import type { DeploymentOutcome, RollbackPath, Timeline } from "./types";

export interface RequestSharePoint {
  time: number;
  durationSeconds: number;
  /** Percent of the interval's requests served by each version. */
  servedPercent: Record<string, number>;
  failedPercent: number;
}

export interface DeploymentMetrics {
  totalDurationSeconds: number;
  minimumInService: { count: number; percentOfDesired: number };
  peakRunning: number;
  /** Instance-minutes above the baseline fleet (what the extra capacity costs). */
  extraInstanceMinutes: number;
  /** Seconds with no in-service instance at all. */
  downtimeSeconds: number;
  requestsServed: Record<string, number>;
  failedRequests: number;
  requestShareOverTime: RequestSharePoint[];
  dns: "changed" | "unchanged";
  outcome: DeploymentOutcome;
  rollbackPath: RollbackPath;
  /** Seconds from the start of the rollback to its end; null without a rollback. */
  rollbackSeconds: number | null;
  finalVersions: string[];
}

function sharePoint(
  time: number,
  durationSeconds: number,
  served: Record<string, number>,
  failed: number,
): RequestSharePoint {
  const total = Object.values(served).reduce((a, b) => a + b, failed);
  const servedPercent: Record<string, number> = {};
  for (const [version, count] of Object.entries(served))
    servedPercent[version] = total === 0 ? 0 : (100 * count) / total;
  return { time, durationSeconds, servedPercent, failedPercent: total === 0 ? 0 : (100 * failed) / total };
}

/** Computes comparison metrics for a simulated deployment. */
export function computeMetrics(timeline: Timeline): DeploymentMetrics {
  const { frames, desiredCount } = timeline;
  const billable = timeline.config.kind !== "codedeploy-lambda";
  let minInService = Number.POSITIVE_INFINITY;
  let peak = 0;
  let extraSeconds = 0;
  let downtime = 0;
  let failed = 0;
  const served: Record<string, number> = {};
  const share: RequestSharePoint[] = [];
  for (const frame of frames) {
    peak = Math.max(peak, frame.runningCount);
    if (frame.durationSeconds <= 0) continue;
    const inService =
      timeline.config.kind === "codedeploy-lambda" ? Math.min(1, frame.inServiceCount) : frame.inServiceCount;
    minInService = Math.min(minInService, inService);
    if (billable) extraSeconds += Math.max(0, frame.runningCount - desiredCount) * frame.durationSeconds;
    if (frame.inServiceCount === 0) downtime += frame.durationSeconds;
    failed += frame.failedRequests;
    for (const [version, count] of Object.entries(frame.requestsServed))
      served[version] = (served[version] ?? 0) + count;
    share.push(sharePoint(frame.time, frame.durationSeconds, frame.requestsServed, frame.failedRequests));
  }
  const last = frames[frames.length - 1];
  const first = frames[0];
  const min = Number.isFinite(minInService) ? minInService : 0;
  return {
    totalDurationSeconds: last === undefined ? 0 : last.time + last.durationSeconds,
    minimumInService: { count: min, percentOfDesired: desiredCount === 0 ? 0 : (100 * min) / desiredCount },
    peakRunning: peak,
    extraInstanceMinutes: extraSeconds / 60,
    downtimeSeconds: downtime,
    requestsServed: served,
    failedRequests: failed,
    requestShareOverTime: share,
    dns: frames.some((f) => f.dns.target !== first?.dns.target) ? "changed" : "unchanged",
    outcome: timeline.outcome,
    rollbackPath: timeline.rollback?.path ?? "none",
    rollbackSeconds: timeline.rollback === null ? null : timeline.rollback.completedAt - timeline.rollback.startedAt,
    finalVersions: [...new Set((last?.instances ?? []).filter((i) => i.inService).map((i) => i.version))].sort(),
  };
}
