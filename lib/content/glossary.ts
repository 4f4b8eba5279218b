import fs from "node:fs";
import path from "node:path";
import { ContentError, ContentValidationError } from "./errors";
import { contentDir } from "./paths";
import { describeIssues } from "./schemas/common";
import { glossaryFileSchema, type GlossaryEntry } from "./schemas/note";

export interface GlossaryTerm extends GlossaryEntry {
  id: string;
  /** The area file it is defined in. */
  area: string;
}

/** Reads content/glossary/*.json; returns the terms or the problems found. */
export function readGlossary(root = contentDir()): { terms: Map<string, GlossaryTerm>; problems: ContentError[] } {
  const dir = path.join(root, "glossary");
  const terms = new Map<string, GlossaryTerm>();
  const problems: ContentError[] = [];
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith(".json"))
        .sort()
    : [];
  for (const name of files) {
    const file = path.relative(process.cwd(), path.join(dir, name));
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
    } catch (error) {
      problems.push(new ContentError(file, `not valid JSON: ${(error as Error).message}`));
      continue;
    }
    const parsed = glossaryFileSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(new ContentError(file, describeIssues(parsed.error)));
      continue;
    }
    for (const [id, entry] of Object.entries(parsed.data)) {
      const existing = terms.get(id);
      if (existing)
        problems.push(new ContentError(file, `term "${id}" is already defined in glossary/${existing.area}.json`));
      else terms.set(id, { id, area: name.replace(/\.json$/, ""), ...entry });
    }
  }
  return { terms, problems };
}

/** Every glossary term, sorted by term; throws when a glossary file is invalid. */
export function loadGlossary(root = contentDir()): GlossaryTerm[] {
  const { terms, problems } = readGlossary(root);
  if (problems.length) throw new ContentValidationError(problems);
  return [...terms.values()].sort((a, b) => a.term.localeCompare(b.term));
}
