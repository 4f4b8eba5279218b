import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionRunner } from "@/components/quiz/question-runner";
import { SessionSummaryView } from "@/components/quiz/session-summary";
import { findQuestion } from "@/lib/content/questions";
import { noteLinksFor, toPublicQuestion } from "@/lib/content/question-views";
import { db } from "@/lib/db/client";
import { PracticeSessionNotFoundError } from "@/lib/db/errors";
import { currentLearner } from "@/lib/auth/current-learner";
import { getPracticeSession, type PracticeSessionDto } from "@/lib/db/practice";
import { summariseSession } from "@/lib/engines/practice/summary";
import { areaTitle } from "@/lib/engines/taxonomy";
import { reportQuestion, submitPracticeAnswer } from "../actions";

export const metadata: Metadata = { title: "Practice session" };
export const dynamic = "force-dynamic";

async function loadSession(sessionId: string): Promise<PracticeSessionDto> {
  const learner = await currentLearner();
  try {
    return await getPracticeSession(db(), learner.id, sessionId);
  } catch (error) {
    if (error instanceof PracticeSessionNotFoundError) notFound();
    throw error;
  }
}

export default async function PracticeSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(sessionId)) notFound();
  const session = await loadSession(sessionId);
  const answered = new Set(session.answers.map((a) => a.questionId));
  const nextId = session.questionIds.find((id) => !answered.has(id));
  const nextQuestion = nextId ? findQuestion(nextId) : undefined;

  if (nextQuestion) {
    return (
      <QuestionRunner
        key={nextQuestion.id}
        sessionId={session.id}
        question={toPublicQuestion(nextQuestion)}
        position={answered.size + 1}
        total={session.questionIds.length}
        submit={submitPracticeAnswer}
        report={reportQuestion}
      />
    );
  }

  const summary = summariseSession(
    session.startedAt,
    session.questionIds.length,
    session.answers.map((answer) => {
      const question = findQuestion(answer.questionId);
      return {
        ...answer,
        topic: question?.topics[0] ?? "other",
        area: question ? areaTitle(question.area) : "Unknown",
      };
    }),
  );
  const reviewLinks = summary.missed.flatMap((id) => {
    const question = findQuestion(id);
    return question ? noteLinksFor(question) : [];
  });
  const uniqueLinks = [...new Map(reviewLinks.map((link) => [link.href, link])).values()];
  return <SessionSummaryView summary={summary} kind={session.kind} reviewLinks={uniqueLinks} />;
}
