import fs from "node:fs";
import path from "node:path";
import { contentDir } from "./paths";

/** The ids in the question bank, read cheaply (no validation) so notes can check QuickCheck ids. */
export function readQuestionIds(root = contentDir()): Set<string> {
  const ids = new Set<string>();
  const dir = path.join(root, "questions");
  if (!fs.existsSync(dir)) return ids;
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".json")) continue;
    try {
      const data = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as unknown;
      if (!Array.isArray(data)) continue;
      for (const question of data as unknown[]) {
        if (question && typeof question === "object" && "id" in question) ids.add(String(question.id));
      }
    } catch {
      // The question bank's own validation reports unreadable files.
    }
  }
  return ids;
}
