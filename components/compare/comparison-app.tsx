import { useMemo, useState } from "react";
import type { FleetParams, SharedFailure } from "@/lib/engines/compare";
import {
  DEFAULT_FLEET,
  EB_STRATEGIES,
  FAILURE_LABELS,
  MAX_FLEET,
  SHARED_FAILURES,
  checkFleetParams,
  compareStrategies,
} from "@/lib/engines/compare";
import { NumberField, SelectField } from "@/components/simulator/field-controls";
import { ComparisonTable } from "./comparison-table";
import { StrategyChooser } from "./strategy-chooser";

/** The generated comparison and the chooser, recomputed from engine runs as the learner edits the fleet. */
export function ComparisonApp() {
  const [params, setParams] = useState<FleetParams>({ ...DEFAULT_FLEET, failure: "health-check-failure" });
  const [problem, setProblem] = useState<string | null>(null);
  const rows = useMemo(() => compareStrategies(EB_STRATEGIES, params), [params]);
  const update = (next: FleetParams) => {
    const checked = checkFleetParams(next);
    setProblem(checked.ok ? null : checked.message);
    if (checked.ok) setParams(next);
  };
  return (
    <div className="sim">
      <form className="cmp-controls" aria-label="Fleet and failure" onSubmit={(e) => e.preventDefault()}>
        <NumberField
          label="Fleet size (instances)"
          value={params.instanceCount}
          min={1}
          max={MAX_FLEET}
          onChange={(v) => update({ ...params, instanceCount: v })}
        />
        <NumberField
          label="Rolling batch size (%)"
          value={params.batchPercent}
          min={1}
          max={100}
          onChange={(v) => update({ ...params, batchPercent: v })}
        />
        <SelectField
          label="Failure for the impact column"
          value={params.failure}
          options={SHARED_FAILURES.filter((f) => f !== "none").map((f) => ({ value: f, label: FAILURE_LABELS[f] }))}
          onChange={(v) => update({ ...params, failure: v as SharedFailure })}
        />
      </form>
      {problem ? (
        <p className="sim-field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <p className="cmp-footnote">
        Every figure below comes from running the simulator on {params.instanceCount} instances: once without a failure
        (time, downtime, capacity, cost) and once with the failure (impact, rollback).
      </p>
      <ComparisonTable rows={rows} params={params} />
      <StrategyChooser rows={rows} params={params} />
    </div>
  );
}
