"use client";

import { OrderList } from "@/components/quiz/order-list";
import type { PublicQuestion } from "@/lib/engines/practice/views";
import { useExamStore } from "@/lib/stores/exam-store-provider";

const LETTERS = "abcdefgh";

export interface ExamQuestionProps {
  question: PublicQuestion;
  position: number;
  total: number;
  scoredNote?: string;
}

/** The open question: choose, strike out options, flag for review. No key is on the page. */
export function ExamQuestion({ question, position, total }: ExamQuestionProps) {
  const item = useExamStore((s) => s.items[s.current]);
  const dispatch = useExamStore((s) => s.dispatch);
  if (!item) return null;
  const order = item.selected.length ? [...item.selected] : question.options.map((o) => o.id);
  const instruction =
    question.type === "single"
      ? "Choose one answer."
      : question.type === "multi"
        ? `Choose ${question.choose} answers.`
        : "Put the steps in order.";
  return (
    <article className="question exam-question" aria-labelledby="exam-question-heading" data-question-id={question.id}>
      <h2 id="exam-question-heading" className="exam-question-heading">
        Question {position} of {total}
        {item.flagged ? <span className="flag-mark"> · flagged for review</span> : null}
      </h2>
      <div className="question-stem" dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
      {question.type === "order" ? (
        <>
          <OrderList
            options={question.options}
            order={order}
            onChange={(next) => dispatch({ type: "reorder", order: next })}
            disabled={false}
            feedback={null}
          />
          {item.selected.length === 0 ? (
            <button type="button" className="button secondary" onClick={() => dispatch({ type: "reorder", order })}>
              Keep this order as my answer
            </button>
          ) : null}
        </>
      ) : (
        <fieldset className="options">
          <legend>
            {instruction} Keys 1–{question.options.length} choose; X then a number strikes out.
          </legend>
          {question.options.map((option, index) => {
            const struck = item.struck.includes(option.id);
            return (
              <div key={option.id} className={`option exam-option ${struck ? "option-struck" : ""}`}>
                <label className="exam-option-label">
                  <input
                    type={question.type === "single" ? "radio" : "checkbox"}
                    name={`q-${question.id}`}
                    checked={item.selected.includes(option.id)}
                    onChange={() => dispatch({ type: "choose", optionId: option.id, kind: question.type })}
                  />
                  <span className="option-letter" aria-hidden="true">
                    {LETTERS[index]?.toUpperCase()}
                  </span>
                  <span dangerouslySetInnerHTML={{ __html: option.html }} />
                </label>
                <button
                  type="button"
                  className="strike-button"
                  aria-pressed={struck}
                  aria-label={`${struck ? "Restore" : "Strike out"} option ${LETTERS[index]?.toUpperCase()}`}
                  onClick={() => dispatch({ type: "toggle-strike", optionId: option.id })}
                >
                  {struck ? "Restore" : "Strike"}
                </button>
              </div>
            );
          })}
        </fieldset>
      )}
    </article>
  );
}
