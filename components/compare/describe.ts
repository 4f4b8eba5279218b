/** Words for the generated comparison table, all built from measured figures. */
import type { CodeLocation, FailureImpact, FleetParams, StrategyComparison, StrategyId } from "@/lib/engines/compare";
import { FAILURE_LABELS, configForStrategy, engineForConfig } from "@/lib/engines/compare";
import type { RollbackPath } from "@/lib/engines/simulation";
import { configToSearchParams } from "@/lib/engines/simulation";

export function minutes(seconds: number): string {
  const value = Math.round((seconds / 60) * 10) / 10;
  return `${value.toLocaleString("en")} min`;
}

const OUTCOME = { succeeded: "Succeeded", failed: "Failed", "rolled-back": "Rolled back" } as const;

export const CODE_LOCATION: Readonly<Record<CodeLocation, string>> = {
  "existing-instances": "Existing instances",
  "new-instances": "New instances",
  "new-and-existing-instances": "New and existing instances",
};

const ROLLBACK: Readonly<Record<RollbackPath, string>> = {
  redeploy: "Redeploy the previous version",
  "terminate-new-fleet": "Terminate the new instances",
  "swap-back": "Swap the URLs back",
  "shift-traffic-back": "Shift traffic back, terminate the new instances",
  none: "Nothing rolls it back",
};

export function describeImpact(impact: FailureImpact): string {
  const parts = [`${OUTCOME[impact.outcome]}.`];
  if (impact.downtimeSeconds > 0) parts.push(`${minutes(impact.downtimeSeconds)} with nothing in service.`);
  parts.push(`${impact.failedRequestPercent.toFixed(1)}% of requests failed.`);
  const floor = Math.round(impact.minimumInServicePercent);
  parts.push(floor >= 100 ? "Full capacity throughout." : `Capacity fell to ${floor}%.`);
  const versions = impact.finalVersions;
  parts.push(
    versions.length === 0
      ? "Nothing serving at the end."
      : versions.length === 1
        ? `Ends serving ${versions[0]}.`
        : `Ends with ${versions.join(" and ")} mixed.`,
  );
  return parts.join(" ");
}

export function describeRollback(row: StrategyComparison): string {
  const r = row.badVersionRollback;
  if (r.seconds === null) return r.outcome === "succeeded" ? "Not needed" : ROLLBACK.none;
  return `${ROLLBACK[r.path]} (${minutes(r.seconds)})`;
}

export function failureLabel(failure: FailureImpact["failure"]): string {
  return FAILURE_LABELS[failure];
}

/** The simulator link for a strategy on the learner's fleet (the same run the row measured). */
export function simulationHref(id: StrategyId, params: FleetParams): string {
  const config = configForStrategy(id, params);
  return `/simulate/${engineForConfig(config)}?${configToSearchParams(config, 1).toString()}`;
}
