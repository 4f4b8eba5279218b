import type { QuestionHistory } from "@/lib/engines/practice/select";
import type { Confidence } from "@/lib/engines/srs";
import type { Db } from "./client";
import { PracticeSessionNotFoundError, QuestionNotInSessionError } from "./errors";
import { cardSchedules, scheduleReview } from "./reviews";

export type SessionKind = "practice" | "review";
export type SessionStatus = "in_progress" | "completed";

export interface AnswerDto {
  questionId: string;
  selected: string[];
  correct: boolean;
  confidence: Confidence;
  answeredAt: Date;
}

export interface PracticeSessionDto {
  id: string;
  kind: SessionKind;
  status: SessionStatus;
  questionIds: string[];
  startedAt: Date;
  completedAt: Date | null;
  answers: AnswerDto[];
}

const parseIds = (json: string) => JSON.parse(json) as string[];

/** Starts a session with the questions already drawn (in the order they will be asked). */
export async function createPracticeSession(
  client: Db,
  input: { learnerId: string; kind: SessionKind; filters: unknown; questionIds: string[] },
): Promise<string> {
  const session = await client.practiceSession.create({
    data: {
      learnerId: input.learnerId,
      kind: input.kind,
      filters: JSON.stringify(input.filters),
      questionIds: JSON.stringify(input.questionIds),
    },
    select: { id: true },
  });
  return session.id;
}

/** A learner's own session with its answers; another learner's id is "not found". */
export async function getPracticeSession(
  client: Db,
  learnerId: string,
  sessionId: string,
): Promise<PracticeSessionDto> {
  const row = await client.practiceSession.findFirst({
    where: { id: sessionId, learnerId },
    include: { answers: { orderBy: { answeredAt: "asc" } } },
  });
  if (!row) throw new PracticeSessionNotFoundError(sessionId);
  return {
    id: row.id,
    kind: row.kind as SessionKind,
    status: row.status as SessionStatus,
    questionIds: parseIds(row.questionIds),
    startedAt: row.startedAt,
    completedAt: row.completedAt,
    answers: row.answers.map((a) => ({
      questionId: a.questionId,
      selected: parseIds(a.selected),
      correct: a.correct,
      confidence: a.confidence as Confidence,
      answeredAt: a.answeredAt,
    })),
  };
}

/**
 * Records a graded answer in one transaction with its spaced-repetition update, and completes the
 * session after its last question. Answering the same question twice keeps the first answer.
 */
export async function recordPracticeAnswer(
  client: Db,
  input: {
    learnerId: string;
    sessionId: string;
    questionId: string;
    selected: string[];
    correct: boolean;
    confidence: Confidence;
    now: Date;
  },
): Promise<AnswerDto> {
  const { learnerId, sessionId, questionId, now } = input;
  return client.$transaction(async (tx) => {
    const session = await tx.practiceSession.findFirst({ where: { id: sessionId, learnerId } });
    if (!session) throw new PracticeSessionNotFoundError(sessionId);
    const questionIds = parseIds(session.questionIds);
    if (!questionIds.includes(questionId)) throw new QuestionNotInSessionError(questionId);
    const existing = await tx.answer.findUnique({ where: { sessionId_questionId: { sessionId, questionId } } });
    if (existing) {
      return {
        questionId,
        selected: parseIds(existing.selected),
        correct: existing.correct,
        confidence: existing.confidence as Confidence,
        answeredAt: existing.answeredAt,
      };
    }
    await tx.answer.create({
      data: {
        learnerId,
        questionId,
        sessionId,
        source: session.kind,
        selected: JSON.stringify(input.selected),
        correct: input.correct,
        confidence: input.confidence,
        answeredAt: now,
      },
    });
    await scheduleReview(tx, { learnerId, questionId, correct: input.correct, confidence: input.confidence, now });
    const answered = await tx.answer.count({ where: { sessionId } });
    if (answered >= questionIds.length) {
      await tx.practiceSession.update({ where: { id: sessionId }, data: { status: "completed", completedAt: now } });
    }
    return {
      questionId,
      selected: input.selected,
      correct: input.correct,
      confidence: input.confidence,
      answeredAt: now,
    };
  });
}

/** Per question: was the learner's latest answer right, and when is it due for review. */
export async function questionHistory(client: Db, learnerId: string): Promise<Map<string, QuestionHistory>> {
  const [answers, schedules] = await Promise.all([
    client.answer.findMany({
      where: { learnerId },
      orderBy: { answeredAt: "asc" },
      select: { questionId: true, correct: true },
    }),
    cardSchedules(client, learnerId),
  ]);
  const history = new Map<string, QuestionHistory>();
  for (const answer of answers) {
    const schedule = schedules.get(answer.questionId);
    history.set(answer.questionId, {
      lastCorrect: answer.correct,
      due: schedule?.due ?? null,
      state: schedule?.state ?? null,
    });
  }
  return history;
}

/** Records an answer given outside a session (a quick check in a note) with its review update. */
export async function recordStandaloneAnswer(
  client: Db,
  input: {
    learnerId: string;
    questionId: string;
    selected: string[];
    correct: boolean;
    confidence: Confidence;
    now: Date;
  },
): Promise<void> {
  const { learnerId, questionId, selected, correct, confidence, now } = input;
  await client.$transaction(async (tx) => {
    await tx.answer.create({
      data: {
        learnerId,
        questionId,
        source: "practice",
        selected: JSON.stringify(selected),
        correct,
        confidence,
        answeredAt: now,
      },
    });
    await scheduleReview(tx, { learnerId, questionId, correct, confidence, now });
  });
}
