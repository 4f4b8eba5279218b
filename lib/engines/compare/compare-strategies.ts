/**
 * The strategy comparison table, generated from engine runs: each strategy runs once without a
 * failure (time, capacity, cost, DNS) and once with the learner's failure (impact, rollback).
 */
import type { DeploymentMetrics, RollbackPath, Timeline } from "../simulation";
import { computeMetrics, simulate } from "../simulation";
import type { FleetParams, SharedFailure, StrategyId } from "./strategies";
import { configForStrategy, strategyTitle } from "./strategies";
import type { CodeLocation } from "./timeline-facts";
import { codeDeployedTo, failedRequestPercent, trafficTestSeconds } from "./timeline-facts";

/** What happened when the deployment met the failure. */
export interface FailureImpact {
  failure: Exclude<SharedFailure, "none">;
  outcome: DeploymentMetrics["outcome"];
  downtimeSeconds: number;
  failedRequestPercent: number;
  minimumInServicePercent: number;
  rollbackPath: RollbackPath;
  rollbackSeconds: number | null;
  /** Versions serving when the run ended. */
  finalVersions: string[];
}

export interface StrategyComparison {
  id: StrategyId;
  title: string;
  deploySeconds: number;
  downtimeSeconds: number;
  failedRequestPercent: number;
  zeroDowntime: boolean;
  dnsChange: boolean;
  codeDeployedTo: CodeLocation;
  extraInstanceMinutes: number;
  peakRunning: number;
  minimumInService: { count: number; percentOfDesired: number };
  trafficTestSeconds: number;
  impact: FailureImpact;
  /** Rollback when the new version fails its health checks, whatever failure the learner picked. */
  badVersionRollback: { path: RollbackPath; seconds: number | null; outcome: DeploymentMetrics["outcome"] };
}

/** Failure used for the impact columns when the learner picked none: the new version is bad. */
const DEFAULT_IMPACT_FAILURE = "health-check-failure" as const;

function impactOf(failure: FailureImpact["failure"], metrics: DeploymentMetrics): FailureImpact {
  return {
    failure,
    outcome: metrics.outcome,
    downtimeSeconds: metrics.downtimeSeconds,
    failedRequestPercent: failedRequestPercent(metrics.requestsServed, metrics.failedRequests),
    minimumInServicePercent: metrics.minimumInService.percentOfDesired,
    rollbackPath: metrics.rollbackPath,
    rollbackSeconds: metrics.rollbackSeconds,
    finalVersions: metrics.finalVersions,
  };
}

/** Runs one strategy on the fleet and summarises it. Throws if the engine rejects the config. */
export function compareStrategy(id: StrategyId, params: FleetParams, seed = 1): StrategyComparison {
  const clean: Timeline = simulate(configForStrategy(id, { ...params, failure: "none" }), seed);
  const metrics = computeMetrics(clean);
  const failure = params.failure === "none" ? DEFAULT_IMPACT_FAILURE : params.failure;
  const failed = computeMetrics(simulate(configForStrategy(id, { ...params, failure }), seed));
  const badVersion =
    failure === DEFAULT_IMPACT_FAILURE
      ? failed
      : computeMetrics(simulate(configForStrategy(id, { ...params, failure: DEFAULT_IMPACT_FAILURE }), seed));
  const failedPercent = failedRequestPercent(metrics.requestsServed, metrics.failedRequests);
  return {
    id,
    title: strategyTitle(id),
    deploySeconds: metrics.totalDurationSeconds,
    downtimeSeconds: metrics.downtimeSeconds,
    failedRequestPercent: failedPercent,
    zeroDowntime: metrics.downtimeSeconds === 0 && metrics.failedRequests === 0,
    dnsChange: metrics.dns === "changed",
    codeDeployedTo: codeDeployedTo(clean),
    extraInstanceMinutes: metrics.extraInstanceMinutes,
    peakRunning: metrics.peakRunning,
    minimumInService: metrics.minimumInService,
    trafficTestSeconds: trafficTestSeconds(clean),
    impact: impactOf(failure, failed),
    badVersionRollback: {
      path: badVersion.rollbackPath,
      seconds: badVersion.rollbackSeconds,
      outcome: badVersion.outcome,
    },
  };
}

/** Runs every listed strategy on the same fleet with the same failure. */
export function compareStrategies(ids: readonly StrategyId[], params: FleetParams, seed = 1): StrategyComparison[] {
  return ids.map((id) => compareStrategy(id, params, seed));
}
