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

const ATTEMPT_ID = "is not an attempt id (1–64 letters, digits, - or _)";
const attemptIdSchema = z.string({ message: ATTEMPT_ID }).regex(/^[A-Za-z0-9_-]{1,64}$/, { message: ATTEMPT_ID });
const OPTION_IDS = "option ids are letters a–h, at most 8";
const optionIds = z
  .array(z.string({ message: OPTION_IDS }).regex(/^[a-h]$/, { message: OPTION_IDS }), {
    message: OPTION_IDS,
  })
  .max(8, { message: OPTION_IDS });
const POSITION = "must be a question number from 0 to 199";
const position = z.number({ message: POSITION }).int({ message: POSITION }).min(0, { message: POSITION }).max(199, {
  message: POSITION,
});

export const saveItemSchema = z.object(
  {
    attemptId: attemptIdSchema,
    position,
    change: z.union(
      [
        z.object({ selected: optionIds }).strict(),
        z.object({ flagged: z.boolean({ message: "flagged must be true or false" }) }).strict(),
        z.object({ struck: optionIds }).strict(),
      ],
      { message: "must be exactly one of selected (option ids), flagged (true or false) or struck (option ids)" },
    ),
  },
  { message: "must be an object with attemptId, position and change" },
);

export const visitSchema = z.object(
  {
    attemptId: attemptIdSchema,
    from: position,
    to: position,
    elapsedMs: z
      .number({ message: "must be a number of milliseconds" })
      .min(0, { message: "must be between 0 and 6 hours" })
      .max(6 * 60 * 60 * 1000, { message: "must be between 0 and 6 hours" }),
  },
  { message: "must be an object with attemptId, from, to and elapsedMs" },
);

export { attemptIdSchema };
