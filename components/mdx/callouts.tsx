import type { ReactNode } from "react";

export interface ExamTipProps {
  children: ReactNode;
}

/** What the exam expects the learner to recognise. */
export function ExamTip({ children }: ExamTipProps) {
  return (
    <aside className="callout callout-tip" aria-label="Exam tip">
      <p className="callout-title">Exam tip</p>
      {children}
    </aside>
  );
}

export interface TrapProps {
  /** The tempting wrong answer. */
  answer: string;
  children: ReactNode;
}

/** A distractor the exam uses, and why it is wrong. */
export function Trap({ answer, children }: TrapProps) {
  return (
    <aside className="callout callout-trap" aria-label="Trap">
      <p className="callout-title">
        Trap: <q>{answer}</q>
      </p>
      {children}
    </aside>
  );
}
