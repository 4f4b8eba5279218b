import type { ExamDomain } from "../taxonomy";
import { createRandom, shuffle } from "../random";
import { isDueAt, type CardState } from "../srs";

export type Difficulty = "easy" | "medium" | "hard";
/** Which questions a practice session draws from. */
export type PracticePool = "unseen" | "missed" | "due" | "all";

export interface PracticeCandidate {
  id: string;
  area: string;
  topics: readonly string[];
  domain: ExamDomain;
  difficulty: Difficulty;
}

export interface PracticeFilters {
  areas: readonly string[];
  topics: readonly string[];
  domains: readonly ExamDomain[];
  difficulties: readonly Difficulty[];
  pool: PracticePool;
  count: number;
}

/** What the learner has done with each question: last answer right or wrong, and when it is due. */
export interface QuestionHistory {
  lastCorrect: boolean;
  due: Date | null;
  /** FSRS state of the question's card; learning cards are due a little early (learn-ahead). */
  state: CardState | null;
}

/** Whether a question is due for review at `now`. */
export function isDueForReview(history: QuestionHistory | undefined, now: Date): boolean {
  return Boolean(history?.due && history.state && isDueAt(history.due, history.state, now));
}

const matches = (selected: readonly string[], value: string) => selected.length === 0 || selected.includes(value);

function inPool(history: QuestionHistory | undefined, pool: PracticePool, now: Date): boolean {
  if (pool === "unseen") return history === undefined;
  if (pool === "missed") return history !== undefined && !history.lastCorrect;
  if (pool === "due") return isDueForReview(history, now);
  return true;
}

/**
 * Picks up to `count` questions matching the filters (an empty filter list means "any"), in a
 * seeded random order. Due questions come most-overdue first.
 */
export function selectPracticeQuestions(
  candidates: readonly PracticeCandidate[],
  filters: PracticeFilters,
  history: ReadonlyMap<string, QuestionHistory>,
  now: Date,
  seed: number,
): string[] {
  const eligible = candidates.filter(
    (q) =>
      matches(filters.areas, q.area) &&
      (filters.topics.length === 0 || q.topics.some((t) => filters.topics.includes(t))) &&
      matches(filters.domains, q.domain) &&
      matches(filters.difficulties, q.difficulty) &&
      inPool(history.get(q.id), filters.pool, now),
  );
  const ordered =
    filters.pool === "due"
      ? [...eligible].sort(
          (a, b) => (history.get(a.id)?.due?.getTime() ?? 0) - (history.get(b.id)?.due?.getTime() ?? 0),
        )
      : shuffle(eligible, createRandom(seed));
  return ordered.slice(0, Math.max(0, filters.count)).map((q) => q.id);
}
