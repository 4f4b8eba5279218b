import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ExamResults } from "@/components/exam/exam-results";
import { findQuestion } from "@/lib/content/questions";
import { toFeedback, toPublicQuestion } from "@/lib/content/question-views";
import { passShare, scoreExam } from "@/lib/engines/exam/score";
import { AREAS } from "@/lib/engines/taxonomy";
import { retakeMissed } from "../../actions";
import { gradeFromBank } from "../../grading";
import { loadAttempt } from "../../load-attempt";

export const metadata: Metadata = { title: "Exam results" };
export const dynamic = "force-dynamic";

export default async function ExamResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const attempt = await loadAttempt(attemptId);
  if (attempt.status === "in_progress") redirect(`/exam/${attempt.id}`);
  const graded = attempt.items.map((item) => ({
    ...gradeFromBank(item.questionId, item.selected),
    questionId: item.questionId,
    scored: item.scored,
    answered: item.selected.length > 0,
  }));
  const items = attempt.items.flatMap((item, index) => {
    const question = findQuestion(item.questionId);
    if (!question) return [];
    const view = toPublicQuestion(question);
    return [
      {
        position: item.position,
        stemHtml: view.stemHtml,
        options: view.options,
        scored: item.scored,
        timeSpentMs: item.timeSpentMs,
        flagged: item.flagged,
        answered: item.selected.length > 0,
        feedback: toFeedback(question, item.selected, graded[index]?.correct ?? false),
      },
    ];
  });
  return (
    <ExamResults
      attemptId={attempt.id}
      title={attempt.title}
      status={attempt.status === "expired" ? "expired" : "submitted"}
      score={scoreExam(graded, attempt.blueprint.passScaled)}
      passScaled={attempt.blueprint.passScaled}
      passPercent={Math.round(100 * passShare(attempt.blueprint.passScaled))}
      areaTitles={Object.fromEntries(AREAS.map((a) => [a.slug, a.title]))}
      items={items}
      retake={retakeMissed}
    />
  );
}
