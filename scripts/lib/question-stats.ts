// Prints question-bank counts; filled in by the question bank (a no-op until it exists).
import fs from "node:fs";
import path from "node:path";

export function questionStats(): void {
  const dir = path.join(process.cwd(), "content", "questions");
  if (!fs.existsSync(dir)) console.log("Questions: none yet");
}
