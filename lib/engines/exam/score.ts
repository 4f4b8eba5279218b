import { EXAM_DOMAINS, type ExamDomain } from "../taxonomy";

export interface GradedItem {
  questionId: string;
  domain: ExamDomain;
  area: string;
  scored: boolean;
  answered: boolean;
  correct: boolean;
}

export interface Tally {
  correct: number;
  total: number;
}

export interface ExamScore {
  /** 100–1000 (see scaledScore). */
  scaled: number;
  passed: boolean;
  correct: number;
  scoredCount: number;
  answered: number;
  byDomain: Record<ExamDomain, Tally>;
  byArea: Record<string, Tally>;
}

/**
 * Rollout's scaled score: linear from 100 (nothing right) to 1000 (everything right) over the
 * scored questions, rounded. AWS does not publish its scaling (it equates scores across exam
 * forms), so this is a transparent stand-in: 720 needs 69% of the scored questions.
 */
export function scaledScore(correct: number, total: number): number {
  if (total <= 0) return 100;
  return Math.round(100 + (900 * correct) / total);
}

/** The share of scored questions needed to reach a scaled pass mark, 0–1. */
export function passShare(passScaled: number): number {
  return (passScaled - 100) / 900;
}

/** Scores an attempt: unanswered counts as wrong; unscored items are reported but do not count. */
export function scoreExam(items: readonly GradedItem[], passScaled: number): ExamScore {
  const scored = items.filter((item) => item.scored);
  const correct = scored.filter((item) => item.correct).length;
  const byDomain = Object.fromEntries(EXAM_DOMAINS.map((d) => [d, { correct: 0, total: 0 }])) as Record<
    ExamDomain,
    Tally
  >;
  const byArea: Record<string, Tally> = {};
  for (const item of scored) {
    const areaTally = (byArea[item.area] ??= { correct: 0, total: 0 });
    for (const tally of [byDomain[item.domain], areaTally]) {
      tally.total += 1;
      if (item.correct) tally.correct += 1;
    }
  }
  const scaled = scaledScore(correct, scored.length);
  return {
    scaled,
    passed: scaled >= passScaled,
    correct,
    scoredCount: scored.length,
    answered: items.filter((i) => i.answered).length,
    byDomain,
    byArea,
  };
}
