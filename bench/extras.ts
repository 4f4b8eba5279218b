// npm run bench (second part): in-process measures, then the autosave load table (one `next start`
// on SQLite; two `next start` on PostgreSQL behind the round-robin proxy). Run by bench/run.mjs
// after the build; `node --import tsx bench/extras.ts [--quick] [--load-only]`.
import path from "node:path";
import { benchExamStart, benchSearch } from "./lib/in-process";
import { loadOnPostgresPair, loadOnSqlite, printLoadTable } from "./lib/load-setups";
import { printRows } from "./lib/stats";

const quick = process.argv.includes("--quick");
const loadOnly = process.argv.includes("--load-only");
const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");

if (!loadOnly) printRows("In-process", [...benchSearch(), ...(await benchExamStart())]);

const spec = { learners: quick ? 20 : 200, durationMs: quick ? 9_000 : 60_000, intervalMs: 3_000, distDir };
const results = [await loadOnSqlite(spec), await loadOnPostgresPair(spec)];
printLoadTable(
  `Exam autosave under load: ${spec.learners} learners, each saving every ${spec.intervalMs / 1000} s (target: 0 errors, 0 lost answers)`,
  results,
);
if (results.some((r) => r.errors > 0 || r.lost > 0)) {
  console.error("bench: the load run had errors or lost answers");
  process.exitCode = 1;
}
