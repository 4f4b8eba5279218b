#!/usr/bin/env node
// Derives prisma/postgres/schema.prisma from the one source schema (prisma/schema.prisma)
// and generates a Prisma client for each provider. Runs on `npm install` (postinstall).
//   node scripts/prisma-generate.mjs           write the PostgreSQL schema, generate both clients
//   node scripts/prisma-generate.mjs --schema  only write the PostgreSQL schema
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { derivePostgresSchema } from "./lib/derive-postgres-schema.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const source = fs.readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");
const target = path.join(root, "prisma", "postgres", "schema.prisma");
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, derivePostgresSchema(source));

// The CLI needs a DATABASE_URL of the right shape for each provider, or it falls back to
// downloading a native engine; generating a client never connects, so a placeholder will do.
const placeholderUrl = { sqlite: "file:./data/rollout.db", postgres: "postgresql://localhost:5432/placeholder" };

if (!process.argv.includes("--schema")) {
  for (const provider of /** @type {const} */ (["sqlite", "postgres"])) {
    execFileSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        PRISMA_PROVIDER: provider,
        DATABASE_URL: placeholderUrl[provider],
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    });
  }
  console.log("prisma: generated clients for sqlite and postgres");
}
