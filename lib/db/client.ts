import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env, providerOf } from "@/lib/env";
import { PrismaClient as PostgresClient } from "./generated/postgres/index.js";
import { PrismaClient as SqliteClient } from "./generated/sqlite/index.js";
import { sqliteFilePath } from "./migrations/sqlite";

/**
 * The Prisma client type the data layer codes against. Both generated clients come from the
 * same schema (prisma/postgres/schema.prisma is derived from prisma/schema.prisma), so their
 * model APIs are identical; the SQLite one names the type.
 */
export type Db = SqliteClient;

export interface DbOptions {
  databaseUrl: string;
  busyTimeoutMs?: number;
}

/** Creates a client for the URL's provider: SQLite (file:) or PostgreSQL (postgres://). */
export function createDb({ databaseUrl, busyTimeoutMs = 5_000 }: DbOptions): Db {
  if (providerOf(databaseUrl) === "sqlite") {
    const adapter = new PrismaBetterSQLite3({ url: sqliteFilePath(databaseUrl), timeout: busyTimeoutMs });
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10 });
  return new PostgresClient({ adapter }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { rolloutDb?: Db };

/** The process-wide client (kept on globalThis so dev hot reloads do not open new pools). */
export function db(): Db {
  globalForDb.rolloutDb ??= createDb({
    databaseUrl: env().DATABASE_URL,
    busyTimeoutMs: env().ROLLOUT_SQLITE_BUSY_TIMEOUT_MS,
  });
  return globalForDb.rolloutDb;
}
