import { findQuestion } from "@/lib/content/questions";
import type { Question } from "@/lib/content/schemas/question";
import { checkSubmission } from "@/lib/engines/practice/grade";

export type CheckedSubmission = { ok: true; question: Question } | { ok: false; error: string };

/** Finds the question and checks the submission's shape, with a message the learner can act on. */
export function checkAnswerShape(questionId: string, selected: string[]): CheckedSubmission {
  const question = findQuestion(questionId);
  if (!question) return { ok: false, error: "That question does not exist." };
  const problem = checkSubmission(
    question,
    question.options.map((o) => o.id),
    selected,
  );
  if (problem === "wrong-count") {
    return {
      ok: false,
      error:
        question.type === "order"
          ? "Put every step in order first."
          : question.answer.length === 1
            ? "Choose one option."
            : `Choose exactly ${question.answer.length} options.`,
    };
  }
  if (problem) return { ok: false, error: "That answer does not match this question's options." };
  return { ok: true, question };
}
