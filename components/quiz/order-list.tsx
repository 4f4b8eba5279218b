"use client";

import type { QuestionFeedback } from "@/lib/engines/practice/views";

export interface OrderListProps {
  options: { id: string; html: string }[];
  order: string[];
  onChange: (order: string[]) => void;
  disabled: boolean;
  feedback: QuestionFeedback | null;
}

function move(order: string[], index: number, by: -1 | 1): string[] {
  const next = [...order];
  const target = index + by;
  if (target < 0 || target >= next.length) return order;
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/** An ordering answer: each step moves up or down with buttons (keyboard and screen-reader friendly). */
export function OrderList({ options, order, onChange, disabled, feedback }: OrderListProps) {
  const html = new Map(options.map((o) => [o.id, o.html]));
  return (
    <div className="order-list">
      <p id="order-help">Put the steps in order, first at the top.</p>
      <ol aria-describedby="order-help">
        {order.map((id, index) => {
          const verdict = feedback ? (feedback.answer[index] === id ? "key" : "wrong") : "";
          return (
            <li key={id} className={`order-step ${verdict ? `option-${verdict}` : ""}`}>
              <span dangerouslySetInnerHTML={{ __html: html.get(id) ?? "" }} />
              {disabled ? null : (
                <span className="order-buttons">
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() => onChange(move(order, index, -1))}
                    disabled={index === 0}
                    aria-label={`Move step ${index + 1} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() => onChange(move(order, index, 1))}
                    disabled={index === order.length - 1}
                    aria-label={`Move step ${index + 1} down`}
                  >
                    ↓
                  </button>
                </span>
              )}
              {verdict === "wrong" ? <span className="verdict"> (out of place)</span> : null}
            </li>
          );
        })}
      </ol>
      {feedback && !feedback.correct ? (
        <>
          <p>The correct order:</p>
          <ol>
            {feedback.answer.map((id) => (
              <li key={id} dangerouslySetInnerHTML={{ __html: html.get(id) ?? "" }} />
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
