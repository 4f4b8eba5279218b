import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Blueprint } from "@/lib/engines/exam/blueprint";
import { ContentError, ContentValidationError } from "./errors";
import { contentDir } from "./paths";
import { areaSchema, describeIssues, domainSchema, taskSchema } from "./schemas/common";

export const blueprintSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(3),
    description: z.string().min(10),
    questionCount: z.number().int().min(1).max(200),
    minutes: z.number().int().min(1).max(600),
    unscoredCount: z.number().int().min(0),
    passScaled: z.number().int().min(100).max(1000),
    sections: z
      .array(
        z
          .object({
            id: z.string().min(1),
            title: z.string().min(1),
            weight: z.number().positive().max(1),
            match: z
              .object({
                domains: z.array(domainSchema).optional(),
                tasks: z.array(taskSchema).optional(),
                areas: z.array(areaSchema).optional(),
              })
              .strict(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .refine((b) => Math.abs(b.sections.reduce((sum, s) => sum + s.weight, 0) - 1) < 1e-9, {
    message: "section weights must sum to 1",
  })
  .refine((b) => b.unscoredCount < b.questionCount, { message: "unscoredCount must be below questionCount" });

let cache: { root: string; blueprints: Blueprint[] } | undefined;

/** The exam blueprints in content/blueprints, validated. */
export function loadBlueprints(root = contentDir()): Blueprint[] {
  if (cache?.root === root) return cache.blueprints;
  const dir = path.join(root, "blueprints");
  const problems: ContentError[] = [];
  const blueprints: Blueprint[] = [];
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const file = path.relative(process.cwd(), path.join(dir, name));
    try {
      const parsed = blueprintSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")));
      if (parsed.success) blueprints.push(parsed.data);
      else problems.push(new ContentError(file, describeIssues(parsed.error)));
    } catch (error) {
      problems.push(new ContentError(file, `not valid JSON: ${(error as Error).message}`));
    }
  }
  if (problems.length) throw new ContentValidationError(problems);
  const order = ["dva-c02", "deployment-focus", "dva-c01"];
  blueprints.sort((a, b) => (order.indexOf(a.id) + 1 || 99) - (order.indexOf(b.id) + 1 || 99));
  cache = { root, blueprints };
  return blueprints;
}

export function findBlueprint(id: string): Blueprint | undefined {
  return loadBlueprints().find((b) => b.id === id);
}

/** A learner-made exam: count, minutes, and the areas or domains to draw from. */
export function customBlueprint(input: {
  count: number;
  minutes: number;
  areas: string[];
  domains: string[];
}): Blueprint {
  const match = {
    ...(input.areas.length ? { areas: input.areas } : {}),
    ...(input.domains.length ? { domains: input.domains as Blueprint["sections"][number]["match"]["domains"] } : {}),
  };
  return {
    id: "custom",
    title: `Custom exam: ${input.count} questions in ${input.minutes} minutes`,
    description: "Built by you.",
    questionCount: input.count,
    minutes: input.minutes,
    unscoredCount: 0,
    passScaled: 720,
    sections: [{ id: "custom", title: "Your selection", weight: 1, match }],
  };
}
