import { AREAS, type AreaSlug } from "../taxonomy";
import { dayKey, isoWeekOf, weekStartOf, type LocalCalendar } from "./calendar";
import type { TimedStep } from "./study-time";
import type {
  AreaAccuracySeries,
  DayActivity,
  ExamPoint,
  HistoryAnswer,
  HistoryExam,
  HistoryRead,
  IsoWeek,
} from "./types";

/** Graded exams, oldest first, each on its local day of submission. */
export function examSeries(exams: readonly HistoryExam[], calendar: LocalCalendar): ExamPoint[] {
  return [...exams]
    .sort((a, b) => a.submittedAt - b.submittedAt || a.id.localeCompare(b.id))
    .map((exam) => ({
      id: exam.id,
      title: exam.title,
      blueprintId: exam.blueprintId,
      date: dayKey(calendar.dayOf(exam.submittedAt)),
      submittedAt: exam.submittedAt,
      scaledScore: exam.scaledScore,
      passScaled: exam.passScaled,
      passed: exam.passed,
    }));
}

/**
 * Accuracy per area per ISO week, from the first answer's week to today's. A week in which an area
 * had no answers is a gap (accuracy null), never a zero; areas never answered are left out.
 */
export function weeklyAccuracy(
  answers: readonly HistoryAnswer[],
  calendar: LocalCalendar,
  today: number,
): { weeks: IsoWeek[]; byArea: AreaAccuracySeries[] } {
  const known = answers.filter((a): a is HistoryAnswer & { area: AreaSlug } => a.area !== null);
  if (known.length === 0) return { weeks: [], byArea: [] };
  const counts = new Map<string, { answers: number; correct: number }>();
  let first = Infinity;
  for (const answer of known) {
    const monday = weekStartOf(calendar.dayOf(answer.answeredAt));
    first = Math.min(first, monday);
    const key = `${answer.area}|${monday}`;
    const cell = counts.get(key) ?? { answers: 0, correct: 0 };
    cell.answers += 1;
    if (answer.correct) cell.correct += 1;
    counts.set(key, cell);
  }
  const mondays: number[] = [];
  for (let monday = first; monday <= weekStartOf(today); monday += 7) mondays.push(monday);
  const weeks = mondays.map(isoWeekOf);
  const byArea = AREAS.map(({ slug }) => {
    const cells = mondays.map((monday, i) => {
      const cell = counts.get(`${slug}|${monday}`);
      return {
        week: weeks[i]?.key ?? "",
        answers: cell?.answers ?? 0,
        correct: cell?.correct ?? 0,
        accuracy: cell ? cell.correct / cell.answers : null,
      };
    });
    const answered = cells.reduce((sum, c) => sum + c.answers, 0);
    const correct = cells.reduce((sum, c) => sum + c.correct, 0);
    return { area: slug, weeks: cells, answers: answered, correct };
  }).filter((series) => series.answers > 0);
  return { weeks, byArea };
}

interface DayTally {
  answers: number;
  correct: number;
  sectionsRead: number;
  exams: number;
  studyMs: number;
}

/** Per local day number: what the learner did and the estimated time it took. */
export function tallyDays(
  input: { answers: readonly HistoryAnswer[]; reads: readonly HistoryRead[]; exams: readonly HistoryExam[] },
  studySteps: readonly TimedStep[],
  calendar: LocalCalendar,
): Map<number, DayTally> {
  const days = new Map<number, DayTally>();
  const on = (at: number) => {
    const day = calendar.dayOf(at);
    let tally = days.get(day);
    if (!tally) {
      tally = { answers: 0, correct: 0, sectionsRead: 0, exams: 0, studyMs: 0 };
      days.set(day, tally);
    }
    return tally;
  };
  for (const answer of input.answers) {
    const tally = on(answer.answeredAt);
    tally.answers += 1;
    if (answer.correct) tally.correct += 1;
  }
  for (const read of input.reads) on(read.readAt).sectionsRead += 1;
  for (const exam of input.exams) on(exam.submittedAt).exams += 1;
  for (const step of studySteps) on(step.at).studyMs += step.ms;
  return days;
}

/** One entry per day from `from` to `to` (inclusive); days without a tally are zeros. */
export function dailySeries(days: ReadonlyMap<number, DayTally>, from: number, to: number): DayActivity[] {
  const out: DayActivity[] = [];
  for (let day = from; day <= to; day += 1) {
    const tally = days.get(day);
    out.push({
      date: dayKey(day),
      answers: tally?.answers ?? 0,
      correct: tally?.correct ?? 0,
      sectionsRead: tally?.sectionsRead ?? 0,
      exams: tally?.exams ?? 0,
      studyMinutes: Math.round((tally?.studyMs ?? 0) / 60_000),
      active: tally !== undefined && isActive(tally),
    });
  }
  return out;
}

/** A day counts towards a streak if the learner answered, read a section or took an exam. */
export function isActive(tally: DayTally): boolean {
  return tally.answers > 0 || tally.sectionsRead > 0 || tally.exams > 0;
}
