import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env, providerOf } from "@/lib/env";
import { PrismaClient as PostgresClient } from "./generated/postgres/index.js";
import { PrismaClient as SqliteClient } from "./generated/sqlite/index.js";
import { namedDatabaseError, namedDatabaseErrors } from "./errors";
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

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * Makes every interactive transaction take SQLite's write lock when it begins (BEGIN IMMEDIATE)
 * instead of at its first write. A deferred transaction that has already read cannot wait for
 * another writer (SQLite fails it at once with SQLITE_BUSY to avoid a deadlock), so without this
 * a read-then-write transaction ignores the busy timeout that single statements honour.
 */
function withImmediateTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  return Object.assign(Object.create(factory) as PrismaBetterSQLite3, {
    async connect(): Promise<SqliteAdapter> {
      const adapter = await connect();
      const start = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => {
        const tx = await start(isolationLevel);
        const run = (sql: string) => tx.executeRaw({ sql, args: [], argTypes: [] });
        try {
          await run("ROLLBACK");
          await run("BEGIN IMMEDIATE");
        } catch (error) {
          await tx.rollback();
          throw namedDatabaseError(error);
        }
        return tx;
      };
      return adapter;
    },
  });
}

/** Creates a client for the URL's provider: SQLite (file:) or PostgreSQL (postgres://). */
export function createDb({ databaseUrl, busyTimeoutMs = 5_000 }: DbOptions): Db {
  if (providerOf(databaseUrl) === "sqlite") {
    const adapter = withImmediateTransactions(
      new PrismaBetterSQLite3({ url: sqliteFilePath(databaseUrl), timeout: busyTimeoutMs }),
    );
    // A lock held past the busy timeout surfaces as DatabaseBusyError, not the driver's raw error.
    return new SqliteClient({ adapter }).$extends(namedDatabaseErrors) as unknown as Db;
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
