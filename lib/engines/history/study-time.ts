import type { HistoryAnswer, HistoryExam, HistoryRead } from "./types";

/**
 * How study time is estimated; documented in README.md and on /progress. Practice answers and
 * note reads carry only a timestamp, so their time is the gap since the learner's previous step in
 * the same stream, when that gap is short enough to be one sitting; otherwise a fixed estimate.
 */
export const STUDY_TIME_MODEL = {
  /** A gap longer than this is a break, not study: the step counts its default instead. */
  gapCapMs: 5 * 60_000,
  /** A practice or review answer with no usable gap (first of a session without a start, after a break). */
  answerDefaultMs: 90_000,
  /** A note section read with no usable gap. */
  readDefaultMs: 60_000,
} as const;

/** A timestamped step and where its time is counted. */
export interface TimedStep {
  at: number;
  ms: number;
}

/**
 * Time per step of one stream (sorted here): the gap since the previous step (or since `start`
 * for the first), if it is between 0 and the cap; otherwise `fallbackMs`.
 */
export function streamTimes(times: readonly number[], start: number | null, fallbackMs: number): TimedStep[] {
  const sorted = [...times].sort((a, b) => a - b);
  let previous = start;
  return sorted.map((at) => {
    const gap = previous === null ? null : at - previous;
    previous = at;
    const ms = gap !== null && gap >= 0 && gap <= STUDY_TIME_MODEL.gapCapMs ? gap : fallbackMs;
    return { at, ms };
  });
}

/**
 * Practice and review answers, per session (a session is one sitting's stream; answers without a
 * session form one stream). Exam answers are skipped: their exam's recorded time counts instead.
 */
export function answerTimes(answers: readonly HistoryAnswer[]): TimedStep[] {
  const sessions = new Map<string, { start: number | null; times: number[] }>();
  for (const answer of answers) {
    if (answer.source === "exam") continue;
    const key = answer.sessionId ?? "";
    const session = sessions.get(key) ?? { start: answer.sessionId ? answer.sessionStartedAt : null, times: [] };
    session.times.push(answer.answeredAt);
    sessions.set(key, session);
  }
  return [...sessions.values()].flatMap((s) => streamTimes(s.times, s.start, STUDY_TIME_MODEL.answerDefaultMs));
}

/** Note section reads as one stream. */
export function readTimes(reads: readonly HistoryRead[]): TimedStep[] {
  return streamTimes(
    reads.map((r) => r.readAt),
    null,
    STUDY_TIME_MODEL.readDefaultMs,
  );
}

/**
 * An exam's time, counted on the day it was submitted: the time recorded per question, no more
 * than the wall time from start to submission; when nothing was recorded, the answer default per
 * answered question, again no more than the wall time.
 */
export function examTime(exam: HistoryExam): TimedStep {
  const wall = Math.max(0, exam.submittedAt - exam.startedAt);
  const recorded = Math.max(0, exam.timeSpentMs);
  const estimate = recorded > 0 ? recorded : exam.answeredCount * STUDY_TIME_MODEL.answerDefaultMs;
  return { at: exam.submittedAt, ms: Math.min(estimate, wall) };
}
