import { z } from "zod";
import { AREA_SLUGS, EXAM_DOMAINS } from "@/lib/engines/taxonomy";

export const startExamSchema = z.discriminatedUnion("blueprint", [
  z.object({ blueprint: z.enum(["dva-c02", "dva-c01", "deployment-focus"]), realistic: z.boolean() }),
  z.object({
    blueprint: z.literal("custom"),
    realistic: z.boolean(),
    count: z.coerce
      .number({ message: "Enter a number of questions." })
      .int()
      .min(1, { message: "Ask for at least 1 question." })
      .max(100, { message: "Ask for at most 100 questions." }),
    minutes: z.coerce
      .number({ message: "Enter a time limit in minutes." })
      .int()
      .min(1, { message: "Allow at least 1 minute." })
      .max(300, { message: "Allow at most 300 minutes." }),
    areas: z.array(z.enum(AREA_SLUGS)),
    domains: z.array(z.enum(EXAM_DOMAINS)),
  }),
]);

/** Reads the start form: which blueprint, realistic scoring, and the custom exam's fields. */
export function startExamFromForm(form: FormData) {
  return startExamSchema.safeParse({
    blueprint: form.get("blueprint"),
    realistic: form.get("realistic") === "on",
    count: form.get("count") ?? undefined,
    minutes: form.get("minutes") ?? undefined,
    areas: form.getAll("areas"),
    domains: form.getAll("domains"),
  });
}

const attemptIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "Unknown attempt." });
const optionIds = z.array(z.string().regex(/^[a-h]$/)).max(8);

export const saveItemSchema = z.object({
  attemptId: attemptIdSchema,
  position: z.number().int().min(0).max(199),
  change: z.union([
    z.object({ selected: optionIds }).strict(),
    z.object({ flagged: z.boolean() }).strict(),
    z.object({ struck: optionIds }).strict(),
  ]),
});

export const visitSchema = z.object({
  attemptId: attemptIdSchema,
  from: z.number().int().min(0).max(199),
  to: z.number().int().min(0).max(199),
  elapsedMs: z
    .number()
    .min(0)
    .max(6 * 60 * 60 * 1000),
});

export { attemptIdSchema };
