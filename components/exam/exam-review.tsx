"use client";

import { reviewLists } from "@/lib/engines/exam/session";
import { useExamStore } from "@/lib/stores/exam-store-provider";

export interface ExamReviewProps {
  onSubmit: () => void;
  submitting: boolean;
}

function PositionLinks({ positions, label }: { positions: number[]; label: string }) {
  const dispatch = useExamStore((s) => s.dispatch);
  if (positions.length === 0) return <p>No {label} questions.</p>;
  return (
    <ul className="review-links">
      {positions.map((index) => (
        <li key={index}>
          <button type="button" className="button secondary" onClick={() => dispatch({ type: "go", index })}>
            Question {index + 1}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Before submitting: what is unanswered and what is flagged, with a way back to each. */
export function ExamReview({ onSubmit, submitting }: ExamReviewProps) {
  const items = useExamStore((s) => s.items);
  const { unanswered, flagged } = reviewLists(items);
  return (
    <section aria-labelledby="review-heading" className="exam-review">
      <h2 id="review-heading">Review before submitting</h2>
      <p>
        {items.length - unanswered.length} of {items.length} answered. Unanswered questions count as wrong.
      </p>
      <h3>Unanswered ({unanswered.length})</h3>
      <PositionLinks positions={unanswered} label="unanswered" />
      <h3>Flagged for review ({flagged.length})</h3>
      <PositionLinks positions={flagged} label="flagged" />
      <button type="button" className="button" onClick={onSubmit} disabled={submitting}>
        {submitting ? "Submitting…" : "Submit exam"}
      </button>
    </section>
  );
}
