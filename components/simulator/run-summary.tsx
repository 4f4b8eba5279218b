import { useMemo } from "react";
import { computeMetrics } from "@/lib/engines/simulation";
import { useSimulatorStore } from "@/lib/stores/simulator-store-provider";
import { formatMinutes } from "./format";

const OUTCOME_TEXT = { succeeded: "Succeeded", failed: "Failed", "rolled-back": "Rolled back" } as const;

/** The run's result and headline numbers, shown once the clock reaches the end. */
export function RunSummary({ index = 0 }: { index?: number }) {
  const timeline = useSimulatorStore((s) => s.runs[index]?.timeline);
  const finished = useSimulatorStore((s) => s.status === "finished");
  const metrics = useMemo(() => (timeline ? computeMetrics(timeline) : null), [timeline]);
  if (!finished || metrics === null || timeline === undefined) return null;
  return (
    <dl className="sim-summary" data-testid="run-summary" data-outcome={metrics.outcome}>
      <div>
        <dt>Outcome</dt>
        <dd className={`sim-outcome-${metrics.outcome}`}>{OUTCOME_TEXT[metrics.outcome]}</dd>
      </div>
      <div>
        <dt>Duration</dt>
        <dd>{formatMinutes(metrics.totalDurationSeconds)}</dd>
      </div>
      <div>
        <dt>Lowest capacity</dt>
        <dd>
          {metrics.minimumInService.count} of {timeline.desiredCount} (
          {Math.round(metrics.minimumInService.percentOfDesired)}%)
        </dd>
      </div>
      <div>
        <dt>Downtime</dt>
        <dd>{Math.round(metrics.downtimeSeconds)} s</dd>
      </div>
      <div>
        <dt>Failed requests</dt>
        <dd>{metrics.failedRequests.toLocaleString("en")}</dd>
      </div>
      <div>
        <dt>Rollback</dt>
        <dd>
          {metrics.rollbackPath === "none"
            ? "none"
            : `${metrics.rollbackPath.replaceAll("-", " ")} (${formatMinutes(metrics.rollbackSeconds ?? 0)})`}
        </dd>
      </div>
      <div>
        <dt>Serving at the end</dt>
        <dd>{metrics.finalVersions.join(", ") || "nothing"}</dd>
      </div>
    </dl>
  );
}
