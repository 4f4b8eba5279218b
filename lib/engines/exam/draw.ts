import { createRandom, shuffle, type Random } from "../random";
import type { ExamDomain } from "../taxonomy";
import { sectionCounts, type Blueprint, type SectionMatch } from "./blueprint";

export interface DrawCandidate {
  id: string;
  domain: ExamDomain;
  task: string;
  area: string;
}

export interface DrawnItem {
  questionId: string;
  sectionId: string;
  scored: boolean;
}

export class NotEnoughQuestionsError extends Error {
  override name = "NotEnoughQuestionsError";
  constructor(
    readonly sectionTitle: string,
    readonly needed: number,
    readonly available: number,
  ) {
    super(`The blueprint needs ${needed} questions for "${sectionTitle}" but only ${available} are available.`);
  }
}

const matches = (q: DrawCandidate, match: SectionMatch) =>
  (!match.domains || match.domains.includes(q.domain)) &&
  (!match.tasks || match.tasks.includes(q.task)) &&
  (!match.areas || match.areas.includes(q.area));

/** Unseen questions first (in random order), then seen ones, so repeats come last across attempts. */
function preferUnseen(pool: DrawCandidate[], seen: ReadonlySet<string>, random: Random): DrawCandidate[] {
  return [
    ...shuffle(
      pool.filter((q) => !seen.has(q.id)),
      random,
    ),
    ...shuffle(
      pool.filter((q) => seen.has(q.id)),
      random,
    ),
  ];
}

/**
 * Draws an exam by its blueprint: each section's count (largest remainder), no question twice,
 * unseen questions preferred, then the whole list shuffled. With `realistic`, the blueprint's
 * unscored count is chosen at random among the drawn questions. The same seed replays the draw.
 */
export function drawExam(
  blueprint: Blueprint,
  candidates: readonly DrawCandidate[],
  options: { seed: number; seen?: ReadonlySet<string>; realistic?: boolean },
): DrawnItem[] {
  const random = createRandom(options.seed);
  const used = new Set<string>();
  const counts = sectionCounts(blueprint);
  const drawn: { questionId: string; sectionId: string }[] = [];
  blueprint.sections.forEach((section, index) => {
    const needed = counts[index] ?? 0;
    const pool = candidates.filter((q) => !used.has(q.id) && matches(q, section.match));
    if (pool.length < needed) throw new NotEnoughQuestionsError(section.title, needed, pool.length);
    for (const question of preferUnseen(pool, options.seen ?? new Set(), random).slice(0, needed)) {
      used.add(question.id);
      drawn.push({ questionId: question.id, sectionId: section.id });
    }
  });
  const ordered = shuffle(drawn, random);
  const unscored = new Set(
    options.realistic
      ? shuffle(
          ordered.map((_, i) => i),
          random,
        ).slice(0, blueprint.unscoredCount)
      : [],
  );
  return ordered.map((item, index) => ({ ...item, scored: !unscored.has(index) }));
}
