import type { MigrationFile } from "./files";

/** A row of Prisma's `_prisma_migrations` table, as far as the runner needs it. */
export interface AppliedMigration {
  migrationName: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
}

export class MigrationHistoryError extends Error {
  override name = "MigrationHistoryError";
}

/**
 * Decides which migrations still have to run. Refuses to go on when the history is not one Prisma
 * itself would accept: a migration that failed half-way, or a committed file edited after it ran.
 */
export function pendingMigrations(files: MigrationFile[], applied: AppliedMigration[]): MigrationFile[] {
  const live = applied.filter((row) => !row.rolledBack);
  const failed = live.find((row) => !row.finished);
  if (failed) {
    throw new MigrationHistoryError(
      `Migration ${failed.migrationName} started but did not finish; fix the database and mark it rolled back before starting again.`,
    );
  }
  const byName = new Map(live.map((row) => [row.migrationName, row]));
  for (const file of files) {
    const row = byName.get(file.name);
    if (row && row.checksum !== file.checksum) {
      throw new MigrationHistoryError(
        `Migration ${file.name} was changed after it was applied; add a new migration instead of editing it.`,
      );
    }
  }
  return files.filter((file) => !byName.has(file.name));
}
