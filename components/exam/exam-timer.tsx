"use client";

import { useEffect, useRef, useState } from "react";
import { dueWarning, formatCountdown, remainingMs } from "@/lib/engines/exam/clock";

export interface ExamTimerProps {
  deadline: string;
  /** The server's clock when the page was rendered; corrects a browser clock that is off. */
  serverNow: string;
  onExpire: () => void;
}

/** Time left from the server's deadline, with 30/10/5-minute warnings announced to screen readers. */
export function ExamTimer({ deadline, serverNow, onExpire }: ExamTimerProps) {
  const [offset] = useState(() => new Date(serverNow).getTime() - Date.now());
  const [left, setLeft] = useState(() => remainingMs(new Date(deadline), new Date(serverNow)));
  const [warning, setWarning] = useState("");
  const announced = useRef(new Set<number>());
  const expired = useRef(false);

  useEffect(() => {
    const early = remainingMs(new Date(deadline), new Date(Date.now() + offset));
    for (const minutes of [30, 10, 5]) if (early <= minutes * 60_000) announced.current.add(minutes);
    const tick = () => {
      const remaining = remainingMs(new Date(deadline), new Date(Date.now() + offset));
      setLeft(remaining);
      const due = dueWarning(remaining, announced.current);
      if (due) {
        for (const minutes of [30, 10, 5]) if (minutes >= due) announced.current.add(minutes);
        setWarning(`${due} minutes left.`);
      }
      if (remaining <= 0 && !expired.current) {
        expired.current = true;
        onExpire();
      }
    };
    tick();
    const timer = window.setInterval(tick, 1_000);
    return () => window.clearInterval(timer);
  }, [deadline, offset, onExpire]);

  return (
    <div className={`exam-timer ${left <= 5 * 60_000 ? "exam-timer-low" : ""}`}>
      <span className="visually-hidden">Time left: </span>
      <span aria-hidden="true">⏱ </span>
      <time dateTime={`PT${Math.ceil(left / 1000)}S`}>{formatCountdown(left)}</time>
      <span className="visually-hidden" role="status" aria-live="assertive">
        {warning}
      </span>
    </div>
  );
}
