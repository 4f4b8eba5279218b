import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

// The CLI runs on the JS engine with a driver adapter so nothing is downloaded.
// PRISMA_PROVIDER=postgres selects the generated PostgreSQL schema.
const provider = process.env.PRISMA_PROVIDER === "postgres" ? "postgres" : "sqlite";
const url = process.env.DATABASE_URL ?? "file:./data/rollout.db";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema:
    provider === "postgres" ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations", provider) },
  adapter: () =>
    Promise.resolve(
      provider === "postgres" ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url }),
    ),
});
