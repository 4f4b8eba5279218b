import type { ReviewCardState } from "@/lib/engines/srs";
import type { Db } from "./client";
import { toCardState } from "./reviews";

export interface AnswerRecord {
  questionId: string;
  correct: boolean;
  answeredAt: Date;
  source: string;
}

/** The learner's answers since a date, oldest first. */
export async function answersSince(client: Db, learnerId: string, since: Date): Promise<AnswerRecord[]> {
  return client.answer.findMany({
    where: { learnerId, answeredAt: { gte: since } },
    orderBy: { answeredAt: "asc" },
    select: { questionId: true, correct: true, answeredAt: true, source: true },
  });
}

/** Every review card of the learner, by question id. */
export async function reviewCards(client: Db, learnerId: string): Promise<Map<string, ReviewCardState>> {
  const rows = await client.reviewCard.findMany({ where: { learnerId } });
  return new Map(rows.map((row) => [row.questionId, toCardState(row)]));
}
