"use client";

import { useActionState } from "react";

export interface BuilderOption {
  value: string;
  label: string;
  count: number;
}

export interface PracticeBuilderProps {
  areas: BuilderOption[];
  topics: { area: string; areaTitle: string; options: BuilderOption[] }[];
  domains: BuilderOption[];
  difficulties: BuilderOption[];
  pools: BuilderOption[];
  start: (previous: BuilderState, form: FormData) => Promise<BuilderState>;
}

/** What the server action returns: an error, and the choices to show again so nothing is lost. */
export interface BuilderState {
  error?: string;
  values?: Record<string, string[]>;
  attempt?: number;
}

function CheckboxGroup({
  legend,
  name,
  options,
  chosen,
}: {
  legend: string;
  name: string;
  options: BuilderOption[];
  chosen?: string[];
}) {
  return (
    <fieldset className="builder-group">
      <legend>{legend}</legend>
      <p className="hint">Leave all unticked for any.</p>
      {options.map((option) => (
        <label key={option.value} className="check">
          <input type="checkbox" name={name} value={option.value} defaultChecked={chosen?.includes(option.value)} />{" "}
          {option.label} <span className="count">({option.count})</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The practice builder: what to practise, how many, and from which pool. Errors keep the choices. */
export function PracticeBuilder({ areas, topics, domains, difficulties, pools, start }: PracticeBuilderProps) {
  const [state, action, pending] = useActionState(start, {});
  const chosen = state.values ?? {};
  const pool = chosen.pool?.[0] ?? pools[0]?.value;
  return (
    <form
      key={state.attempt ?? 0}
      action={action}
      className="practice-builder"
      aria-describedby={state.error ? "builder-error" : undefined}
    >
      {state.error ? (
        <p id="builder-error" role="alert" className="form-error">
          {state.error}
        </p>
      ) : null}
      <div className="builder-grid">
        <CheckboxGroup legend="Areas" name="areas" options={areas} chosen={chosen.areas} />
        <CheckboxGroup legend="Exam domains" name="domains" options={domains} chosen={chosen.domains} />
        <CheckboxGroup legend="Difficulty" name="difficulties" options={difficulties} chosen={chosen.difficulties} />
        <fieldset className="builder-group">
          <legend>Questions to draw from</legend>
          {pools.map((option) => (
            <label key={option.value} className="check">
              <input type="radio" name="pool" value={option.value} defaultChecked={option.value === pool} />{" "}
              {option.label} <span className="count">({option.count})</span>
            </label>
          ))}
        </fieldset>
      </div>
      <details className="builder-topics" open={Boolean(chosen.topics?.length)}>
        <summary>Topics (optional)</summary>
        {topics.map((group) => (
          <CheckboxGroup
            key={group.area}
            legend={group.areaTitle}
            name="topics"
            options={group.options}
            chosen={chosen.topics}
          />
        ))}
      </details>
      <p>
        <label>
          Number of questions{" "}
          <input
            type="number"
            name="count"
            min={1}
            max={65}
            defaultValue={chosen.count?.[0] ?? 10}
            required
            className="count-input"
          />
        </label>
      </p>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Drawing questions…" : "Start practice"}
      </button>
    </form>
  );
}
