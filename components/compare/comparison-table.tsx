import type { FleetParams, StrategyComparison } from "@/lib/engines/compare";
import { CODE_LOCATION, describeImpact, describeRollback, failureLabel, minutes, simulationHref } from "./describe";

export interface ComparisonTableProps {
  rows: StrategyComparison[];
  params: FleetParams;
}

function YesNo({ yes, detail }: { yes: boolean; detail?: string }) {
  return (
    <>
      <span className={yes ? "cmp-yes" : "cmp-no"}>{yes ? "Yes" : "No"}</span>
      {detail ? <span className="sim-muted"> {detail}</span> : null}
    </>
  );
}

/** The strategy comparison, every cell measured by a simulator run on the learner's fleet. */
export function ComparisonTable({ rows, params }: ComparisonTableProps) {
  const failure = rows[0]?.impact.failure;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Generated comparison table">
      <table className="cmp-table" data-testid="comparison-table">
        <caption className="visually-hidden">
          Deployment strategies on {params.instanceCount} instances, measured by the simulator
        </caption>
        <thead>
          <tr>
            <th scope="col">Strategy</th>
            <th scope="col">
              Impact of a failed deployment{failure ? ` (${failureLabel(failure).toLowerCase()})` : ""}
            </th>
            <th scope="col">Deployment time</th>
            <th scope="col">Zero downtime</th>
            <th scope="col">DNS change</th>
            <th scope="col">Rollback process (bad version)</th>
            <th scope="col">Code deployed to</th>
            <th scope="col">Extra cost</th>
            <th scope="col">Minimum capacity</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-strategy={row.id}>
              <th scope="row">
                <a href={simulationHref(row.id, params)}>{row.title.replace("Elastic Beanstalk: ", "")}</a>
              </th>
              <td>{describeImpact(row.impact)}</td>
              <td data-cell="time">{minutes(row.deploySeconds)}</td>
              <td>
                <YesNo
                  yes={row.zeroDowntime}
                  detail={row.zeroDowntime ? undefined : `(${row.failedRequestPercent.toFixed(1)}% of requests failed)`}
                />
              </td>
              <td>{row.dnsChange ? "Yes: clients follow the DNS swap" : "No"}</td>
              <td>{describeRollback(row)}</td>
              <td>{CODE_LOCATION[row.codeDeployedTo]}</td>
              <td data-cell="cost">
                {Math.round(row.extraInstanceMinutes).toLocaleString("en")} instance-min (peak {row.peakRunning})
              </td>
              <td data-cell="capacity">
                {row.minimumInService.count} of {params.instanceCount} (
                {Math.round(row.minimumInService.percentOfDesired)}%)
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
