/** Minutes before the deadline at which the runner warns the learner. */
export const TIMER_WARNINGS_MINUTES = [30, 10, 5] as const;

export type AttemptStatus = "in_progress" | "submitted" | "expired";

/** Milliseconds left until the deadline (never negative). */
export function remainingMs(deadline: Date, now: Date): number {
  return Math.max(0, deadline.getTime() - now.getTime());
}

/** Whether an in-progress attempt's time has run out: it must be graded as submitted. */
export function isPastDeadline(status: AttemptStatus, deadline: Date, now: Date): boolean {
  return status === "in_progress" && now.getTime() >= deadline.getTime();
}

/** The warning (in minutes) to announce now, if the time left has just crossed one not yet given. */
export function dueWarning(remaining: number, announced: ReadonlySet<number>): number | null {
  const crossed = TIMER_WARNINGS_MINUTES.filter((minutes) => remaining <= minutes * 60_000 && !announced.has(minutes));
  return crossed.length ? Math.min(...crossed) : null;
}

/** "1:05:09" / "4:09" for a countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}
