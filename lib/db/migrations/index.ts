import { providerOf } from "@/lib/env";
import { migrationsDir, readMigrations } from "./files";
import { migratePostgres } from "./postgres";
import { migrateSqlite } from "./sqlite";

export { MigrationHistoryError } from "./plan";

export interface MigrateOptions {
  databaseUrl: string;
  busyTimeoutMs?: number;
  /** Project root holding prisma/migrations; defaults to the working directory. */
  root?: string;
}

/** Applies the committed migrations for the URL's provider; returns the names it applied. */
export async function migrate({ databaseUrl, busyTimeoutMs = 5_000, root }: MigrateOptions): Promise<string[]> {
  const provider = providerOf(databaseUrl);
  const files = readMigrations(migrationsDir(provider, root));
  return provider === "sqlite" ? migrateSqlite(databaseUrl, files, busyTimeoutMs) : migratePostgres(databaseUrl, files);
}
