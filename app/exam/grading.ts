import { findQuestion, loadQuestionBank } from "@/lib/content/questions";
import type { Grader } from "@/lib/db/attempts";
import { isCorrect } from "@/lib/engines/practice/grade";
import type { DrawCandidate } from "@/lib/engines/exam/draw";

/** Grades an exam item from the bank (server only; the key never leaves it before submission). */
export const gradeFromBank: Grader = (questionId, selected) => {
  const question = findQuestion(questionId);
  if (!question) return { correct: false, domain: "D1", area: "unknown" };
  return {
    correct: selected.length > 0 && isCorrect(question, selected),
    domain: question.domain,
    area: question.area,
  };
};

/** The bank as the exam draw needs it. */
export function drawCandidates(): DrawCandidate[] {
  return loadQuestionBank().map((q) => ({ id: q.id, domain: q.domain, task: q.task, area: q.area }));
}
