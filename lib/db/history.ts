import type { AnswerSource, HistoryAnswer, HistoryExam, HistoryRead } from "@/lib/engines/history";
import type { AreaSlug } from "@/lib/engines/taxonomy";
import type { Db } from "./client";

const DAY_MS = 86_400_000;
/** Read a little before the window: the engine trims to the learner's local days (zones span UTC−12 to UTC+14). */
const ZONE_SLACK_DAYS = 2;
const DEFAULT_PASS_SCALED = 720;

/** What the history engine needs, for one learner. */
export interface HistoryRecords {
  answers: HistoryAnswer[];
  exams: HistoryExam[];
  reads: HistoryRead[];
}

export interface HistoryQuery {
  now: Date;
  /** Days of history wanted (the engine's window). */
  days: number;
  /** The study area of a question; null when it is no longer in the bank. */
  areaOf: (questionId: string) => AreaSlug | null;
}

const ANSWER_SOURCES = new Set<string>(["practice", "review", "exam"]);
const toSource = (source: string): AnswerSource => (ANSWER_SOURCES.has(source) ? (source as AnswerSource) : "practice");

/** The pass mark from an attempt's blueprint snapshot (720 if the snapshot does not say). */
function passScaledOf(blueprintJson: string): number {
  try {
    const value = (JSON.parse(blueprintJson) as { passScaled?: unknown }).passScaled;
    return typeof value === "number" && Number.isFinite(value) ? value : DEFAULT_PASS_SCALED;
  } catch {
    return DEFAULT_PASS_SCALED;
  }
}

/**
 * One learner's answers, graded exams and note reads of the last `days` days (plus a little slack
 * for time zones), as the history engine's inputs. Every query is scoped by learnerId.
 */
export async function historyRecords(client: Db, learnerId: string, query: HistoryQuery): Promise<HistoryRecords> {
  const since = new Date(query.now.getTime() - (query.days + ZONE_SLACK_DAYS) * DAY_MS);
  const [answers, sessions, exams, reads] = await Promise.all([
    client.answer.findMany({
      where: { learnerId, answeredAt: { gte: since } },
      orderBy: { answeredAt: "asc" },
      select: {
        questionId: true,
        correct: true,
        source: true,
        sessionId: true,
        answeredAt: true,
      },
    }),
    // Session starts, for the first answer's time; a session begun before the window counts as unknown.
    client.practiceSession.findMany({
      where: { learnerId, startedAt: { gte: since } },
      select: { id: true, startedAt: true },
    }),
    client.examAttempt.findMany({
      where: { learnerId, submittedAt: { gte: since }, scaledScore: { not: null }, passed: { not: null } },
      orderBy: { submittedAt: "asc" },
      select: {
        id: true,
        title: true,
        blueprintId: true,
        blueprint: true,
        startedAt: true,
        submittedAt: true,
        scaledScore: true,
        passed: true,
        items: { select: { timeSpentMs: true, selected: true } },
      },
    }),
    client.noteSectionRead.findMany({
      where: { learnerId, readAt: { gte: since } },
      orderBy: { readAt: "asc" },
      select: { readAt: true, noteSlug: true },
    }),
  ]);
  const sessionStart = new Map(sessions.map((session) => [session.id, session.startedAt.getTime()]));
  return {
    answers: answers.map((a) => ({
      answeredAt: a.answeredAt.getTime(),
      correct: a.correct,
      area: query.areaOf(a.questionId),
      source: toSource(a.source),
      sessionId: a.sessionId,
      sessionStartedAt: a.sessionId ? (sessionStart.get(a.sessionId) ?? null) : null,
    })),
    exams: exams.flatMap((e) =>
      e.submittedAt && e.scaledScore !== null && e.passed !== null
        ? [
            {
              id: e.id,
              title: e.title,
              blueprintId: e.blueprintId,
              startedAt: e.startedAt.getTime(),
              submittedAt: e.submittedAt.getTime(),
              scaledScore: e.scaledScore,
              passed: e.passed,
              passScaled: passScaledOf(e.blueprint),
              timeSpentMs: e.items.reduce((sum, item) => sum + item.timeSpentMs, 0),
              answeredCount: e.items.filter((item) => item.selected !== "[]").length,
            },
          ]
        : [],
    ),
    reads: reads.map((r) => ({ readAt: r.readAt.getTime(), noteSlug: r.noteSlug })),
  };
}
