import Link from "next/link";
import { ENGINES, type EngineSlug } from "@/lib/engines/compare";

/** A finished simulator run as the progress page lists it. */
export interface SimulatorRunRow {
  engine: EngineSlug;
  config: string;
  outcome: "succeeded" | "rolled_back" | "failed";
  durationS: number;
  finishedAt: Date;
}

export interface SimulatorRunsProps {
  runs: SimulatorRunRow[];
}

const OUTCOME = { succeeded: "Succeeded", rolled_back: "Rolled back", failed: "Failed" } as const;

/** The deployment policy or configuration a run used, and the failure injected if any. */
function policyOf(config: string): string {
  const params = new URLSearchParams(config);
  const policy =
    params.get("policy.kind") ??
    params.get("deploymentConfig.name") ??
    params.get("deploymentConfigName") ??
    (params.get("deploymentConfig.kind") === "custom" ? "custom minimum healthy hosts" : "rolling update");
  const failure = params.get("failure.kind");
  return failure && failure !== "none" ? `${policy}, with ${failure.replaceAll("-", " ")}` : policy;
}

/** The deployment runs the learner played to the end, newest first, each one a link to replay it. */
export function SimulatorRuns({ runs }: SimulatorRunsProps) {
  return (
    <section aria-labelledby="simulator-runs-heading">
      <h2 id="simulator-runs-heading">Simulator runs</h2>
      {runs.length === 0 ? (
        <p>
          No runs yet. <Link href="/simulate">Play a deployment</Link> to the end and it is listed here.
        </p>
      ) : (
        <table className="summary-table" data-testid="simulator-runs">
          <thead>
            <tr>
              <th scope="col">Simulator</th>
              <th scope="col">Policy</th>
              <th scope="col">Outcome</th>
              <th scope="col">Simulated time</th>
              <th scope="col">Finished</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={`${run.engine}?${run.config}`}>
                <th scope="row">
                  <Link href={`/simulate/${run.engine}?${run.config}`}>{ENGINES[run.engine].title}</Link>
                </th>
                <td>{policyOf(run.config)}</td>
                <td>{OUTCOME[run.outcome]}</td>
                <td>{Math.round(run.durationS / 60)} min</td>
                <td>
                  <time dateTime={run.finishedAt.toISOString()}>{run.finishedAt.toISOString().slice(0, 10)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
