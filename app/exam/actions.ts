"use server";

import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { customBlueprint, findBlueprint } from "@/lib/content/blueprints";
import { findQuestion } from "@/lib/content/questions";
import {
  createAttempt,
  getAttempt,
  questionsSeenInExams,
  recordVisit,
  saveItem,
  submitAttempt,
} from "@/lib/db/attempts";
import { db } from "@/lib/db/client";
import {
  AttemptClosedError,
  AttemptItemNotFoundError,
  AttemptNotFoundError,
  OptionNotInQuestionError,
  sqliteBusyCode,
} from "@/lib/db/errors";
import { currentLearner } from "@/lib/auth/current-learner";
import { drawExam, NotEnoughQuestionsError } from "@/lib/engines/exam/draw";
import { createRandom, shuffle } from "@/lib/engines/random";
import { attemptIdSchema, saveItemSchema, startExamFromForm, visitSchema } from "@/lib/validations/exam";
import { firstIssue } from "@/lib/validations/issues";
import { drawCandidates, gradeFromBank } from "./grading";

export interface StartExamState {
  error?: string;
}

/** Draws an exam by its blueprint with a fresh seed (stored on the attempt) and opens the runner. */
export async function startExam(_previous: StartExamState, form: FormData): Promise<StartExamState> {
  const parsed = startExamFromForm(form);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form." };
  const input = parsed.data;
  const blueprint = input.blueprint === "custom" ? customBlueprint(input) : findBlueprint(input.blueprint);
  if (!blueprint) return { error: "That exam does not exist." };
  const learner = await currentLearner();
  const seed = randomInt(2 ** 31);
  let items;
  try {
    items = drawExam(blueprint, drawCandidates(), {
      seed,
      seen: await questionsSeenInExams(db(), learner.id),
      realistic: input.realistic,
    });
  } catch (error) {
    if (error instanceof NotEnoughQuestionsError)
      return { error: `Not enough questions: ${error.message} Choose more areas or fewer questions.` };
    throw error;
  }
  const attemptId = await createAttempt(db(), {
    learnerId: learner.id,
    blueprint,
    seed,
    realistic: input.realistic,
    items,
    now: new Date(),
  });
  redirect(`/exam/${attemptId}`);
}

/** `retry`: nothing was saved but the same call may succeed in a moment (the runner sends it again). */
export type SaveResult = { ok: true } | { ok: false; error: string; closed: boolean; retry?: boolean };

function failure(error: unknown): SaveResult {
  if (error instanceof AttemptClosedError)
    return { ok: false, error: "Time is up or the exam was submitted: this change was not saved.", closed: true };
  if (error instanceof AttemptNotFoundError) return { ok: false, error: error.message, closed: true };
  if (error instanceof AttemptItemNotFoundError) return { ok: false, error: error.message, closed: false };
  if (error instanceof OptionNotInQuestionError)
    return { ok: false, error: "That answer does not match this question's options.", closed: false };
  if (sqliteBusyCode(error))
    return { ok: false, error: "Not saved yet: the database is busy. Retrying…", closed: false, retry: true };
  throw error;
}

const optionsOf = (questionId: string) => findQuestion(questionId)?.options.map((option) => option.id);

/** Autosaves an answer, a flag or a strike-out. */
export async function saveExamItem(input: unknown): Promise<SaveResult> {
  const parsed = saveItemSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: `That change could not be read: ${firstIssue(parsed.error)}.`, closed: false };
  const learner = await currentLearner();
  try {
    await saveItem(db(), { learnerId: learner.id, ...parsed.data, now: new Date(), optionsOf });
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

/** Records time on the question left behind and where the learner is now. */
export async function recordExamVisit(input: unknown): Promise<SaveResult> {
  const parsed = visitSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: `That visit could not be read: ${firstIssue(parsed.error)}.`, closed: false };
  const learner = await currentLearner();
  try {
    await recordVisit(db(), { learnerId: learner.id, ...parsed.data, now: new Date() });
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

/** Submits the attempt (also called by the timer at zero) and returns where its results are. */
export async function submitExam(
  attemptId: unknown,
): Promise<{ ok: true; href: string } | { ok: false; error: string }> {
  const parsed = attemptIdSchema.safeParse(attemptId);
  if (!parsed.success) return { ok: false, error: "Unknown attempt." };
  const learner = await currentLearner();
  try {
    await submitAttempt(db(), learner.id, parsed.data, new Date(), gradeFromBank);
    return { ok: true, href: `/exam/${parsed.data}/results` };
  } catch (error) {
    if (error instanceof AttemptNotFoundError) return { ok: false, error: error.message };
    if (sqliteBusyCode(error))
      return { ok: false, error: "The database is busy: the exam was not submitted yet. Try again in a moment." };
    throw error;
  }
}

/** Starts a new attempt on the questions missed (or left blank) in a finished one. */
export async function retakeMissed(form: FormData): Promise<void> {
  const parsed = attemptIdSchema.safeParse(form.get("attemptId"));
  if (!parsed.success) redirect("/exam");
  const learner = await currentLearner();
  const attempt = await getAttempt(db(), learner.id, parsed.data, new Date(), gradeFromBank);
  const missed = attempt.items.filter((item) => item.correct === false).map((item) => item.questionId);
  if (attempt.status === "in_progress" || missed.length === 0) redirect(`/exam/${attempt.id}/results`);
  const seed = randomInt(2 ** 31);
  const blueprint = {
    ...customBlueprint({ count: missed.length, minutes: Math.max(2, missed.length * 2), areas: [], domains: [] }),
    title: `Retake of ${missed.length} missed questions`,
  };
  const items = shuffle(missed, createRandom(seed)).map((questionId) => ({
    questionId,
    sectionId: "custom",
    scored: true,
  }));
  const attemptId = await createAttempt(db(), {
    learnerId: learner.id,
    blueprint,
    seed,
    realistic: false,
    items,
    now: new Date(),
  });
  redirect(`/exam/${attemptId}`);
}
