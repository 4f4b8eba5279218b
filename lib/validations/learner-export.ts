import { z } from "zod";
import { simulatorRunSchema } from "./simulator-run";

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: "must be an id" });
const questionId = z.string().regex(/^[a-z0-9-]{3,64}$/, { message: "must be a question id" });
const date = z.iso.datetime({ message: "must be an ISO date-time" });
const optionList = z.array(z.string().regex(/^[a-h]$/)).max(8);

export const EXPORT_FORMAT = "rollout-learner-export";
export const EXPORT_VERSION = 1;

/** Everything a learner has, as exported and imported. Dates are ISO strings. */
export const learnerExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT, { message: `is not a Rollout export (format must be "${EXPORT_FORMAT}")` }),
    version: z.literal(EXPORT_VERSION, { message: `must be ${EXPORT_VERSION}` }),
    exportedAt: date,
    preferences: z.object({ theme: z.string().max(20), desiredRetention: z.number().min(0.7).max(0.97) }).nullable(),
    sectionReads: z
      .array(
        z.object({
          noteSlug: z.string().max(120),
          sectionId: z.string().max(120),
          source: z.enum(["marked", "scrolled"]),
          readAt: date,
        }),
      )
      .max(20_000),
    practiceSessions: z
      .array(
        z.object({
          id,
          kind: z.enum(["practice", "review"]),
          filters: z.string().max(10_000),
          questionIds: z.array(questionId).max(200),
          status: z.enum(["in_progress", "completed"]),
          startedAt: date,
          completedAt: date.nullable(),
        }),
      )
      .max(20_000),
    answers: z
      .array(
        z.object({
          id,
          questionId,
          sessionId: id.nullable(),
          source: z.enum(["practice", "review", "exam"]),
          selected: optionList,
          correct: z.boolean(),
          confidence: z.enum(["guessed", "unsure", "sure"]),
          answeredAt: date,
        }),
      )
      .max(200_000),
    reviewCards: z
      .array(
        z.object({
          questionId,
          due: date,
          stability: z.number().min(0),
          difficulty: z.number(),
          elapsedDays: z.number().int().min(0),
          scheduledDays: z.number().int().min(0),
          learningSteps: z.number().int().min(0),
          reps: z.number().int().min(0),
          lapses: z.number().int().min(0),
          state: z.enum(["new", "learning", "review", "relearning"]),
          lastReview: date.nullable(),
        }),
      )
      .max(20_000),
    examAttempts: z
      .array(
        z.object({
          id,
          blueprintId: z.string().max(64),
          title: z.string().max(200),
          blueprint: z.string().max(20_000),
          seed: z.number().int(),
          realistic: z.boolean(),
          status: z.enum(["in_progress", "submitted", "expired"]),
          startedAt: date,
          deadline: date,
          submittedAt: date.nullable(),
          currentPosition: z.number().int().min(0),
          scaledScore: z.number().int().min(100).max(1000).nullable(),
          passed: z.boolean().nullable(),
          correctCount: z.number().int().min(0).nullable(),
          scoredCount: z.number().int().min(0).nullable(),
          items: z
            .array(
              z.object({
                position: z.number().int().min(0),
                questionId,
                sectionId: z.string().max(64),
                scored: z.boolean(),
                selected: optionList,
                flagged: z.boolean(),
                struck: optionList,
                timeSpentMs: z.number().int().min(0),
                correct: z.boolean().nullable(),
              }),
            )
            .max(200),
        }),
      )
      .max(5_000),
    reports: z
      .array(
        z.object({
          id,
          questionId,
          text: z.string().min(1).max(2000),
          status: z.enum(["open", "resolved"]),
          createdAt: date,
        }),
      )
      .max(5_000),
    /** Added after the first exports: files without it import as having no runs. */
    simulatorRuns: z
      .array(
        simulatorRunSchema.extend({
          finishedAt: date,
        }),
      )
      .max(20_000)
      .default([]),
  })
  .strict();

export type LearnerExport = z.infer<typeof learnerExportSchema>;

/** Parses an uploaded export; a bad file gets one clear message naming where it is wrong. */
export function parseLearnerExport(text: string): { ok: true; data: LearnerExport } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file is not JSON. Choose the .json file Rollout exported." };
  }
  const parsed = learnerExportSchema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "the file";
  return {
    ok: false,
    error: `The file was not imported: ${where} ${issue?.message ?? "is invalid"}. Nothing was changed.`,
  };
}
