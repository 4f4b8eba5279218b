import { randomUUID } from "node:crypto";
import pg from "pg";
import type { MigrationFile } from "./files";
import { pendingMigrations, type AppliedMigration } from "./plan";

// Prisma Migrate's own advisory lock key: holding it also keeps `prisma migrate deploy` out.
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

// The table exactly as Prisma Migrate creates it on PostgreSQL.
const CREATE_HISTORY = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

async function readApplied(client: pg.Client): Promise<AppliedMigration[]> {
  const result = await client.query<{
    migration_name: string;
    checksum: string;
    finished_at: Date | null;
    rolled_back_at: Date | null;
  }>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
  return result.rows.map((row) => ({
    migrationName: row.migration_name,
    checksum: row.checksum,
    finished: row.finished_at !== null,
    rolledBack: row.rolled_back_at !== null,
  }));
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    const startedAt = new Date();
    await client.query(file.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
      [randomUUID(), file.checksum, file.name, startedAt],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new Error(`Migration ${file.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Applies pending migrations under Prisma's session advisory lock, one transaction each, so
 * instances starting at the same time queue up and the later ones find nothing left to do.
 */
export async function migratePostgres(databaseUrl: string, files: MigrationFile[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    try {
      await client.query(CREATE_HISTORY);
      const applied: string[] = [];
      for (const file of pendingMigrations(files, await readApplied(client))) {
        await applyOne(client, file);
        applied.push(file.name);
      }
      return applied;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
