// Server-action ids of a build, read from <distDir>/server/server-reference-manifest.json.
import fs from "node:fs";
import path from "node:path";

/**
 * Actions that are safe to run twice, so a proxy may resend one whose connection broke before an
 * answer came back (lib/db/attempts.ts): saveExamItem sets an item's field to a value (a second
 * identical write stores the same thing once), and submitExam claims the attempt inside a
 * transaction (in_progress → submitted), so a second submit grades nothing. Not in the list:
 * startExam and retakeMissed (each call creates an attempt) and recordExamVisit (adds time).
 */
export const IDEMPOTENT_ACTIONS = ["saveExamItem", "submitExam"];

/**
 * Maps exported action names to the ids Next gave them in this build.
 * @param {string} distDir
 * @param {string[]} names
 * @returns {Map<string, string>} name → id
 */
export function actionIds(distDir, names) {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  /** @type {{ node: Record<string, { exportedName?: string }> }} */
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  const ids = new Map();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName && names.includes(entry.exportedName)) ids.set(entry.exportedName, id);
  }
  const missing = names.filter((name) => !ids.has(name));
  if (missing.length > 0) throw new Error(`no server action ${missing.join(", ")} in ${file}`);
  return ids;
}
