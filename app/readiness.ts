import { findBlueprint } from "@/lib/content/blueprints";
import { findQuestion } from "@/lib/content/questions";
import { db } from "@/lib/db/client";
import { answersSince, reviewCards } from "@/lib/db/evidence";
import { estimateReadiness, type Evidence, type Readiness } from "@/lib/engines/readiness";
import { retrievability } from "@/lib/engines/srs";
import { EXAM_DOMAINS, type ExamDomain } from "@/lib/engines/taxonomy";

const WINDOW_DAYS = 120;

export interface TopicAccuracy {
  area: string;
  topic: string;
  correct: number;
  total: number;
  note: string;
}

/** The learner's readiness on DVA-C02 and their weakest topics, from answers in the last 120 days. */
export async function learnerReadiness(
  learnerId: string,
  now: Date,
): Promise<{ readiness: Readiness; weakest: TopicAccuracy[]; answered: number }> {
  const blueprint = findBlueprint("dva-c02");
  const weights = Object.fromEntries(
    EXAM_DOMAINS.map((d) => [d, blueprint?.sections.find((s) => s.id === d)?.weight ?? 0.25]),
  ) as Record<ExamDomain, number>;
  const [answers, cards] = await Promise.all([
    answersSince(db(), learnerId, new Date(now.getTime() - WINDOW_DAYS * 86_400_000)),
    reviewCards(db(), learnerId),
  ]);
  const evidence: Evidence[] = [];
  const topics = new Map<string, TopicAccuracy>();
  for (const answer of answers) {
    const question = findQuestion(answer.questionId);
    if (!question) continue;
    const card = cards.get(answer.questionId);
    evidence.push({
      domain: question.domain,
      difficulty: question.difficulty,
      correct: answer.correct,
      answeredAt: answer.answeredAt,
      retrievability: card ? retrievability(card, now) : null,
    });
    const topic = question.topics[0] ?? "general";
    const key = `${question.area}/${topic}`;
    const entry = topics.get(key) ?? {
      area: question.area,
      topic,
      correct: 0,
      total: 0,
      note: `/notes/${question.notes[0]?.note ?? ""}#${question.notes[0]?.section ?? ""}`,
    };
    entry.total += 1;
    if (answer.correct) entry.correct += 1;
    topics.set(key, entry);
  }
  const weakest = [...topics.values()]
    .filter((t) => t.total >= 2)
    .sort((a, b) => a.correct / a.total - b.correct / b.total || b.total - a.total)
    .slice(0, 3);
  return {
    readiness: estimateReadiness(evidence, weights, blueprint?.passScaled ?? 720, now),
    weakest,
    answered: answers.length,
  };
}
