"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useTransition } from "react";
import type { PublicQuestion, QuestionFeedback } from "@/lib/engines/practice/views";
import { AnswerFeedback } from "./answer-feedback";
import { OrderList } from "./order-list";

type Confidence = "guessed" | "unsure" | "sure";
type SubmitResult = { ok: true; feedback: QuestionFeedback } | { ok: false; error: string };
type ReportResult = { ok: true } | { ok: false; error: string };

export interface QuestionRunnerProps {
  sessionId: string;
  question: PublicQuestion;
  position: number;
  total: number;
  submit: (input: {
    sessionId: string;
    questionId: string;
    selected: string[];
    confidence: Confidence;
  }) => Promise<SubmitResult>;
  report: (input: { questionId: string; text: string }) => Promise<ReportResult>;
}

const LETTERS = "abcdefgh";
const CONFIDENCE: { value: Confidence; label: string }[] = [
  { value: "guessed", label: "Guessed" },
  { value: "unsure", label: "Unsure" },
  { value: "sure", label: "Sure" },
];

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && (target as HTMLInputElement).type === "text"));

/** One practice question: choose, say how sure you are, submit; then the server's feedback. */
export function QuestionRunner({ sessionId, question, position, total, submit, report }: QuestionRunnerProps) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>(
    question.type === "order" ? question.options.map((o) => o.id) : [],
  );
  const [confidence, setConfidence] = useState<Confidence>("unsure");
  const [feedback, setFeedback] = useState<QuestionFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const choose = useCallback(
    (optionId: string) => {
      if (feedback || question.type === "order") return;
      setSelected((current) =>
        question.type === "single"
          ? [optionId]
          : current.includes(optionId)
            ? current.filter((id) => id !== optionId)
            : [...current, optionId],
      );
    },
    [feedback, question.type],
  );

  const send = useCallback(() => {
    if (feedback || pending) return;
    startTransition(async () => {
      try {
        const result = await submit({ sessionId, questionId: question.id, selected, confidence });
        if (result.ok) {
          setFeedback(result.feedback);
          setError(null);
        } else setError(result.error);
      } catch {
        setError("Your answer could not be sent. Check your connection and submit again; nothing was lost.");
      }
    });
  }, [feedback, pending, submit, sessionId, question.id, selected, confidence]);

  const next = useCallback(() => router.refresh(), [router]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const index = /^[1-8]$/.test(key) ? Number(key) - 1 : LETTERS.indexOf(key);
      const option = key.length === 1 && index >= 0 ? question.options[index] : undefined;
      if (option && !feedback && key !== "n") choose(option.id);
      else if (event.key === "Enter" && !feedback && !(event.target instanceof HTMLButtonElement)) send();
      else if (key === "n" && feedback) next();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [question.options, feedback, choose, send, next]);

  const inputType = question.type === "single" ? "radio" : "checkbox";
  const instruction =
    question.type === "single"
      ? "Choose one answer."
      : question.type === "multi"
        ? `Choose ${question.choose} answers.`
        : "Put the steps in order with the Move buttons.";

  return (
    <article className="question" aria-labelledby="question-heading" data-question-id={question.id}>
      <p className="question-meta">
        Question {position} of {total} · {question.areaTitle} · {question.domain} · {question.difficulty}
      </p>
      <h1 id="question-heading" className="visually-hidden">
        Question {position}
      </h1>
      <div className="question-stem" dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
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
          <legend>
            {instruction} Keys 1–{question.options.length} or A–{LETTERS[question.options.length - 1]?.toUpperCase()}.
          </legend>
          {question.options.map((option, index) => {
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
                  type={inputType}
                  name="answer"
                  value={option.id}
                  checked={selected.includes(option.id)}
                  onChange={() => choose(option.id)}
                />
                <span className="option-letter" aria-hidden="true">
                  {LETTERS[index]?.toUpperCase()}
                </span>
                <span dangerouslySetInnerHTML={{ __html: option.html }} />
                {verdict === "key" ? (
                  <span className="verdict"> (correct answer)</span>
                ) : verdict === "wrong" ? (
                  <span className="verdict"> (your choice)</span>
                ) : null}
              </label>
            );
          })}
        </fieldset>
      )}
      {feedback ? null : (
        <fieldset className="confidence">
          <legend>How sure are you?</legend>
          {CONFIDENCE.map((option) => (
            <label key={option.value} className="check">
              <input
                type="radio"
                name="confidence"
                value={option.value}
                checked={confidence === option.value}
                onChange={() => setConfidence(option.value)}
              />{" "}
              {option.label}
            </label>
          ))}
        </fieldset>
      )}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {feedback ? (
        <AnswerFeedback feedback={feedback} onNext={next} isLast={position === total} report={report} />
      ) : (
        <button type="button" className="button" onClick={send} disabled={pending}>
          {pending ? "Checking…" : "Submit answer"} <kbd aria-hidden="true">Enter</kbd>
        </button>
      )}
    </article>
  );
}
