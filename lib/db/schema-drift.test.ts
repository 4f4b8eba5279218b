// The schema has one source (prisma/schema.prisma) and a migration history per provider.
// These tests fail when any of them drift apart.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { derivePostgresSchema } from "@/scripts/lib/derive-postgres-schema.mjs";
import { prisma, pullSchema, schemaPath, snapshotPath } from "@/scripts/lib/prisma-cli";
import type { ScratchDatabase } from "@/scripts/lib/scratch-database";
import { postgresStructure, sqliteStructure } from "./introspect/structure";
import { migrate } from "./migrations";
import { canReachPostgres, createTestDatabase } from "./test-database";

const scratch: ScratchDatabase[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((database) => database.drop()));
});

async function migrated(provider: "sqlite" | "postgres"): Promise<string> {
  const database = await createTestDatabase(provider);
  scratch.push(database);
  await migrate({ databaseUrl: database.url });
  return database.url;
}

const placeholderSqlite = `file:${path.join(os.tmpdir(), "rollout-drift-placeholder.db")}`;

describe("schema drift", () => {
  it("keeps prisma/postgres/schema.prisma generated from prisma/schema.prisma", () => {
    const source = fs.readFileSync(schemaPath.sqlite, "utf8");
    expect(fs.readFileSync(schemaPath.postgres, "utf8"), "run npm run db:generate").toBe(derivePostgresSchema(source));
  });

  it("has a migration for every change to the schema (snapshot and schema agree)", () => {
    const args = [
      "migrate",
      "diff",
      "--from-schema-datamodel",
      snapshotPath,
      "--to-schema-datamodel",
      schemaPath.sqlite,
      "--exit-code",
    ];
    const result = prisma("sqlite", placeholderSqlite, args);
    expect(
      result.status,
      `schema changed without a migration: run npm run db:migration -- <name>\n${result.stdout}`,
    ).toBe(0);
  });

  it("builds exactly the schema from the SQLite migration history", async () => {
    const url = await migrated("sqlite");
    const pulled = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rollout-pulled-")), "schema.prisma");
    fs.writeFileSync(pulled, pullSchema("sqlite", url));
    const result = prisma("sqlite", url, [
      "migrate",
      "diff",
      "--from-schema-datamodel",
      pulled,
      "--to-schema-datamodel",
      schemaPath.sqlite,
      "--exit-code",
    ]);
    expect(result.status, result.stdout).toBe(0);
  });

  it("builds the same tables and columns from the PostgreSQL history as from the SQLite one", async (context) => {
    if (!(await canReachPostgres())) return context.skip("no PostgreSQL server reachable");
    const [sqlite, postgres] = await Promise.all([migrated("sqlite"), migrated("postgres")]);
    expect(await postgresStructure(postgres)).toEqual(sqliteStructure(sqlite));
  });
});
