// Test helper: a throw-away database of the provider under test. DATABASE_URL=postgres://… runs
// the data-layer tests on PostgreSQL (scratch databases on that server); otherwise SQLite files.
import { providerOf, type DatabaseProvider } from "@/lib/env";
import { createScratchDatabase, postgresAvailable, type ScratchDatabase } from "@/scripts/lib/scratch-database";

const configured = process.env.DATABASE_URL;

/** The provider the data-layer suite runs against. */
export const providerUnderTest: DatabaseProvider = configured ? providerOf(configured) : "sqlite";

/** The PostgreSQL server scratch databases are made on. */
export const postgresServer =
  configured && providerUnderTest === "postgres"
    ? configured
    : (process.env.ROLLOUT_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");

export function createTestDatabase(provider: DatabaseProvider = providerUnderTest): Promise<ScratchDatabase> {
  return createScratchDatabase(provider, postgresServer);
}

/** Whether PostgreSQL-only checks can run here (always true when the suite targets PostgreSQL). */
export function canReachPostgres(): Promise<boolean> {
  return postgresAvailable(postgresServer);
}
