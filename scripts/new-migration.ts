// Writes a new migration for both providers from the change in prisma/schema.prisma:
//   npm run db:migration -- <name>
// `migrate dev` cannot run here and `db pull` fails on PostgreSQL through adapter-pg, so each
// provider's SQL is `prisma migrate diff --script` from the schema the history already produces
// (prisma/migrations/schema.snapshot.prisma) to the current schema. The drift test checks the
// snapshot, the generated PostgreSQL schema and the migrated databases all agree.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseProvider } from "../lib/env";
import { migrationsDir } from "../lib/db/migrations/files";
import { derivePostgresSchema } from "./lib/derive-postgres-schema.mjs";
import { prisma, root, schemaPath, snapshotPath } from "./lib/prisma-cli";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name in snake_case>");
  process.exit(2);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const placeholderUrl: Record<DatabaseProvider, string> = {
  sqlite: "file:./data/migration-scratch.db",
  postgres: process.env.ROLLOUT_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
};

function snapshotFor(provider: DatabaseProvider): string[] {
  if (!fs.existsSync(snapshotPath)) return ["--from-empty"];
  const text = fs.readFileSync(snapshotPath, "utf8");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rollout-snapshot-")), "schema.prisma");
  fs.writeFileSync(file, provider === "postgres" ? derivePostgresSchema(text) : text);
  return ["--from-schema-datamodel", file];
}

function diffFor(provider: DatabaseProvider): string {
  const args = ["migrate", "diff", ...snapshotFor(provider), "--to-schema-datamodel", schemaPath[provider], "--script"];
  const result = prisma(provider, placeholderUrl[provider], args);
  if (result.status !== 0) throw new Error(`${provider}: prisma migrate diff failed: ${result.stderr}`);
  return result.stdout.slice(Math.max(0, result.stdout.indexOf("--")));
}

const isEmpty = (sql: string) => sql.trim() === "" || sql.includes("-- This is an empty migration.");

fs.mkdirSync(path.join(root, "data"), { recursive: true }); // the SQLite placeholder database lives there
for (const provider of ["sqlite", "postgres"] as const) {
  const sql = diffFor(provider);
  if (isEmpty(sql)) {
    console.log(`${provider}: schema and migrations already agree; nothing written`);
    continue;
  }
  const dir = path.join(migrationsDir(provider, root), `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`${provider}: wrote ${path.relative(root, dir)}/migration.sql`);
}
fs.copyFileSync(schemaPath.sqlite, snapshotPath);
