import { z } from "zod";
import { AREA_SLUGS, EXAM_DOMAINS, EXAM_TASK_IDS, type ExamTask } from "@/lib/engines/taxonomy";

export const areaSchema = z.enum(AREA_SLUGS, { message: `must be one of ${AREA_SLUGS.join(", ")}` });
export const domainSchema = z.enum(EXAM_DOMAINS, { message: "must be one of D1, D2, D3, D4" });
export const taskSchema = z.enum(EXAM_TASK_IDS as [ExamTask, ...ExamTask[]], {
  message: `must be a DVA-C02 task id (${EXAM_TASK_IDS.join(", ")})`,
});

/** An AWS page a fact was checked against. */
export const sourceSchema = z.object({
  title: z.string().min(3),
  url: z
    .url({ message: "must be a URL" })
    .refine((url) => /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com|repost\.aws)\//.test(url), {
      message: "must be an AWS page (https://docs.aws.amazon.com/… or https://aws.amazon.com/…)",
    }),
});

/** YAML turns 2026-11-23 into a Date; JSON keeps a string. Both become "2026-11-23". */
export const reviewedDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date like 2026-11-23" }),
);

/** Formats zod issues as "field: message" lines. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
}
