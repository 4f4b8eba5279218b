"use server";

import { redirect } from "next/navigation";
import { loadQuestionBank, findQuestion } from "@/lib/content/questions";
import { toFeedback, type QuestionFeedback } from "@/lib/content/question-views";
import { db } from "@/lib/db/client";
import {
  PracticeSessionNotFoundError,
  QuestionNotInSessionError,
  ReportRateLimitError,
  sqliteBusyCode,
} from "@/lib/db/errors";
import { currentLearner, signedInLearner } from "@/lib/auth/current-learner";
import {
  createPracticeSession,
  questionHistory,
  recordPracticeAnswer,
  recordStandaloneAnswer,
} from "@/lib/db/practice";
import { checkAnswerShape } from "./grading";
import { createQuestionReport } from "@/lib/db/reports";
import { dueCount } from "@/lib/db/reviews";
import { isCorrect } from "@/lib/engines/practice/grade";
import { selectPracticeQuestions } from "@/lib/engines/practice/select";
import { seedFrom } from "@/lib/engines/random";
import type { BuilderState } from "@/components/quiz/practice-builder";
import { answerSubmissionSchema, practiceFiltersFromForm, questionReportSchema } from "@/lib/validations/practice";

const FORM_FIELDS = ["areas", "topics", "domains", "difficulties", "pool", "count"] as const;

/** Draws questions by the builder's filters and opens the session; on a problem, says why and keeps the choices. */
export async function startPractice(previous: BuilderState, form: FormData): Promise<BuilderState> {
  const values = Object.fromEntries(FORM_FIELDS.map((field) => [field, form.getAll(field).map(String)]));
  const failed = (error: string): BuilderState => ({ error, values, attempt: (previous.attempt ?? 0) + 1 });
  const parsed = practiceFiltersFromForm(form);
  if (!parsed.success) return failed(parsed.error.issues[0]?.message ?? "Check the form.");
  const learner = await currentLearner();
  const now = new Date();
  const history = await questionHistory(db(), learner.id);
  const ids = selectPracticeQuestions(
    loadQuestionBank(),
    parsed.data,
    history,
    now,
    seedFrom(`${learner.id}:${now.toISOString()}`),
  );
  if (ids.length === 0) {
    return failed("No questions match these choices. Widen the areas or difficulty, or draw from all questions.");
  }
  const kind = parsed.data.pool === "due" ? "review" : "practice";
  const sessionId = await createPracticeSession(db(), {
    learnerId: learner.id,
    kind,
    filters: parsed.data,
    questionIds: ids,
  });
  redirect(`/practice/${sessionId}`);
}

/** The database stayed locked past its busy timeout: nothing was saved, and the same answer can be sent again. */
const BUSY = "The database is busy: your answer was not saved yet. Submit it again in a moment.";

export type SubmitResult = { ok: true; feedback: QuestionFeedback } | { ok: false; error: string };

/** Grades an answer on the server and only then returns the key and the rationales. */
export async function submitPracticeAnswer(input: unknown): Promise<SubmitResult> {
  const parsed = answerSubmissionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "That answer could not be read." };
  const { sessionId, questionId, selected, confidence } = parsed.data;
  const checked = checkAnswerShape(questionId, selected);
  if (!checked.ok) return checked;
  const { question } = checked;
  const learner = await currentLearner();
  try {
    const saved = await recordPracticeAnswer(db(), {
      learnerId: learner.id,
      sessionId,
      questionId,
      selected,
      correct: isCorrect(question, selected),
      confidence,
      now: new Date(),
    });
    return { ok: true, feedback: toFeedback(question, saved.selected, saved.correct) };
  } catch (error) {
    if (error instanceof PracticeSessionNotFoundError || error instanceof QuestionNotInSessionError)
      return { ok: false, error: error.message };
    if (sqliteBusyCode(error)) return { ok: false, error: BUSY };
    throw error;
  }
}

/** `retryAt` (ISO time) when the learner has sent as many reports as the rate limit allows. */
export type ReportResult = { ok: true } | { ok: false; error: string; retryAt?: string };

/** Stores "report a problem with this question" with the learner's words. */
export async function reportQuestion(input: unknown): Promise<ReportResult> {
  const parsed = questionReportSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Describe the problem." };
  if (!findQuestion(parsed.data.questionId)) return { ok: false, error: "That question does not exist." };
  const learner = await currentLearner();
  try {
    await createQuestionReport(db(), { learnerId: learner.id, ...parsed.data, now: new Date() });
  } catch (error) {
    if (error instanceof ReportRateLimitError)
      return { ok: false, error: error.message, retryAt: error.retryAt.toISOString() };
    throw error;
  }
  return { ok: true };
}

/** The number of reviews due now, for the navigation badge. */
export async function getDueCount(): Promise<number> {
  const learner = await signedInLearner();
  return learner ? dueCount(db(), learner.id, new Date()) : 0;
}

const quickAnswerSchema = answerSubmissionSchema.omit({ sessionId: true });

/** Grades a quick-check answer from a note; it joins the learner's history and review queue. */
export async function checkQuickAnswer(input: unknown): Promise<SubmitResult> {
  const parsed = quickAnswerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "That answer could not be read." };
  const checked = checkAnswerShape(parsed.data.questionId, parsed.data.selected);
  if (!checked.ok) return checked;
  const correct = isCorrect(checked.question, parsed.data.selected);
  const learner = await currentLearner();
  try {
    await recordStandaloneAnswer(db(), { learnerId: learner.id, ...parsed.data, correct, now: new Date() });
  } catch (error) {
    if (sqliteBusyCode(error)) return { ok: false, error: BUSY };
    throw error;
  }
  return { ok: true, feedback: toFeedback(checked.question, parsed.data.selected, correct) };
}

/** Opens a one-question session (from a search result). */
export async function practiseOneQuestion(form: FormData): Promise<void> {
  const field = form.get("questionId");
  const questionId = typeof field === "string" ? field : "";
  if (!findQuestion(questionId)) redirect("/practice");
  const learner = await currentLearner();
  const sessionId = await createPracticeSession(db(), {
    learnerId: learner.id,
    kind: "practice",
    filters: { questionId },
    questionIds: [questionId],
  });
  redirect(`/practice/${sessionId}`);
}
