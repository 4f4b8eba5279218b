import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { MigrationFile } from "./files";
import { pendingMigrations, type AppliedMigration } from "./plan";

// The table exactly as Prisma Migrate creates it on SQLite, so `prisma migrate status` agrees with us.
const CREATE_HISTORY = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** The file a `file:` URL points at, relative to the working directory. */
export function sqliteFilePath(databaseUrl: string): string {
  const withoutScheme = databaseUrl.replace(/^file:(\/\/)?/, "");
  return path.resolve(withoutScheme.split("?")[0] ?? withoutScheme);
}

/** Opens (creating if needed) a SQLite file with WAL journaling and a busy timeout. */
export function openSqlite(databaseUrl: string, busyTimeoutMs: number): Database.Database {
  const file = sqliteFilePath(databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: busyTimeoutMs });
  db.pragma("journal_mode = WAL");
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return db;
}

function readApplied(db: Database.Database): AppliedMigration[] {
  const rows = db
    .prepare(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`)
    .all() as { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown }[];
  return rows.map((row) => ({
    migrationName: row.migration_name,
    checksum: row.checksum,
    finished: row.finished_at !== null,
    rolledBack: row.rolled_back_at !== null,
  }));
}

/** Fails the migration (rolling it back) when it left rows pointing at rows that do not exist. */
function assertForeignKeysHold(db: Database.Database, migrationName: string): void {
  const violations = db.prepare("PRAGMA foreign_key_check").all() as { table: string; parent: string }[];
  const first = violations[0];
  if (first) {
    throw new Error(
      `Migration ${migrationName} left ${violations.length} row(s) in "${first.table}" without their "${first.parent}"`,
    );
  }
}

/**
 * Applies pending migrations, one IMMEDIATE transaction each. The write lock is taken before the
 * history is re-read, so two processes starting together never apply the same migration twice.
 *
 * Foreign keys are switched off around the transactions, as Prisma Migrate does: SQLite changes a
 * column by copying the table and dropping the old one, and with foreign keys on (better-sqlite3's
 * default) that DROP would cascade and delete every child row. `PRAGMA foreign_keys` is ignored
 * inside a transaction, which is why the migration's own PRAGMA lines are not enough; the check
 * before each commit keeps the guarantee foreign keys would have given.
 */
export function migrateSqlite(databaseUrl: string, files: MigrationFile[], busyTimeoutMs: number): string[] {
  const db = openSqlite(databaseUrl, busyTimeoutMs);
  try {
    db.exec(CREATE_HISTORY);
    db.pragma("foreign_keys = OFF");
    const applied: string[] = [];
    for (const file of pendingMigrations(files, readApplied(db))) {
      const ran = db
        .transaction(() => {
          if (!pendingMigrations([file], readApplied(db)).length) return false;
          const startedAt = new Date().toISOString();
          db.exec(file.sql);
          assertForeignKeysHold(db, file.name);
          db.prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
          ).run(randomUUID(), file.checksum, new Date().toISOString(), file.name, startedAt);
          return true;
        })
        .immediate();
      if (ran) applied.push(file.name);
    }
    return applied;
  } finally {
    db.close();
  }
}
