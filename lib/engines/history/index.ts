/** Public API of the history engine: the learner's activity over time, in their own time zone. */
import { dayKey, isValidTimeZone, localCalendar } from "./calendar";
import { dailySeries, examSeries, isActive, tallyDays, weeklyAccuracy } from "./series";
import { streaksOf } from "./streaks";
import { answerTimes, examTime, readTimes } from "./study-time";
import type { History, HistoryInput } from "./types";

export * from "./types";
export { STUDY_TIME_MODEL } from "./study-time";
export { canonicalTimeZone, isValidTimeZone, isoWeekOf, parseDayKey } from "./calendar";
export { streaksOf } from "./streaks";

export const HISTORY_DEFAULTS = { windowDays: 180, recentDays: 28, timeZone: "UTC" } as const;

export class UnknownTimeZoneError extends RangeError {
  constructor(readonly timeZone: string) {
    super(`Unknown time zone "${timeZone}": pass an IANA name such as "Europe/Paris" or "UTC".`);
    this.name = "UnknownTimeZoneError";
  }
}

/**
 * The learner's history as of `now`, with days counted in `timeZone`: exam scores, weekly
 * accuracy per area, daily activity with estimated study time, and streaks. Events before the
 * window's first local day or after today are ignored. Pure: the same input gives the same output.
 */
export function buildHistory(input: HistoryInput): History {
  if (!isValidTimeZone(input.timeZone)) throw new UnknownTimeZoneError(input.timeZone);
  const calendar = localCalendar(input.timeZone);
  const windowDays = Math.max(1, Math.floor(input.windowDays ?? HISTORY_DEFAULTS.windowDays));
  const recentDays = Math.min(windowDays, Math.max(1, Math.floor(input.recentDays ?? HISTORY_DEFAULTS.recentDays)));
  const today = calendar.dayOf(input.now);
  const since = today - windowDays + 1;
  const inWindow = (at: number) => {
    const day = calendar.dayOf(at);
    return day >= since && day <= today;
  };
  const answers = input.answers.filter((a) => inWindow(a.answeredAt));
  const reads = input.reads.filter((r) => inWindow(r.readAt));
  const exams = input.exams.filter((e) => inWindow(e.submittedAt));

  const steps = [...answerTimes(answers), ...readTimes(reads), ...exams.map(examTime)];
  const days = tallyDays({ answers, reads, exams }, steps, calendar);
  const activeDays = [...days].filter(([, tally]) => isActive(tally)).map(([day]) => day);
  const { weeks, byArea } = weeklyAccuracy(answers, calendar, today);
  const all = [...days.values()];
  const sum = (pick: (t: (typeof all)[number]) => number) => all.reduce((total, t) => total + pick(t), 0);

  return {
    timeZone: calendar.timeZone,
    today: dayKey(today),
    windowDays,
    since: dayKey(since),
    exams: examSeries(exams, calendar),
    weeks,
    accuracyByArea: byArea,
    daily: dailySeries(days, today - recentDays + 1, today),
    streak: streaksOf(activeDays, today),
    totals: {
      activeDays: activeDays.length,
      answers: sum((t) => t.answers),
      correct: sum((t) => t.correct),
      sectionsRead: sum((t) => t.sectionsRead),
      exams: sum((t) => t.exams),
      studyMinutes: Math.round(sum((t) => t.studyMs) / 60_000),
    },
    empty: activeDays.length === 0,
  };
}
