"use client";

import { itemStatus } from "@/lib/engines/exam/session";
import { useExamStore } from "@/lib/stores/exam-store-provider";

/** A grid of every question: answered, flagged, unanswered, and which one is open. */
export function ExamNavigator() {
  const items = useExamStore((s) => s.items);
  const current = useExamStore((s) => s.current);
  const view = useExamStore((s) => s.view);
  const dispatch = useExamStore((s) => s.dispatch);
  return (
    <nav aria-label="Questions" className="exam-navigator">
      <ol>
        {items.map((item, index) => {
          const status = itemStatus(item);
          const here = view === "question" && index === current;
          return (
            <li key={item.questionId}>
              <button
                type="button"
                className={`nav-cell nav-${status} ${item.flagged && item.selected.length ? "nav-answered-flagged" : ""}`}
                aria-current={here ? "step" : undefined}
                aria-label={`Question ${index + 1}: ${item.selected.length ? "answered" : "unanswered"}${item.flagged ? ", flagged" : ""}`}
                onClick={() => dispatch({ type: "go", index })}
              >
                {index + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="nav-legend" aria-hidden="true">
        <span className="nav-cell nav-answered">1</span> answered <span className="nav-cell nav-flagged">2</span>{" "}
        flagged <span className="nav-cell nav-unanswered">3</span> unanswered
      </p>
    </nav>
  );
}
