// npm run bench (second part): in-process measures and the autosave load test against a production
// server on SQLite. Run by bench/run.mjs after the build; `node --import tsx bench/extras.ts [--quick]`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runAutosaveLoad, seedAttempts } from "./lib/autosave-load";
import { benchExamStart, benchSearch } from "./lib/in-process";
import { serve } from "./lib/servers.mjs";
import { printRows } from "./lib/stats";

const quick = process.argv.includes("--quick");
const port = 3303;
const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");

printRows("In-process", [...benchSearch(), ...(await benchExamStart())]);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rollout-load-"));
const databaseUrl = `file:${path.join(dir, "load.db")}`;
const learners = quick ? 20 : 200;
const { client, attemptIds } = await seedAttempts(databaseUrl, learners);
const stop = await serve(process.cwd(), port, { DATABASE_URL: databaseUrl });
try {
  const rows = await runAutosaveLoad(
    {
      baseUrl: `http://127.0.0.1:${port}`,
      databaseUrl,
      distDir,
      learners,
      intervalMs: 3_000,
      durationMs: quick ? 9_000 : 60_000,
    },
    client,
    attemptIds,
  );
  printRows("Exam autosave under load (one `next start`, SQLite)", rows);
} finally {
  stop();
  await client.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}
