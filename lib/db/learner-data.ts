import { EXPORT_FORMAT, EXPORT_VERSION, type LearnerExport } from "@/lib/validations/learner-export";
import type { Db } from "./client";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);
const list = (json: string) => JSON.parse(json) as string[];

/** Everything the learner has, as one plain object (the export file). */
export async function exportLearnerData(client: Db, learnerId: string, now: Date): Promise<LearnerExport> {
  const [preference, reads, sessions, answers, cards, attempts, reports, runs] = await Promise.all([
    client.learnerPreference.findUnique({ where: { learnerId } }),
    client.noteSectionRead.findMany({ where: { learnerId }, orderBy: { readAt: "asc" } }),
    client.practiceSession.findMany({ where: { learnerId }, orderBy: { startedAt: "asc" } }),
    client.answer.findMany({ where: { learnerId }, orderBy: { answeredAt: "asc" } }),
    client.reviewCard.findMany({ where: { learnerId }, orderBy: { questionId: "asc" } }),
    client.examAttempt.findMany({
      where: { learnerId },
      orderBy: { startedAt: "asc" },
      include: { items: { orderBy: { position: "asc" } } },
    }),
    client.questionReport.findMany({ where: { learnerId }, orderBy: { createdAt: "asc" } }),
    client.simulatorRun.findMany({
      where: { learnerId },
      orderBy: [{ finishedAt: "asc" }, { engine: "asc" }, { config: "asc" }],
    }),
  ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(now),
    preferences: preference ? { theme: preference.theme, desiredRetention: preference.desiredRetention } : null,
    sectionReads: reads.map((r) => ({
      noteSlug: r.noteSlug,
      sectionId: r.sectionId,
      source: r.source as "marked" | "scrolled",
      readAt: iso(r.readAt),
    })),
    practiceSessions: sessions.map((s) => ({
      id: s.id,
      kind: s.kind as "practice" | "review",
      filters: s.filters,
      questionIds: list(s.questionIds),
      status: s.status as "in_progress" | "completed",
      startedAt: iso(s.startedAt),
      completedAt: isoOrNull(s.completedAt),
    })),
    answers: answers.map((a) => ({
      id: a.id,
      questionId: a.questionId,
      sessionId: a.sessionId,
      source: a.source as "practice" | "review" | "exam",
      selected: list(a.selected),
      correct: a.correct,
      confidence: a.confidence as "guessed" | "unsure" | "sure",
      answeredAt: iso(a.answeredAt),
    })),
    reviewCards: cards.map(({ learnerId: _learner, due, lastReview, state, ...card }) => ({
      ...card,
      state: state as "new" | "learning" | "review" | "relearning",
      due: iso(due),
      lastReview: isoOrNull(lastReview),
    })),
    examAttempts: attempts.map(
      ({ learnerId: _learner, items, startedAt, deadline, submittedAt, status, ...attempt }) => ({
        ...attempt,
        status: status as "in_progress" | "submitted" | "expired",
        startedAt: iso(startedAt),
        deadline: iso(deadline),
        submittedAt: isoOrNull(submittedAt),
        items: items.map(({ attemptId: _attempt, selected, struck, ...item }) => ({
          ...item,
          selected: list(selected),
          struck: list(struck),
        })),
      }),
    ),
    reports: reports.map((r) => ({
      id: r.id,
      questionId: r.questionId,
      text: r.text,
      status: r.status as "open" | "resolved",
      createdAt: iso(r.createdAt),
    })),
    simulatorRuns: runs.map((run) => ({
      engine: run.engine as LearnerExport["simulatorRuns"][number]["engine"],
      config: run.config,
      outcome: run.outcome as LearnerExport["simulatorRuns"][number]["outcome"],
      durationS: run.durationS,
      finishedAt: iso(run.finishedAt),
    })),
  };
}

export interface ImportCounts {
  added: number;
  skipped: number;
}

async function importRows(tx: Tx, learnerId: string, data: LearnerExport, counts: ImportCounts): Promise<void> {
  const count = (added: boolean) => (added ? (counts.added += 1) : (counts.skipped += 1));
  for (const r of data.sectionReads) {
    const key = { learnerId_noteSlug_sectionId: { learnerId, noteSlug: r.noteSlug, sectionId: r.sectionId } };
    const exists = await tx.noteSectionRead.findUnique({ where: key });
    if (!exists)
      await tx.noteSectionRead.create({
        data: { learnerId, noteSlug: r.noteSlug, sectionId: r.sectionId, source: r.source, readAt: new Date(r.readAt) },
      });
    count(!exists);
  }
  for (const s of data.practiceSessions) {
    const exists = await tx.practiceSession.findUnique({ where: { id: s.id }, select: { id: true } });
    if (!exists) {
      await tx.practiceSession.create({
        data: {
          ...s,
          learnerId,
          questionIds: JSON.stringify(s.questionIds),
          startedAt: new Date(s.startedAt),
          completedAt: s.completedAt ? new Date(s.completedAt) : null,
        },
      });
    }
    count(!exists);
  }
  for (const a of data.answers) {
    const exists = await tx.answer.findUnique({ where: { id: a.id }, select: { id: true } });
    if (!exists)
      await tx.answer.create({
        data: { ...a, learnerId, selected: JSON.stringify(a.selected), answeredAt: new Date(a.answeredAt) },
      });
    count(!exists);
  }
  for (const { items, ...a } of data.examAttempts) {
    const exists = await tx.examAttempt.findUnique({ where: { id: a.id }, select: { id: true } });
    if (!exists) {
      await tx.examAttempt.create({
        data: {
          ...a,
          learnerId,
          startedAt: new Date(a.startedAt),
          deadline: new Date(a.deadline),
          submittedAt: a.submittedAt ? new Date(a.submittedAt) : null,
          items: {
            create: items.map((item) => ({
              ...item,
              selected: JSON.stringify(item.selected),
              struck: JSON.stringify(item.struck),
            })),
          },
        },
      });
    }
    count(!exists);
  }
  for (const r of data.reports) {
    const exists = await tx.questionReport.findUnique({ where: { id: r.id }, select: { id: true } });
    if (!exists) await tx.questionReport.create({ data: { ...r, learnerId, createdAt: new Date(r.createdAt) } });
    count(!exists);
  }
}

async function importSimulatorRuns(tx: Tx, learnerId: string, data: LearnerExport, counts: ImportCounts) {
  for (const { finishedAt, ...run } of data.simulatorRuns) {
    const key = { learnerId_engine_config: { learnerId, engine: run.engine, config: run.config } };
    const exists = await tx.simulatorRun.findUnique({ where: key, select: { id: true } });
    if (!exists) await tx.simulatorRun.create({ data: { ...run, learnerId, finishedAt: new Date(finishedAt) } });
    if (exists) counts.skipped += 1;
    else counts.added += 1;
  }
}

async function importCards(tx: Tx, learnerId: string, data: LearnerExport, counts: ImportCounts): Promise<void> {
  for (const card of data.reviewCards) {
    const key = { learnerId_questionId: { learnerId, questionId: card.questionId } };
    const existing = await tx.reviewCard.findUnique({ where: key, select: { reps: true, lastReview: true } });
    const incoming = {
      ...card,
      due: new Date(card.due),
      lastReview: card.lastReview ? new Date(card.lastReview) : null,
    };
    const newer = !existing || (incoming.lastReview?.getTime() ?? 0) > (existing.lastReview?.getTime() ?? 0);
    if (newer) await tx.reviewCard.upsert({ where: key, update: incoming, create: { learnerId, ...incoming } });
    if (newer) counts.added += 1;
    else counts.skipped += 1;
  }
}

/**
 * Merges an export into the learner's data in one transaction: rows already present (same id or
 * key) are kept, so importing the same file twice changes nothing; a review card is replaced only
 * by one reviewed more recently.
 */
export async function importLearnerData(client: Db, learnerId: string, data: LearnerExport): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, skipped: 0 };
  await client.$transaction(
    async (tx) => {
      if (data.preferences) {
        await tx.learnerPreference.upsert({
          where: { learnerId },
          update: data.preferences,
          create: { learnerId, ...data.preferences },
        });
      }
      await importRows(tx, learnerId, data, counts);
      await importCards(tx, learnerId, data, counts);
      await importSimulatorRuns(tx, learnerId, data, counts);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return counts;
}

/** Deletes everything the learner has (the learner row stays). */
export async function resetLearnerData(client: Db, learnerId: string): Promise<void> {
  await client.$transaction([
    client.answer.deleteMany({ where: { learnerId } }),
    client.practiceSession.deleteMany({ where: { learnerId } }),
    client.reviewCard.deleteMany({ where: { learnerId } }),
    client.examAttempt.deleteMany({ where: { learnerId } }),
    client.questionReport.deleteMany({ where: { learnerId } }),
    client.simulatorRun.deleteMany({ where: { learnerId } }),
    client.noteSectionRead.deleteMany({ where: { learnerId } }),
    client.learnerPreference.deleteMany({ where: { learnerId } }),
  ]);
}
