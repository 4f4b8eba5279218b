import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";

/** How sure the learner said they were when answering. */
export type Confidence = "guessed" | "unsure" | "sure";
export type ReviewRating = "again" | "hard" | "good" | "easy";
export type CardState = "new" | "learning" | "review" | "relearning";

/** A question's spaced-repetition state (FSRS), as stored per learner. Plain data. */
export interface ReviewCardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: Date | null;
}

export const DEFAULT_RETENTION = 0.9;
export const RETENTION_RANGE = { min: 0.7, max: 0.97 } as const;

const RATINGS: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};
const STATES: Record<State, CardState> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};
const STATE_CODES: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

/**
 * The FSRS rating an answer earns: wrong is Again whatever the confidence; a right answer is Hard
 * when guessed, Good when unsure and Easy when sure.
 */
export function ratingFor(correct: boolean, confidence: Confidence): ReviewRating {
  if (!correct) return "again";
  return confidence === "guessed" ? "hard" : confidence === "unsure" ? "good" : "easy";
}

function toFsrs(card: ReviewCardState): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_CODES[card.state],
    last_review: card.lastReview ?? undefined,
  };
}

function fromFsrs(card: Card): ReviewCardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES[card.state],
    lastReview: card.last_review ?? null,
  };
}

function clampRetention(retention: number): number {
  return Math.min(RETENTION_RANGE.max, Math.max(RETENTION_RANGE.min, retention));
}

/** A card never reviewed, due now. */
export function newCard(now: Date): ReviewCardState {
  return fromFsrs(createEmptyCard(now));
}

/**
 * Schedules the next review after an answer at `now` (the clock is an argument). No fuzz, so the
 * same history always gives the same schedule.
 */
export function reviewCard(
  card: ReviewCardState | null,
  answer: { correct: boolean; confidence: Confidence },
  now: Date,
  desiredRetention = DEFAULT_RETENTION,
): ReviewCardState {
  const scheduler = fsrs({ request_retention: clampRetention(desiredRetention), enable_fuzz: false });
  const current = card ? toFsrs(card) : createEmptyCard(now);
  return fromFsrs(scheduler.next(current, now, RATINGS[ratingFor(answer.correct, answer.confidence)]).card);
}

/**
 * How far ahead cards still in (re)learning count as due, as Anki's "learn ahead limit" does: a
 * question missed a moment ago is due now, not in one minute.
 */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

/** Whether a card with this due date and state is due at `now`. */
export function isDueAt(due: Date, state: CardState, now: Date): boolean {
  const learning = state === "learning" || state === "relearning";
  return due.getTime() <= now.getTime() + (learning ? LEARN_AHEAD_MS : 0);
}

/** Whether a card is due at `now`. */
export function isDue(card: ReviewCardState, now: Date): boolean {
  return isDueAt(card.due, card.state, now);
}

/** The probability (0–1) the learner still recalls the card at `now`. */
export function retrievability(card: ReviewCardState, now: Date): number {
  if (card.state === "new" || !card.lastReview) return 0;
  return fsrs({ enable_fuzz: false }).get_retrievability(toFsrs(card), now, false);
}
