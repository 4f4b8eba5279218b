// Question-bank counts for `npm run content:stats`.
import { loadQuestionBank } from "../../lib/content/questions";
import type { Question } from "../../lib/content/schemas/question";

function countBy<K extends string>(questions: Question[], key: (q: Question) => K): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const question of questions) counts[key(question)] = (counts[key(question)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

export function questionStats(): void {
  const bank = loadQuestionBank();
  console.log(`Questions: ${bank.length}`);
  const areas = [...new Set(bank.map((q) => q.area))];
  console.table(
    Object.fromEntries(
      areas.map((area) => {
        const inArea = bank.filter((q) => q.area === area);
        return [area, { total: inArea.length, ...countBy(inArea, (q) => q.domain) }];
      }),
    ),
  );
  console.log(
    "by domain:",
    countBy(bank, (q) => q.domain),
  );
  console.log(
    "by task:",
    countBy(bank, (q) => q.task),
  );
  console.log(
    "by type:",
    countBy(bank, (q) => q.type),
  );
  console.log(
    "by difficulty:",
    countBy(bank, (q) => q.difficulty),
  );
  const singles = bank.filter((q) => q.type === "single");
  console.log(
    "single-answer key position:",
    countBy(singles, (q) => q.answer[0] ?? "?"),
  );
  const multis = bank.filter((q) => q.type === "multi");
  console.log(
    "multi-answer key positions:",
    countBy(
      multis.flatMap((q) => q.answer.map((a) => ({ ...q, answer: [a] }))),
      (q) => q.answer[0] ?? "?",
    ),
  );
}
