import type { ExamDomain } from "../taxonomy";

/** Which questions a blueprint section draws from; every listed criterion must match. */
export interface SectionMatch {
  domains?: readonly ExamDomain[];
  tasks?: readonly string[];
  areas?: readonly string[];
}

export interface BlueprintSection {
  id: string;
  title: string;
  /** Share of the exam, 0–1; the weights of a blueprint sum to 1. */
  weight: number;
  match: SectionMatch;
}

/** An exam's shape: how many questions, how long, and how they spread over sections. */
export interface Blueprint {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  minutes: number;
  /** Questions left unscored in "realistic" mode (15 of 65 on the real exam). */
  unscoredCount: number;
  passScaled: number;
  sections: readonly BlueprintSection[];
}

/**
 * Questions per section by the largest-remainder rule: each section gets the whole part of
 * weight × count, and the seats left over go to the largest fractional parts (ties: the earlier
 * section). DVA-C02 at 65: 20.8, 16.9, 15.6, 11.7 → 20, 16, 15, 11 (62) → +1 to D2, D1, D4 →
 * D1 21, D2 17, D3 15, D4 12.
 */
export function sectionCounts(blueprint: Pick<Blueprint, "questionCount" | "sections">): number[] {
  const exact = blueprint.sections.map((s) => s.weight * blueprint.questionCount);
  const counts = exact.map(Math.floor);
  let left = blueprint.questionCount - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    left -= 1;
  }
  return counts;
}
