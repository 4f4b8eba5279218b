export type QuestionType = "single" | "multi" | "order";

export interface GradableQuestion {
  type: QuestionType;
  answer: readonly string[];
}

/** Why a submitted answer cannot be graded (it is then not recorded). */
export type SubmissionProblem = "unknown-option" | "wrong-count" | "repeated-option";

/** Checks a submission's shape against the question before grading. */
export function checkSubmission(
  question: GradableQuestion,
  optionIds: readonly string[],
  selected: readonly string[],
): SubmissionProblem | null {
  if (selected.some((id) => !optionIds.includes(id))) return "unknown-option";
  if (new Set(selected).size !== selected.length) return "repeated-option";
  const expected = question.type === "order" ? optionIds.length : question.answer.length;
  return selected.length === expected ? null : "wrong-count";
}

/**
 * Grades an answer: single and multi are all-or-nothing on the set of choices (order of clicks
 * does not matter); order questions need the exact sequence.
 */
export function isCorrect(question: GradableQuestion, selected: readonly string[]): boolean {
  if (selected.length !== question.answer.length) return false;
  if (question.type === "order") return question.answer.every((id, index) => selected[index] === id);
  const chosen = new Set(selected);
  return question.answer.every((id) => chosen.has(id));
}
