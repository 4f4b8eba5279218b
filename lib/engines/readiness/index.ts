import { EXAM_DOMAINS, type ExamDomain } from "../taxonomy";

/** One answered question, as the readiness model sees it. */
export interface Evidence {
  domain: ExamDomain;
  difficulty: "easy" | "medium" | "hard";
  correct: boolean;
  answeredAt: Date;
  /** FSRS probability (0–1) that the learner still recalls this question now; null if unknown. */
  retrievability: number | null;
}

export interface Estimate {
  /** Predicted scaled score, 100–1000. */
  scaled: number;
  /** A 90% band around it. */
  low: number;
  high: number;
  /** Effective number of answers behind the estimate (after recency weighting). */
  evidence: number;
}

export interface Readiness {
  overall: Estimate & { passProbability: number };
  byDomain: Record<ExamDomain, Estimate>;
}

/** How the model is tuned; documented on the readiness page. */
export const READINESS_MODEL = {
  /** A Beta(2, 2) prior: with no evidence a domain is a coin flip, held loosely. */
  priorCorrect: 2,
  priorWrong: 2,
  /** Answers lose half their weight every 30 days. */
  halfLifeDays: 30,
  /** A right answer on a hard question says more than on an easy one, and a miss on an easy one more than on a hard one. */
  difficultyWeight: { easy: 0.8, medium: 1, hard: 1.25 },
  /** Scored questions on the real exam: the exam's own sampling noise widens the band. */
  scoredQuestions: 50,
  z90: 1.645,
} as const;

const DAY = 24 * 60 * 60 * 1000;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const toScaled = (share: number) => Math.round(100 + 900 * clamp(share, 0, 1));

/** The standard normal cumulative distribution (Abramowitz–Stegun 7.1.26). */
function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

interface DomainPosterior {
  mean: number;
  variance: number;
  evidence: number;
}

function posterior(evidence: readonly Evidence[], now: Date): DomainPosterior {
  let right = READINESS_MODEL.priorCorrect;
  let wrong = READINESS_MODEL.priorWrong;
  let weightSum = 0;
  for (const answer of evidence) {
    const ageDays = Math.max(0, (now.getTime() - answer.answeredAt.getTime()) / DAY);
    const recency = Math.pow(0.5, ageDays / READINESS_MODEL.halfLifeDays);
    const hardness = READINESS_MODEL.difficultyWeight[answer.difficulty];
    const weight = recency * (answer.correct ? hardness : 1 / hardness);
    // A right answer counts only as far as the learner still remembers it (FSRS retrievability).
    const remembered = answer.correct ? (answer.retrievability ?? 1) : 0;
    right += weight * remembered;
    wrong += weight * (1 - remembered);
    weightSum += recency;
  }
  const total = right + wrong;
  return { mean: right / total, variance: (right * wrong) / (total * total * (total + 1)), evidence: weightSum };
}

/**
 * Predicts the scaled score on a blueprint from recent answers: per domain a Beta posterior of the
 * chance of answering that domain's questions right (recency-, difficulty- and recall-weighted),
 * combined by the blueprint's domain weights. The band adds the exam's own sampling noise over its
 * scored questions, so it never collapses to a point.
 */
export function estimateReadiness(
  evidence: readonly Evidence[],
  weights: Record<ExamDomain, number>,
  passScaled: number,
  now: Date,
): Readiness {
  const posteriors = Object.fromEntries(
    EXAM_DOMAINS.map((d) => [
      d,
      posterior(
        evidence.filter((e) => e.domain === d),
        now,
      ),
    ]),
  ) as Record<ExamDomain, DomainPosterior>;
  const band = (mean: number, variance: number, questions: number) => {
    const spread = READINESS_MODEL.z90 * Math.sqrt(variance + (mean * (1 - mean)) / questions);
    return { low: toScaled(mean - spread), high: toScaled(mean + spread) };
  };
  const byDomain = Object.fromEntries(
    EXAM_DOMAINS.map((d) => {
      const p = posteriors[d];
      const questions = Math.max(1, Math.round(weights[d] * READINESS_MODEL.scoredQuestions));
      return [
        d,
        {
          scaled: toScaled(p.mean),
          ...band(p.mean, p.variance, questions),
          evidence: Math.round(p.evidence * 10) / 10,
        },
      ];
    }),
  ) as Record<ExamDomain, Estimate>;
  const mean = EXAM_DOMAINS.reduce((sum, d) => sum + weights[d] * posteriors[d].mean, 0);
  const variance = EXAM_DOMAINS.reduce((sum, d) => sum + weights[d] * weights[d] * posteriors[d].variance, 0);
  const sigma = Math.sqrt(variance + (mean * (1 - mean)) / READINESS_MODEL.scoredQuestions);
  const passShare = (passScaled - 100) / 900;
  return {
    overall: {
      scaled: toScaled(mean),
      ...band(mean, variance, READINESS_MODEL.scoredQuestions),
      evidence: Math.round(EXAM_DOMAINS.reduce((sum, d) => sum + posteriors[d].evidence, 0) * 10) / 10,
      passProbability: Math.round(100 * (1 - normalCdf((passShare - mean) / sigma))) / 100,
    },
    byDomain,
  };
}
