"use client";

import { useEffect, useRef, useState } from "react";
import type { QuestionFeedback } from "@/lib/engines/practice/views";

/** `retryAt` (ISO time) comes with a refusal by the report rate limit. */
type ReportResult = { ok: true } | { ok: false; error: string; retryAt?: string };

export interface AnswerFeedbackProps {
  feedback: QuestionFeedback;
  onNext: () => void;
  isLast: boolean;
  report: (input: { questionId: string; text: string }) => Promise<ReportResult>;
}

/** After an answer: right or wrong, why each option is right or wrong, where to read more. */
export function AnswerFeedback({ feedback, onNext, isLast, report }: AnswerFeedbackProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      className={`feedback ${feedback.correct ? "feedback-right" : "feedback-wrong"}`}
      aria-labelledby="feedback-heading"
    >
      <h2 id="feedback-heading" ref={heading} tabIndex={-1}>
        {feedback.correct ? "Correct" : "Not quite"}
      </h2>
      <ul className="rationales">
        {feedback.rationales.map((rationale) => (
          <li key={rationale.optionId} className={rationale.isKey ? "rationale-key" : ""}>
            <strong>
              {rationale.optionId.toUpperCase()}
              {rationale.isKey ? " (correct)" : ""}
              {feedback.selected.includes(rationale.optionId) ? " · your choice" : ""}:
            </strong>
            <span dangerouslySetInnerHTML={{ __html: rationale.html }} />
          </li>
        ))}
      </ul>
      <p>
        Read more:{" "}
        {feedback.noteLinks.map((link, index) => (
          <span key={link.href}>
            {index > 0 ? "; " : ""}
            <a href={link.href}>{link.label}</a>
          </span>
        ))}
        {feedback.simulatorHref ? (
          <>
            {" · "}
            <a href={feedback.simulatorHref}>Replay this scenario in the simulator</a>
          </>
        ) : null}
      </p>
      <p className="card-meta">
        Checked against:{" "}
        {feedback.sources.map((source, index) => (
          <span key={source.url}>
            {index > 0 ? "; " : ""}
            <a href={source.url}>{source.title}</a>
          </span>
        ))}
      </p>
      <button type="button" className="button" onClick={onNext}>
        {isLast ? "See the summary" : "Next question"} <kbd aria-hidden="true">N</kbd>
      </button>
      <ReportProblem questionId={feedback.questionId} report={report} />
    </section>
  );
}

function ReportProblem({ questionId, report }: { questionId: string; report: AnswerFeedbackProps["report"] }) {
  const [text, setText] = useState("");
  const [status, setStatus] = useState<{ kind: "idle" | "sent" | "error"; message?: string }>({ kind: "idle" });
  const send = async () => {
    try {
      const result = await report({ questionId, text });
      if (result.ok) setStatus({ kind: "sent" });
      else
        setStatus({
          kind: "error",
          message: result.retryAt ? limitMessage(result.error, result.retryAt) : result.error,
        });
    } catch {
      setStatus({ kind: "error", message: "The report could not be sent. Your text is still here; try again." });
    }
  };
  if (status.kind === "sent")
    return <p role="status">Thank you: your report was saved. It is listed under Practice › Reports.</p>;
  return (
    <details className="report">
      <summary>Report a problem with this question</summary>
      <label htmlFor={`report-${questionId}`}>What is wrong?</label>
      <textarea
        id={`report-${questionId}`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={3}
        maxLength={2000}
      />
      {status.kind === "error" ? (
        <p role="alert" className="form-error">
          {status.message}
        </p>
      ) : null}
      <button type="button" className="button secondary" onClick={() => void send()}>
        Send report
      </button>
    </details>
  );
}

/** The rate limit's refusal, with the learner's own clock time and the reassurance that nothing is lost. */
function limitMessage(error: string, retryAt: string): string {
  const time = new Date(retryAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return `${error.replace(/\.$/, "")} (at ${time}). Your text is still here.`;
}
