// Runs the Prisma CLI on the JS engine for one provider (see prisma.config.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { DatabaseProvider } from "../../lib/env";

export const root = path.resolve(import.meta.dirname, "..", "..");

export const schemaPath: Record<DatabaseProvider, string> = {
  sqlite: path.join(root, "prisma", "schema.prisma"),
  postgres: path.join(root, "prisma", "postgres", "schema.prisma"),
};

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `prisma <args>` against `databaseUrl` with the provider's schema and migrations. */
export function prisma(provider: DatabaseProvider, databaseUrl: string, args: string[]): CliResult {
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "prisma", "build", "index.js"), ...args],
    {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        PRISMA_PROVIDER: provider,
        DATABASE_URL: databaseUrl,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        NO_COLOR: "1",
      },
    },
  );
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** Introspects a live database into a Prisma schema (db pull works through driver adapters). */
export function pullSchema(provider: DatabaseProvider, databaseUrl: string): string {
  const result = prisma(provider, databaseUrl, ["db", "pull", "--print"]);
  if (result.status !== 0) throw new Error(`prisma db pull failed: ${result.stderr || result.stdout}`);
  const start = result.stdout.indexOf("generator ");
  return start >= 0 ? result.stdout.slice(start) : result.stdout;
}

/** The schema the committed migration history produces; updated by `npm run db:migration`. */
export const snapshotPath = path.join(root, "prisma", "migrations", "schema.snapshot.prisma");
