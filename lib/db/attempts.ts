import type { Blueprint } from "@/lib/engines/exam/blueprint";
import { isPastDeadline, type AttemptStatus } from "@/lib/engines/exam/clock";
import type { DrawnItem } from "@/lib/engines/exam/draw";
import { scoreExam, type GradedItem } from "@/lib/engines/exam/score";
import type { Db } from "./client";
import { AttemptClosedError, AttemptItemNotFoundError, AttemptNotFoundError, OptionNotInQuestionError } from "./errors";
import { scheduleReview } from "./reviews";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface AttemptItemDto {
  position: number;
  questionId: string;
  sectionId: string;
  scored: boolean;
  selected: string[];
  flagged: boolean;
  struck: string[];
  timeSpentMs: number;
  correct: boolean | null;
}

export interface AttemptDto {
  id: string;
  blueprint: Blueprint;
  title: string;
  seed: number;
  realistic: boolean;
  status: AttemptStatus;
  startedAt: Date;
  deadline: Date;
  submittedAt: Date | null;
  currentPosition: number;
  scaledScore: number | null;
  passed: boolean | null;
  correctCount: number | null;
  scoredCount: number | null;
  items: AttemptItemDto[];
}

/** How the app grades one question (the data layer does not read content itself). */
export type Grader = (questionId: string, selected: string[]) => Omit<GradedItem, "questionId" | "scored" | "answered">;

const json = (text: string) => JSON.parse(text) as string[];

/** Starts an attempt: the deadline is the server's now plus the blueprint's minutes. */
export async function createAttempt(
  client: Db,
  input: { learnerId: string; blueprint: Blueprint; seed: number; realistic: boolean; items: DrawnItem[]; now: Date },
): Promise<string> {
  const { learnerId, blueprint, seed, realistic, items, now } = input;
  const attempt = await client.examAttempt.create({
    data: {
      learnerId,
      blueprintId: blueprint.id,
      title: blueprint.title,
      blueprint: JSON.stringify(blueprint),
      seed,
      realistic,
      startedAt: now,
      deadline: new Date(now.getTime() + blueprint.minutes * 60_000),
      items: {
        create: items.map((item, position) => ({
          position,
          questionId: item.questionId,
          sectionId: item.sectionId,
          scored: item.scored,
        })),
      },
    },
    select: { id: true },
  });
  return attempt.id;
}

async function readAttempt(client: Db | Tx, learnerId: string, attemptId: string): Promise<AttemptDto> {
  const row = await client.examAttempt.findFirst({
    where: { id: attemptId, learnerId },
    include: { items: { orderBy: { position: "asc" } } },
  });
  if (!row) throw new AttemptNotFoundError(attemptId);
  return {
    ...row,
    blueprint: JSON.parse(row.blueprint) as Blueprint,
    status: row.status as AttemptStatus,
    items: row.items.map((item) => ({ ...item, selected: json(item.selected), struck: json(item.struck) })),
  };
}

/**
 * Grades an attempt once: the first caller claims it (in_progress → submitted/expired) inside the
 * transaction, so two instances grading together cannot both record it. Records every answer in the
 * learner's history and puts missed questions into the review queue.
 */
