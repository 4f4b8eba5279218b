#!/usr/bin/env node
// Creates or drops the throw-away PostgreSQL database CI runs the data-layer tests against.
//   node scripts/ci-postgres-db.mjs create <name> | drop <name>
import pg from "pg";

const [action, name] = process.argv.slice(2);
if (!["create", "drop"].includes(action ?? "") || !/^[a-z0-9_]+$/.test(name ?? "")) {
  console.error("usage: node scripts/ci-postgres-db.mjs create|drop <name>");
  process.exit(2);
}
const client = new pg.Client({
  connectionString: process.env.ROLLOUT_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
});
await client.connect();
await client.query(
  action === "create" ? `CREATE DATABASE "${name}"` : `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`,
);
await client.end();
