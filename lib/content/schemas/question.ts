import { z } from "zod";
import { SIMULATOR_PRESET_IDS } from "../mdx/components";
import { areaSchema, domainSchema, reviewedDateSchema, sourceSchema, taskSchema } from "./common";

const OPTION_IDS = ["a", "b", "c", "d", "e", "f", "g", "h"] as const;
const optionIdSchema = z.enum(OPTION_IDS, { message: "option ids are a–h" });
const CHOOSE = { 2: "two", 3: "three" } as const;

const optionSchema = z.object({ id: optionIdSchema, text: z.string().trim().min(1) }).strict();

export const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*-\d{3}$/, { message: "ids look like <prefix>-<topic>-<nnn>" }),
    type: z.enum(["single", "multi", "order"], { message: "must be single, multi or order" }),
    stem: z.string().trim().min(40, { message: "a scenario needs more than a line" }),
    options: z.array(optionSchema),
    answer: z.array(optionIdSchema).min(1),
    rationales: z.record(z.string(), z.string().trim().min(10, { message: "a rationale needs a sentence" })),
    domain: domainSchema,
    task: taskSchema,
    area: areaSchema,
    topics: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    difficulty: z.enum(["easy", "medium", "hard"]),
    notes: z.array(z.object({ note: z.string(), section: z.string() }).strict()).min(1),
    sources: z.array(sourceSchema).min(1, { message: "needs the AWS page the key was checked against" }),
    lastReviewed: reviewedDateSchema,
    simulatorPreset: z.enum(SIMULATOR_PRESET_IDS).optional(),
  })
  .strict()
  .superRefine((question, context) => {
    const fail = (message: string, path: (string | number)[] = []) =>
      context.addIssue({ code: "custom", message, path });
    const ids = question.options.map((option) => option.id);
    const expectedIds = OPTION_IDS.slice(0, ids.length);
    if (ids.join() !== expectedIds.join()) fail(`options must be ${expectedIds.join(", ")} in order`, ["options"]);
    if (new Set(question.answer).size !== question.answer.length) fail("answer repeats an option", ["answer"]);
    for (const id of question.answer) if (!ids.includes(id)) fail(`answer "${id}" is not an option`, ["answer"]);
    const rationaleIds = Object.keys(question.rationales).sort().join();
    if (rationaleIds !== [...ids].sort().join()) fail("needs exactly one rationale per option", ["rationales"]);
    if (question.domain !== `D${question.task.charAt(0)}`)
      fail(`task ${question.task} is not in domain ${question.domain}`, ["task"]);

    if (question.type === "single") {
      if (ids.length !== 4) fail("a single-answer question has exactly 4 options", ["options"]);
      if (question.answer.length !== 1) fail("a single-answer question has exactly 1 key", ["answer"]);
    } else if (question.type === "multi") {
      if (ids.length < 5 || ids.length > 6) fail("a multiple-response question has 5 or 6 options", ["options"]);
      const count = question.answer.length;
      if (count !== 2 && count !== 3) fail("a multiple-response question has 2 or 3 keys", ["answer"]);
      else if (!question.stem.includes(`(Choose ${CHOOSE[count]}.)`))
        fail(`the stem must say "(Choose ${CHOOSE[count]}.)"`, ["stem"]);
    } else {
      if (ids.length < 3 || ids.length > 8) fail("an ordering question has 3 to 8 steps", ["options"]);
      if (question.answer.length !== ids.length)
        fail("an ordering question's answer lists every step once", ["answer"]);
      if (question.answer.join() === ids.join())
        fail("the steps must be listed scrambled, not already in order", ["options"]);
    }
  });

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question["type"];
export type OptionId = (typeof OPTION_IDS)[number];
