import { z } from "zod";

export const noteSlugSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { message: "not a note" });

export const sectionReadSchema = z.object({
  noteSlug: noteSlugSchema,
  sectionId: z.string().regex(/^[a-z0-9-]{1,120}$/, { message: "not a section" }),
  source: z.enum(["marked", "scrolled"]),
});

export const sectionUnreadSchema = sectionReadSchema.omit({ source: true });
