import {
  DEFAULT_RETENTION,
  LEARN_AHEAD_MS,
  reviewCard,
  type CardState,
  type Confidence,
  type ReviewCardState,
} from "@/lib/engines/srs";
import type { Db } from "./client";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type CardRow = Awaited<ReturnType<Db["reviewCard"]["findFirstOrThrow"]>>;

/** A stored card as the FSRS engine's plain state. */
export function toCardState(row: CardRow): ReviewCardState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as CardState,
    lastReview: row.lastReview,
  };
}

/** The learner's desired retention for FSRS (0.70–0.97). */
export async function desiredRetention(client: Db | Tx, learnerId: string): Promise<number> {
  const preference = await client.learnerPreference.findUnique({
    where: { learnerId },
    select: { desiredRetention: true },
  });
  return preference?.desiredRetention ?? DEFAULT_RETENTION;
}

export async function setDesiredRetention(client: Db, learnerId: string, retention: number): Promise<void> {
  await client.learnerPreference.upsert({
    where: { learnerId },
    update: { desiredRetention: retention },
    create: { learnerId, desiredRetention: retention },
  });
}

/** Reschedules a question's card after an answer; creates the card on the first answer. */
export async function scheduleReview(
  tx: Tx,
  input: { learnerId: string; questionId: string; correct: boolean; confidence: Confidence; now: Date },
): Promise<ReviewCardState> {
  const { learnerId, questionId, correct, confidence, now } = input;
  const key = { learnerId_questionId: { learnerId, questionId } };
  const existing = await tx.reviewCard.findUnique({ where: key });
  const next = reviewCard(
    existing ? toCardState(existing) : null,
    { correct, confidence },
    now,
    await desiredRetention(tx, learnerId),
  );
  await tx.reviewCard.upsert({ where: key, update: next, create: { learnerId, questionId, ...next } });
  return next;
}

/** How many of the learner's cards are due at `now` (learning cards with the learn-ahead window). */
export async function dueCount(client: Db, learnerId: string, now: Date): Promise<number> {
  return client.reviewCard.count({
    where: {
      learnerId,
      OR: [
        { due: { lte: now } },
        { state: { in: ["learning", "relearning"] }, due: { lte: new Date(now.getTime() + LEARN_AHEAD_MS) } },
      ],
    },
  });
}

/** Due date and state of every card the learner has, by question id. */
export async function cardSchedules(
  client: Db,
  learnerId: string,
): Promise<Map<string, { due: Date; state: CardState }>> {
  const rows = await client.reviewCard.findMany({
    where: { learnerId },
    select: { questionId: true, due: true, state: true },
  });
  return new Map(rows.map((row) => [row.questionId, { due: row.due, state: row.state as CardState }]));
}
