"use client";

import { useActionState } from "react";
import type { BuilderState } from "./practice-builder";

export interface ReviewStartProps {
  count: number;
  start: (previous: BuilderState, form: FormData) => Promise<BuilderState>;
}

/** Starts a review session of the questions that are due. */
export function ReviewStart({ count, start }: ReviewStartProps) {
  const [state, action, pending] = useActionState(start, {});
  return (
    <form action={action}>
      <input type="hidden" name="pool" value="due" />
      <input type="hidden" name="count" value={count} />
      {state.error ? (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={pending}>
        Review {count} now
      </button>
    </form>
  );
}
