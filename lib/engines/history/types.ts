import type { AreaSlug } from "../taxonomy";

/** Where an answer came from (the Answer row's source). */
export type AnswerSource = "practice" | "review" | "exam";

/** One graded answer. Times are epoch milliseconds, passed in: the engine has no clock. */
export interface HistoryAnswer {
  answeredAt: number;
  correct: boolean;
  /** The question's study area; null when the question is no longer in the bank. */
  area: AreaSlug | null;
  source: AnswerSource;
  /** The practice or review session; null for exam answers. */
  sessionId: string | null;
  /** When that session started, so the first answer's time can be measured; null if unknown. */
  sessionStartedAt: number | null;
}

/** One graded exam attempt (submitted, or expired and graded at its deadline). */
export interface HistoryExam {
  id: string;
  title: string;
  blueprintId: string;
  startedAt: number;
  submittedAt: number;
  scaledScore: number;
  passed: boolean;
  passScaled: number;
  /** Sum of the attempt's items' recorded time (ExamAttemptItem.timeSpentMs). */
  timeSpentMs: number;
  /** Items with an answer chosen. */
  answeredCount: number;
}

/** A note section the learner read (marked or scrolled through). */
export interface HistoryRead {
  readAt: number;
  noteSlug: string;
}

export interface HistoryInput {
  answers: readonly HistoryAnswer[];
  exams: readonly HistoryExam[];
  reads: readonly HistoryRead[];
  /** The moment "today" is taken from, epoch milliseconds. */
  now: number;
  /** IANA time zone the learner's days are counted in, e.g. "Europe/Paris" or "UTC". */
  timeZone: string;
  /** Days of history, today included (default 180). Older events are ignored. */
  windowDays?: number;
  /** Days the daily activity series covers, today included (default 28). */
  recentDays?: number;
}

/** A calendar day in the learner's time zone, "YYYY-MM-DD". */
export type DayKey = string;

export interface ExamPoint {
  id: string;
  title: string;
  blueprintId: string;
  /** Local day of submission. */
  date: DayKey;
  submittedAt: number;
  scaledScore: number;
  passScaled: number;
  passed: boolean;
}

/** An ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday). */
export interface IsoWeek {
  /** "2026-W18" */
  key: string;
  /** The Monday the week starts on. */
  start: DayKey;
}

/** One area in one week. accuracy is null when the area had no answers that week (a gap, not a zero). */
export interface WeekAccuracy {
  week: string;
  answers: number;
  correct: number;
  accuracy: number | null;
}

export interface AreaAccuracySeries {
  area: AreaSlug;
  /** One entry per week of `History.weeks`, in the same order. */
  weeks: WeekAccuracy[];
  answers: number;
  correct: number;
}

export interface DayActivity {
  date: DayKey;
  answers: number;
  correct: number;
  sectionsRead: number;
  exams: number;
  /** Estimated study time (see STUDY_TIME_MODEL), whole minutes. */
  studyMinutes: number;
  active: boolean;
}

export interface Streak {
  /** Consecutive active days ending today, or ending yesterday when today has no activity yet. */
  current: number;
  /** The longest run of consecutive active days in the window. */
  longest: number;
  activeToday: boolean;
  lastActive: DayKey | null;
}

export interface HistoryTotals {
  activeDays: number;
  answers: number;
  correct: number;
  sectionsRead: number;
  exams: number;
  studyMinutes: number;
}

export interface History {
  timeZone: string;
  today: DayKey;
  windowDays: number;
  /** First day of the window. */
  since: DayKey;
  exams: ExamPoint[];
  /** Weeks from the first answer's week to the current week. */
  weeks: IsoWeek[];
  /** Areas with at least one answer, in the taxonomy's order. */
  accuracyByArea: AreaAccuracySeries[];
  /** The last `recentDays` days, oldest first; days without activity are zeros. */
  daily: DayActivity[];
  streak: Streak;
  totals: HistoryTotals;
  /** No answer, read or exam in the window. */
  empty: boolean;
}
