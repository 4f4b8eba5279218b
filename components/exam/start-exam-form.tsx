"use client";

import { useActionState } from "react";

interface StartState {
  error?: string;
}

export interface StartExamFormProps {
  blueprint: string;
  label: string;
  unscoredCount: number;
  start: (previous: StartState, form: FormData) => Promise<StartState>;
  /** Custom exams: choices of areas and domains. */
  custom?: { areas: { value: string; label: string }[]; domains: { value: string; label: string }[] };
}

/** Starts one kind of exam; the custom exam also asks for count, time and what to draw from. */
export function StartExamForm({ blueprint, label, unscoredCount, start, custom }: StartExamFormProps) {
  const [state, action, pending] = useActionState(start, {});
  return (
    <form action={action} className="start-exam">
      <input type="hidden" name="blueprint" value={blueprint} />
      {custom ? (
        <>
          <p className="custom-fields">
            <label>
              Questions{" "}
              <input type="number" name="count" min={1} max={100} defaultValue={10} required className="count-input" />
            </label>{" "}
            <label>
              Minutes{" "}
              <input
                type="number"
                name="minutes"
                min={1}
                max={300}
                defaultValue={20}
                required
                className="count-input"
              />
            </label>
          </p>
          <fieldset className="builder-group">
            <legend>Areas (none ticked = all)</legend>
            {custom.areas.map((a) => (
              <label key={a.value} className="check">
                <input type="checkbox" name="areas" value={a.value} /> {a.label}
              </label>
            ))}
          </fieldset>
          <fieldset className="builder-group">
            <legend>Domains (none ticked = all)</legend>
            {custom.domains.map((d) => (
              <label key={d.value} className="check">
                <input type="checkbox" name="domains" value={d.value} /> {d.label}
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
      {unscoredCount > 0 ? (
        <label className="check">
          <input type="checkbox" name="realistic" /> Realistic: leave {unscoredCount} unmarked questions unscored, as
          the real exam does
        </label>
      ) : null}
      {state.error ? (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Drawing questions…" : label}
      </button>
    </form>
  );
}
