"use client";

import { useActionState } from "react";

interface RetentionState {
  error?: string;
  saved?: number;
}

export interface RetentionFormProps {
  current: number;
  save: (previous: RetentionState, form: FormData) => Promise<RetentionState>;
}

/** Lets the learner choose how much they want to remember (FSRS desired retention). */
export function RetentionForm({ current, save }: RetentionFormProps) {
  const [state, action, pending] = useActionState(save, {});
  return (
    <form action={action} className="retention-form">
      <label htmlFor="retention">Desired retention (0.70–0.97)</label>{" "}
      <input
        id="retention"
        name="retention"
        type="number"
        step="0.01"
        min="0.7"
        max="0.97"
        defaultValue={state.saved ?? current}
        required
      />{" "}
      <button type="submit" className="button secondary" disabled={pending}>
        Save
      </button>
      {state.error ? (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      ) : state.saved ? (
        <p role="status">Saved: future reviews aim for {Math.round(state.saved * 100)}% recall.</p>
      ) : null}
    </form>
  );
}
