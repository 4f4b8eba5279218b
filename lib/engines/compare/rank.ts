/**
 * "Which strategy fits?": ranks compared strategies against the learner's constraints, with a
 * reason per constraint quoting the measured figure. Verdicts come from metrics, not from names.
 */
import type { StrategyComparison } from "./compare-strategies";

export const CONSTRAINTS = [
  "no-capacity-loss",
  "zero-downtime",
  "no-dns-change",
  "traffic-test",
  "lowest-cost",
  "fastest-rollback",
  "fastest-deployment",
] as const;

export type Constraint = (typeof CONSTRAINTS)[number];

export const CONSTRAINT_LABELS: Readonly<Record<Constraint, string>> = {
  "no-capacity-loss": "No loss of capacity during the deployment",
  "zero-downtime": "No downtime and no failed requests",
  "no-dns-change": "No DNS change",
  "traffic-test": "Test the new version with a share of traffic first",
  "lowest-cost": "Lowest extra cost",
  "fastest-rollback": "Fastest rollback when the new version is bad",
  "fastest-deployment": "Fastest deployment",
};

/** Hard constraints are met or not; soft ones rank strategies from best to worst. */
const SOFT: ReadonlySet<Constraint> = new Set(["lowest-cost", "fastest-rollback", "fastest-deployment"]);

export interface Reason {
  constraint: Constraint;
  /** For soft constraints: whether this strategy is (joint) best among those compared. */
  met: boolean;
  text: string;
}

export interface RankedStrategy {
  comparison: StrategyComparison;
  rank: number;
  unmet: number;
  /** 0–1 per soft constraint, summed: 1 is the best figure among the compared strategies. */
  softScore: number;
  reasons: Reason[];
}

const minutes = (seconds: number): string => `${Math.round((seconds / 60) * 10) / 10} min`;

function rollbackValue(c: StrategyComparison): number {
  const seconds = c.badVersionRollback.seconds;
  return seconds === null ? Number.POSITIVE_INFINITY : seconds;
}

function softValue(constraint: Constraint, c: StrategyComparison): number {
  if (constraint === "lowest-cost") return c.extraInstanceMinutes;
  if (constraint === "fastest-rollback") return rollbackValue(c);
  return c.deploySeconds;
}

function hardMet(constraint: Constraint, c: StrategyComparison): boolean {
  switch (constraint) {
    case "no-capacity-loss":
      return c.minimumInService.percentOfDesired >= 100;
    case "zero-downtime":
      return c.zeroDowntime;
    case "no-dns-change":
      return !c.dnsChange;
    case "traffic-test":
      return c.trafficTestSeconds > 0;
    default:
      return true;
  }
}

function reasonText(constraint: Constraint, c: StrategyComparison): string {
  const min = c.minimumInService;
  switch (constraint) {
    case "no-capacity-loss":
      return `In-service capacity never fell below ${Math.round(min.percentOfDesired)}% (${min.count} in service).`;
    case "zero-downtime":
      return c.zeroDowntime
        ? "Something served every request for the whole run."
        : `${Math.round(c.downtimeSeconds)} s with nothing in service; ${c.failedRequestPercent.toFixed(1)}% of requests failed.`;
    case "no-dns-change":
      return c.dnsChange ? "Moves users by changing where the DNS name points." : "The DNS name never changes.";
    case "traffic-test":
      return c.trafficTestSeconds > 0
        ? `The new version took a chosen share of traffic for ${minutes(c.trafficTestSeconds)} before taking it all.`
        : "No phase where only a chosen share of traffic reaches the new version.";
    case "lowest-cost":
      return `${Math.round(c.extraInstanceMinutes)} extra instance-minutes (peak ${c.peakRunning} running).`;
    case "fastest-rollback": {
      const r = c.badVersionRollback;
      if (r.seconds === null) return "With a bad version the deployment fails and nothing rolls it back for you.";
      return `Rolled back in ${minutes(r.seconds)} (${r.path.replaceAll("-", " ")}).`;
    }
    case "fastest-deployment":
      return `Deployment took ${minutes(c.deploySeconds)}.`;
  }
}

function softScores(constraint: Constraint, comparisons: readonly StrategyComparison[]): Map<string, number> {
  const values = comparisons.map((c) => softValue(constraint, c));
  const finite = values.filter(Number.isFinite);
  const best = Math.min(...finite);
  const worst = Math.max(...finite);
  return new Map(
    comparisons.map((c, i) => {
      const v = values[i] ?? Number.POSITIVE_INFINITY;
      if (!Number.isFinite(v)) return [c.id, 0];
      return [c.id, worst === best ? 1 : 1 - (v - best) / (worst - best)];
    }),
  );
}

/**
 * Ranks strategies: fewest unmet hard constraints first, then the best soft score, then the
 * shortest deployment. With no constraints the order is by deployment time.
 */
export function rankStrategies(
  comparisons: readonly StrategyComparison[],
  constraints: readonly Constraint[],
): RankedStrategy[] {
  const chosen = CONSTRAINTS.filter((c) => constraints.includes(c));
  const scores = new Map(chosen.filter((c) => SOFT.has(c)).map((c) => [c, softScores(c, comparisons)]));
  const ranked = comparisons.map((comparison) => {
    const reasons = chosen.map((constraint): Reason => {
      const soft = scores.get(constraint);
      const met = soft === undefined ? hardMet(constraint, comparison) : soft.get(comparison.id) === 1;
      return { constraint, met, text: reasonText(constraint, comparison) };
    });
    const unmet = reasons.filter((r) => !SOFT.has(r.constraint) && !r.met).length;
    const softScore = [...scores.values()].reduce((sum, s) => sum + (s.get(comparison.id) ?? 0), 0);
    return { comparison, rank: 0, unmet, softScore, reasons };
  });
  ranked.sort(
    (a, b) => a.unmet - b.unmet || b.softScore - a.softScore || a.comparison.deploySeconds - b.comparison.deploySeconds,
  );
  return ranked.map((r, index) => ({ ...r, rank: index + 1 }));
}