async function finalize(
  client: Db,
  learnerId: string,
  attemptId: string,
  status: "submitted" | "expired",
  now: Date,
  grade: Grader,
): Promise<void> {
  await client.$transaction(
    async (tx) => {
      const claimed = await tx.examAttempt.updateMany({
        where: { id: attemptId, learnerId, status: "in_progress" },
        data: { status, submittedAt: now },
      });
      if (claimed.count === 0) return;
      const attempt = await readAttempt(tx, learnerId, attemptId);
      const graded = attempt.items.map((item) => ({
        item,
        result: {
          ...grade(item.questionId, item.selected),
          questionId: item.questionId,
          scored: item.scored,
          answered: item.selected.length > 0,
        },
      }));
      for (const { item, result } of graded) {
        await tx.examAttemptItem.update({
          where: { attemptId_position: { attemptId, position: item.position } },
          data: { correct: result.correct },
        });
        if (result.answered) {
          await tx.answer.create({
            data: {
              learnerId,
              questionId: item.questionId,
              source: "exam",
              selected: JSON.stringify(item.selected),
              correct: result.correct,
              confidence: "unsure",
              answeredAt: now,
            },
          });
        }
        if (!result.correct)
          await scheduleReview(tx, {
            learnerId,
            questionId: item.questionId,
            correct: false,
            confidence: "unsure",
            now,
          });
      }
      const score = scoreExam(
        graded.map((g) => g.result),
        attempt.blueprint.passScaled,
      );
      await tx.examAttempt.update({
        where: { id: attemptId },
        data: {
          scaledScore: score.scaled,
          passed: score.passed,
          correctCount: score.correct,
          scoredCount: score.scoredCount,
        },
      });
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

/** A learner's attempt; one whose deadline has passed is graded first, as if submitted then. */
export async function getAttempt(
  client: Db,
  learnerId: string,
  attemptId: string,
  now: Date,
  grade: Grader,
): Promise<AttemptDto> {
  const attempt = await readAttempt(client, learnerId, attemptId);
  if (!isPastDeadline(attempt.status, attempt.deadline, now)) return attempt;
  await finalize(client, learnerId, attemptId, "expired", attempt.deadline, grade);
  return readAttempt(client, learnerId, attemptId);
}

/** Submits an attempt (idempotent: a second submit changes nothing). */
export async function submitAttempt(
  client: Db,
  learnerId: string,
  attemptId: string,
  now: Date,
  grade: Grader,
): Promise<AttemptDto> {
  const attempt = await getAttempt(client, learnerId, attemptId, now, grade);
  if (attempt.status === "in_progress") await finalize(client, learnerId, attemptId, "submitted", now, grade);
  return readAttempt(client, learnerId, attemptId);
}

export type ItemChange = { selected: string[] } | { flagged: boolean } | { struck: string[] };

/** Autosaves one change to an item; refused once the attempt is closed or past its deadline. */
export async function saveItem(
  client: Db,
  input: {
    learnerId: string;
    attemptId: string;
    position: number;
    change: ItemChange;
    now: Date;
    /** The option ids a question has; when given, a change naming any other id is refused. */
    optionsOf?: (questionId: string) => readonly string[] | undefined;
  },
): Promise<void> {
  const { learnerId, attemptId, position, change, now, optionsOf } = input;
  if (optionsOf && !("flagged" in change))
    await checkOptions(client, { learnerId, attemptId, position }, change, optionsOf);
  const data =
    "selected" in change
      ? { selected: JSON.stringify(change.selected) }
      : "struck" in change
        ? { struck: JSON.stringify(change.struck) }
        : { flagged: change.flagged };
  const updated = await client.examAttemptItem.updateMany({
    where: { attemptId, position, attempt: { learnerId, status: "in_progress", deadline: { gt: now } } },
    data,
  });
  if (updated.count === 0) await explainRefusal(client, { learnerId, attemptId, position, now });
}

async function checkOptions(
  client: Db,
  where: { learnerId: string; attemptId: string; position: number },
  change: { selected: string[] } | { struck: string[] },
  optionsOf: (questionId: string) => readonly string[] | undefined,
): Promise<void> {
  const item = await client.examAttemptItem.findFirst({
    where: { attemptId: where.attemptId, position: where.position, attempt: { learnerId: where.learnerId } },
    select: { questionId: true },
  });
  if (!item) return; // the update below finds nothing either and explains why
  const allowed = optionsOf(item.questionId);
  if (!allowed) return; // a question no longer in the bank: nothing to check against, keep the save
  const unknown = ("selected" in change ? change.selected : change.struck).filter((id) => !allowed.includes(id));
  if (unknown.length > 0) throw new OptionNotInQuestionError(item.questionId, unknown);
}

/** Records time spent on the question being left and which question is now current. */
export async function recordVisit(
  client: Db,
  input: { learnerId: string; attemptId: string; from: number; to: number; elapsedMs: number; now: Date },
): Promise<void> {
  const { learnerId, attemptId, from, to, elapsedMs, now } = input;
  await client.$transaction(async (tx) => {
    const moved = await tx.examAttempt.updateMany({
      where: { id: attemptId, learnerId, status: "in_progress", deadline: { gt: now } },
      data: { currentPosition: to },
    });
    if (moved.count === 0) return;
    await tx.examAttemptItem.updateMany({
      where: { attemptId, position: from },
      data: { timeSpentMs: { increment: Math.max(0, Math.round(elapsedMs)) } },
    });
  });
}

/** Why a save changed nothing: not the learner's attempt, no such question in it, or closed. */
async function explainRefusal(
  client: Db,
  { learnerId, attemptId, position, now }: { learnerId: string; attemptId: string; position: number; now: Date },
): Promise<never> {
  const attempt = await client.examAttempt.findFirst({
    where: { id: attemptId, learnerId },
    select: { status: true, deadline: true, _count: { select: { items: true } } },
  });
  if (!attempt) throw new AttemptNotFoundError(attemptId);
  const open = attempt.status === "in_progress" && attempt.deadline > now;
  if (open && position >= attempt._count.items) throw new AttemptItemNotFoundError(attemptId, position);
  throw new AttemptClosedError(attemptId);
}

export interface AttemptSummaryDto {
  id: string;
  title: string;
  status: AttemptStatus;
  startedAt: Date;
  deadline: Date;
  scaledScore: number | null;
  passed: boolean | null;
  questionCount: number;
}

/** The learner's attempts, newest first, for the history and the trend chart. */
export async function listAttempts(client: Db, learnerId: string): Promise<AttemptSummaryDto[]> {
  const rows = await client.examAttempt.findMany({
    where: { learnerId },
    orderBy: { startedAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      startedAt: true,
      deadline: true,
      scaledScore: true,
      passed: true,
      _count: { select: { items: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({
    ...row,
    status: row.status as AttemptStatus,
    questionCount: _count.items,
  }));
}

/** Question ids the learner has already met in exams (the draw prefers others). */
export async function questionsSeenInExams(client: Db, learnerId: string): Promise<Set<string>> {
  const rows = await client.examAttemptItem.findMany({
    where: { attempt: { learnerId } },
    select: { questionId: true },
    distinct: ["questionId"],
  });
  return new Set(rows.map((row) => row.questionId));
}
