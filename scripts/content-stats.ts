// npm run content:stats — what the content holds: notes per area with words and sources, and the
// question bank by area, domain, type, difficulty and key position.
import { loadNotes } from "../lib/content/notes";
import { AREAS } from "../lib/engines/taxonomy";
import { questionStats } from "./lib/question-stats";

const notes = loadNotes();
const rows = AREAS.map((area) => {
  const inArea = notes.filter((note) => note.area === area.slug);
  return {
    area: area.slug,
    notes: inArea.length,
    words: inArea.reduce((sum, note) => sum + note.analysis.words, 0),
    sources: new Set(inArea.flatMap((note) => note.frontmatter.sources.map((s) => s.url))).size,
  };
});
console.log("Notes");
console.table(rows);
console.log(`total: ${notes.length} notes, ${rows.reduce((s, r) => s + r.words, 0)} words\n`);
questionStats();
