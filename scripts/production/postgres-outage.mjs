// A PostgreSQL database that a test can take away and give back in the middle of an exam.
//   restart (default when possible): the database lives on a private server (private-postgres.mjs);
//     begin() stops that server (fast shutdown: every connection is cut, new ones are refused) and
//     end() starts it again: a real PostgreSQL restart, without touching the shared server.
//   block (ROLLOUT_PG_OUTAGE=block, or no server binaries): the database lives on the shared server;
//     begin() forbids new connections to it (ALTER DATABASE … ALLOW_CONNECTIONS false) and ends the
//     open ones (pg_terminate_backend), end() allows them again. The app sees the same errors as in
//     a restart; only this database is affected.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { canRunPrivatePostgres, startPrivatePostgres } from "./private-postgres.mjs";

const sharedServerUrl = () => process.env.ROLLOUT_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function withDatabase(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function sql(serverUrl, text, values = []) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** Creates a fresh database and returns how to cut it off and restore it. */
export async function databaseWithOutage() {
  const mode = process.env.ROLLOUT_PG_OUTAGE ?? (canRunPrivatePostgres() ? "restart" : "block");
  if (mode !== "restart" && mode !== "block") throw new Error(`ROLLOUT_PG_OUTAGE must be restart or block`);
  const name = `rollout_outage_${randomBytes(5).toString("hex")}`;
  const server = mode === "restart" ? await startPrivatePostgres() : undefined;
  const serverUrl = server?.serverUrl ?? sharedServerUrl();
  await sql(serverUrl, `CREATE DATABASE "${name}"`);
  let down = false;
  const begin = async () => {
    down = true;
    if (server) return server.stop();
    await sql(serverUrl, `ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await sql(serverUrl, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
  };
  const end = async () => {
    if (server) server.start();
    else await sql(serverUrl, `ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    down = false;
  };
  return {
    mode,
    databaseUrl: withDatabase(serverUrl, name),
    begin,
    end,
    /** Brings the database back if it is down, then deletes it (and the private server). */
    close: async () => {
      if (down) await end();
      if (server) server.destroy();
      else await sql(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
