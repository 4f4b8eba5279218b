"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ExamSessionState } from "@/lib/engines/exam/session";
import type { PublicQuestion } from "@/lib/engines/practice/views";
import type { ExamPersistence, ItemChange, SaveResult } from "@/lib/stores/exam-store";
import { ExamStoreProvider, useExamStore, useExamStoreApi } from "@/lib/stores/exam-store-provider";
import { ExamNavigator } from "./exam-navigator";
import { ExamQuestion } from "./exam-question";
import { ExamReview } from "./exam-review";
import { ExamTimer } from "./exam-timer";

type SubmitResult = { ok: true; href: string } | { ok: false; error: string };

export interface ExamRunnerProps {
  attemptId: string;
  title: string;
  questions: PublicQuestion[];
  initial: ExamSessionState;
  deadline: string;
  serverNow: string;
  save: (input: { attemptId: string; position: number; change: ItemChange }) => Promise<SaveResult>;
  visit: (input: { attemptId: string; from: number; to: number; elapsedMs: number }) => Promise<SaveResult>;
  submit: (attemptId: string) => Promise<SubmitResult>;
}

/** The timed exam: one question at a time, autosaved to the server, with the server's deadline. */
export function ExamRunner(props: ExamRunnerProps) {
  const { attemptId, save, visit } = props;
  const persistence = useMemo<ExamPersistence>(
    () => ({
      saveItem: (position, change) => save({ attemptId, position, change }),
      visit: (from, to, elapsedMs) => visit({ attemptId, from, to, elapsedMs }),
    }),
    [attemptId, save, visit],
  );
  return (
    <ExamStoreProvider initial={props.initial} persistence={persistence}>
      <RunnerBody {...props} />
    </ExamStoreProvider>
  );
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) &&
  (target as HTMLInputElement).type === "text";

function useExamKeys(questions: PublicQuestion[]) {
  const dispatch = useExamStore((s) => s.dispatch);
  const current = useExamStore((s) => s.current);
  const view = useExamStore((s) => s.view);
  const striking = useRef(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const question = questions[current];
      const index = /^[1-8]$/.test(key) ? Number(key) - 1 : "abcdefgh".indexOf(key);
      const option = view === "question" && key.length === 1 && index >= 0 ? question?.options[index] : undefined;
      if (option && question && question.type !== "order") {
        dispatch(
          striking.current
            ? { type: "toggle-strike", optionId: option.id }
            : { type: "choose", optionId: option.id, kind: question.type },
        );
      } else if (key === "x") {
        striking.current = true;
        return;
      } else if (key === "n" || event.key === "ArrowRight") dispatch({ type: "next" });
      else if (key === "p" || event.key === "ArrowLeft") dispatch({ type: "previous" });
      else if (key === "m") dispatch({ type: "toggle-flag" });
      else if (key === "r") dispatch({ type: "open-review" });
      else return;
      striking.current = false;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [questions, current, view, dispatch]);
}

function SaveStatus() {
  const pending = useExamStore((s) => s.pending);
  const error = useExamStore((s) => s.saveError);
  return (
    <p className={`save-status ${error ? "save-error" : ""}`} role="status">
      {error ?? (pending > 0 ? "Saving…" : "All answers saved")}
    </p>
  );
}

function RunnerBody({ attemptId, title, questions, deadline, serverNow, submit }: ExamRunnerProps) {
  const router = useRouter();
  const current = useExamStore((s) => s.current);
  const view = useExamStore((s) => s.view);
  const flagged = useExamStore((s) => s.items[s.current]?.flagged ?? false);
  const dispatch = useExamStore((s) => s.dispatch);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useExamKeys(questions);

  const finish = useCallback(async () => {
    setSubmitting(true);
    try {
      const result = await submit(attemptId);
      if (result.ok) router.push(result.href);
      else setError(result.error);
    } catch {
      setError("The exam could not be submitted: check your connection. Your answers are saved; try again.");
    } finally {
      setSubmitting(false);
    }
  }, [attemptId, router, submit]);

  const store = useExamStoreApi();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.closed && !previous.closed) void finish();
      }),
    [store, finish],
  );

  const question = questions[current];
  return (
    <div className="exam-layout">
      <header className="exam-bar">
        <h1 className="exam-title">{title}</h1>
        <ExamTimer deadline={deadline} serverNow={serverNow} onExpire={() => void finish()} />
        <SaveStatus />
      </header>
      <div className="exam-main">
        <div className="exam-panel">
          {view === "review" || !question ? (
            <ExamReview onSubmit={() => void finish()} submitting={submitting} />
          ) : (
            <>
              <ExamQuestion question={question} position={current + 1} total={questions.length} />
              <div className="exam-controls">
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => dispatch({ type: "previous" })}
                  disabled={current === 0}
                >
                  ← Previous <kbd aria-hidden="true">P</kbd>
                </button>
                <button
                  type="button"
                  className="button secondary"
                  aria-pressed={flagged}
                  onClick={() => dispatch({ type: "toggle-flag" })}
                >
                  {flagged ? "Unflag" : "Flag for review"} <kbd aria-hidden="true">M</kbd>
                </button>
                <button type="button" className="button" onClick={() => dispatch({ type: "next" })}>
                  {current === questions.length - 1 ? "Review answers" : "Next →"} <kbd aria-hidden="true">N</kbd>
                </button>
                <button type="button" className="button secondary" onClick={() => dispatch({ type: "open-review" })}>
                  Review and submit <kbd aria-hidden="true">R</kbd>
                </button>
              </div>
            </>
          )}
          {error ? (
            <p role="alert" className="form-error">
              {error}
            </p>
          ) : null}
        </div>
        <aside className="exam-aside">
          <ExamNavigator />
        </aside>
      </div>
    </div>
  );
}
