import { z } from "zod";
import { areaSchema, domainSchema, reviewedDateSchema, sourceSchema, taskSchema } from "./common";

export const noteFrontmatterSchema = z
  .object({
    title: z.string().min(3),
    area: areaSchema,
    summary: z.string().min(20, { message: "must be at least a sentence" }),
    order: z.number().int().positive(),
    domains: z.array(domainSchema).min(1),
    tasks: z.array(taskSchema).min(1),
    sources: z.array(sourceSchema).min(1, { message: "needs at least one AWS documentation source" }),
    lastReviewed: reviewedDateSchema,
  })
  .strict();

export type NoteFrontmatter = z.infer<typeof noteFrontmatterSchema>;

export const glossaryEntrySchema = z.object({ term: z.string().min(2), definition: z.string().min(10) }).strict();
export const glossaryFileSchema = z.record(
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "term ids are kebab-case" }),
  glossaryEntrySchema,
);
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
