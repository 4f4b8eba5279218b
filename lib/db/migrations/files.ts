import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "@/lib/env";

/** One committed migration: prisma/migrations/<provider>/<name>/migration.sql. */
export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 of the file, hex: the checksum Prisma Migrate records. */
  checksum: string;
}

/** The folder holding a provider's migration history. */
export function migrationsDir(provider: DatabaseProvider, root = process.cwd()): string {
  return path.join(root, "prisma", "migrations", provider);
}

/** Reads a provider's migrations in the order Prisma applies them (folder names sort by timestamp). */
export function readMigrations(dir: string): MigrationFile[] {
  if (!fs.existsSync(dir)) throw new Error(`No migrations folder at ${dir}`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}
