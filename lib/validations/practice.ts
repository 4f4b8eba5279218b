import { z } from "zod";
import { AREA_SLUGS, EXAM_DOMAINS } from "@/lib/engines/taxonomy";

export const MAX_PRACTICE_COUNT = 65;

export const practiceFiltersSchema = z.object({
  areas: z.array(z.enum(AREA_SLUGS)).default([]),
  topics: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .max(200)
    .default([]),
  domains: z.array(z.enum(EXAM_DOMAINS)).default([]),
  difficulties: z.array(z.enum(["easy", "medium", "hard"])).default([]),
  pool: z.enum(["unseen", "missed", "due", "all"], { message: "Choose which questions to draw from." }),
  count: z.coerce
    .number({ message: "Enter how many questions you want." })
    .int({ message: "Enter a whole number of questions." })
    .min(1, { message: "Ask for at least 1 question." })
    .max(MAX_PRACTICE_COUNT, { message: `Ask for at most ${MAX_PRACTICE_COUNT} questions.` }),
});
export type PracticeFiltersInput = z.infer<typeof practiceFiltersSchema>;

/** Reads the practice builder's form fields (repeated checkboxes become arrays). */
export function practiceFiltersFromForm(form: FormData) {
  return practiceFiltersSchema.safeParse({
    areas: form.getAll("areas"),
    topics: form.getAll("topics"),
    domains: form.getAll("domains"),
    difficulties: form.getAll("difficulties"),
    pool: form.get("pool"),
    count: form.get("count"),
  });
}

const NO_SESSION = "That practice session does not exist.";
const idSchema = z
  .string({ message: NO_SESSION })
  .min(1, { message: NO_SESSION })
  .max(64, { message: NO_SESSION })
  .regex(/^[A-Za-z0-9_-]+$/, { message: NO_SESSION });
const NO_QUESTION = "That question does not exist.";
const questionIdSchema = z.string({ message: NO_QUESTION }).regex(/^[a-z0-9-]{3,64}$/, { message: NO_QUESTION });
const OPTIONS = "Answers are option letters a–h, at most 8.";

export const answerSubmissionSchema = z.object(
  {
    sessionId: idSchema,
    questionId: questionIdSchema,
    selected: z
      .array(z.string({ message: OPTIONS }).regex(/^[a-h]$/, { message: OPTIONS }), { message: OPTIONS })
      .min(1, { message: "Choose an answer first." })
      .max(8, { message: OPTIONS }),
    confidence: z.enum(["guessed", "unsure", "sure"], { message: "Say how sure you are." }),
  },
  { message: "That answer could not be read." },
);

export const questionReportSchema = z.object(
  {
    questionId: questionIdSchema,
    text: z
      .string({ message: "Describe the problem in words." })
      .trim()
      .min(10, { message: "Describe the problem in at least 10 characters." })
      .max(2000, { message: "Keep the report under 2,000 characters." }),
  },
  { message: "That report could not be read." },
);

export const retentionSchema = z.coerce
  .number({ message: "Enter a retention between 0.70 and 0.97." })
  .min(0.7, { message: "Enter a retention between 0.70 and 0.97." })
  .max(0.97, { message: "Enter a retention between 0.70 and 0.97." });
