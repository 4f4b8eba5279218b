// Throw-away databases for scripts and tests: a temp SQLite file, or a fresh PostgreSQL database.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseProvider } from "../../lib/env";

export interface ScratchDatabase {
  provider: DatabaseProvider;
  url: string;
  drop(): Promise<void>;
}

/** The server used for PostgreSQL scratch databases (its own database is never touched). */
export const postgresServerUrl =
  process.env.ROLLOUT_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates an empty database of the given provider. */
export async function createScratchDatabase(
  provider: DatabaseProvider,
  serverUrl = postgresServerUrl,
): Promise<ScratchDatabase> {
  const suffix = randomBytes(6).toString("hex");
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rollout-db-"));
    return {
      provider,
      url: `file:${path.join(dir, `scratch-${suffix}.db`)}`,
      drop: () => {
        fs.rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const name = `rollout_scratch_${suffix}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    provider,
    url: withDatabase(serverUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Whether a PostgreSQL server answers at the URL (tests that need one skip otherwise). */
export async function postgresAvailable(serverUrl = postgresServerUrl): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
