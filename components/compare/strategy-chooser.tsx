import { useId, useState } from "react";
import type { Constraint, FleetParams, StrategyComparison } from "@/lib/engines/compare";
import { CONSTRAINTS, CONSTRAINT_LABELS, rankStrategies } from "@/lib/engines/compare";
import { simulationHref } from "./describe";

export interface StrategyChooserProps {
  rows: StrategyComparison[];
  params: FleetParams;
}

/** "Which strategy fits?": the learner's constraints rank the measured strategies, with reasons. */
export function StrategyChooser({ rows, params }: StrategyChooserProps) {
  const id = useId();
  const [chosen, setChosen] = useState<Constraint[]>(["no-capacity-loss"]);
  const ranked = rankStrategies(rows, chosen);
  return (
    <section className="cmp-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Which strategy fits?</h2>
      <fieldset className="sim-fieldset">
        <legend>What matters for this deployment</legend>
        <div className="cmp-constraints">
          {CONSTRAINTS.map((constraint) => (
            <label key={constraint} className="sim-check">
              <input
                type="checkbox"
                checked={chosen.includes(constraint)}
                onChange={(e) =>
                  setChosen(e.target.checked ? [...chosen, constraint] : chosen.filter((c) => c !== constraint))
                }
              />{" "}
              {CONSTRAINT_LABELS[constraint]}
            </label>
          ))}
        </div>
      </fieldset>
      <ol className="cmp-ranking" data-testid="strategy-ranking" aria-live="polite">
        {ranked.map((r) => (
          <li key={r.comparison.id}>
            <strong>{r.comparison.title.replace("Elastic Beanstalk: ", "")}</strong>{" "}
            <span className="sim-muted">
              {r.unmet === 0 ? "meets every requirement" : `misses ${r.unmet} requirement${r.unmet > 1 ? "s" : ""}`}
            </span>{" "}
            — <a href={simulationHref(r.comparison.id, params)}>watch the simulation</a>
            {r.reasons.length > 0 ? (
              <ul className="cmp-reasons">
                {r.reasons.map((reason) => (
                  <li key={reason.constraint} className={reason.met ? "cmp-met" : "cmp-unmet"}>
                    <span className="visually-hidden">{reason.met ? "Meets: " : "Misses: "}</span>
                    {reason.text}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
