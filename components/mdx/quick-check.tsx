"use client";

import { useMemo, useState, useTransition } from "react";
import { OrderList } from "@/components/quiz/order-list";
import type { PublicQuestion, QuestionFeedback } from "@/lib/engines/practice/views";

type SubmitResult = { ok: true; feedback: QuestionFeedback } | { ok: false; error: string };
type Confidence = "guessed" | "unsure" | "sure";

export interface QuickCheckProps {
  ids: string[];
  /** Filled in at build time (remark-quick-check): stems and options, never keys. */
  questionsJson?: string;
  /** Bound by the note page: grades on the server. */
  check?: (input: { questionId: string; selected: string[]; confidence: Confidence }) => Promise<SubmitResult>;
}

/** Questions from the bank inside a note, answered in place and graded on the server. */
export function QuickCheck({ ids, questionsJson, check }: QuickCheckProps) {
  const questions = useMemo(
    () => (questionsJson ? (JSON.parse(questionsJson) as PublicQuestion[]) : []),
    [questionsJson],
  );
  return (
    <aside className="quick-check" aria-label="Quick check">
      <p className="callout-title">Quick check: {ids.length === 1 ? "1 question" : `${ids.length} questions`}</p>
      {questions.map((question, index) => (
        <QuickQuestion key={question.id} question={question} number={index + 1} check={check} />
      ))}
    </aside>
  );
}

function QuickQuestion({
  question,
  number,
  check,
}: {
  question: PublicQuestion;
  number: number;
  check: QuickCheckProps["check"];
}) {
  const [selected, setSelected] = useState<string[]>(
    question.type === "order" ? question.options.map((o) => o.id) : [],
  );
  const [confidence, setConfidence] = useState<Confidence>("unsure");
  const [feedback, setFeedback] = useState<QuestionFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const name = `qc-${question.id}`;

  const submit = () =>
    startTransition(async () => {
      if (!check) return setError("Checking is not available here.");
      try {
        const result = await check({ questionId: question.id, selected, confidence });
        if (result.ok) setFeedback(result.feedback);
        else setError(result.error);
      } catch {
        setError("Your answer could not be sent. Check your connection and try again.");
      }
    });

  const toggle = (id: string) =>
    setSelected((current) =>
      question.type === "single" ? [id] : current.includes(id) ? current.filter((x) => x !== id) : [...current, id],
    );

  return (
    <div className="quick-question" data-question-id={question.id}>
      <p className="question-meta">Question {number}</p>
      <div dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
      {question.type === "order" ? (
        <OrderList
          options={question.options}
          order={selected}
          onChange={setSelected}
          disabled={Boolean(feedback)}
          feedback={feedback}
        />
      ) : (
        <fieldset className="options" disabled={Boolean(feedback)}>
          <legend>{question.type === "single" ? "Choose one answer." : `Choose ${question.choose} answers.`}</legend>
          {question.options.map((option) => {
            const verdict = feedback
              ? feedback.answer.includes(option.id)
                ? "key"
                : selected.includes(option.id)
                  ? "wrong"
                  : ""
              : "";
            return (
              <label key={option.id} className={`option ${verdict ? `option-${verdict}` : ""}`}>
                <input
                  type={question.type === "single" ? "radio" : "checkbox"}
                  name={name}
                  checked={selected.includes(option.id)}
                  onChange={() => toggle(option.id)}
                />
                <span dangerouslySetInnerHTML={{ __html: option.html }} />
                {verdict === "key" ? <span className="verdict"> (correct answer)</span> : null}
              </label>
            );
          })}
        </fieldset>
      )}
      {feedback ? (
        <div className={`feedback ${feedback.correct ? "feedback-right" : "feedback-wrong"}`} role="status">
          <p className="callout-title">{feedback.correct ? "Correct" : "Not quite"}</p>
          <ul className="rationales">
            {feedback.rationales.map((r) => (
              <li key={r.optionId}>
                <strong>
                  {r.optionId.toUpperCase()}
                  {r.isKey ? " (correct)" : ""}:
                </strong>
                <span dangerouslySetInnerHTML={{ __html: r.html }} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="quick-submit">
          <label>
            How sure are you?{" "}
            <select value={confidence} onChange={(event) => setConfidence(event.target.value as Confidence)}>
              <option value="guessed">Guessed</option>
              <option value="unsure">Unsure</option>
              <option value="sure">Sure</option>
            </select>
          </label>{" "}
          <button type="button" className="button" onClick={submit} disabled={pending}>
            {pending ? "Checking…" : "Check answer"}
          </button>
        </div>
      )}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
