import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ExamRunner } from "@/components/exam/exam-runner";
import { findQuestion } from "@/lib/content/questions";
import { toPublicQuestion } from "@/lib/content/question-views";
import { recordExamVisit, saveExamItem, submitExam } from "../actions";
import { loadAttempt, serverNow } from "../load-attempt";

export const metadata: Metadata = { title: "Exam" };
export const dynamic = "force-dynamic";

export default async function ExamAttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const attempt = await loadAttempt(attemptId);
  if (attempt.status !== "in_progress") redirect(`/exam/${attempt.id}/results`);
  const questions = attempt.items.flatMap((item) => {
    const question = findQuestion(item.questionId);
    return question ? [toPublicQuestion(question)] : [];
  });
  return (
    <ExamRunner
      attemptId={attempt.id}
      title={attempt.title}
      questions={questions}
      initial={{
        current: Math.min(attempt.currentPosition, questions.length - 1),
        view: "question",
        items: attempt.items.map((item) => ({
          questionId: item.questionId,
          selected: item.selected,
          flagged: item.flagged,
          struck: item.struck,
        })),
      }}
      deadline={attempt.deadline.toISOString()}
      serverNow={serverNow()}
      save={saveExamItem}
      visit={recordExamVisit}
      submit={submitExam}
    />
  );
}
