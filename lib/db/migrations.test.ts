import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/scripts/lib/prisma-cli";
import { createDb } from "./client";
import { checkHealth } from "./health";
import { ensureLocalLearner } from "./learners";
import { migrate, MigrationHistoryError } from "./migrations";
import { migrationsDir, readMigrations } from "./migrations/files";
import { createTestDatabase, providerUnderTest } from "./test-database";
import type { ScratchDatabase } from "@/scripts/lib/scratch-database";

const created: ScratchDatabase[] = [];
async function freshDatabase(): Promise<ScratchDatabase> {
  const database = await createTestDatabase();
  created.push(database);
  return database;
}

afterEach(async () => {
  await Promise.all(created.splice(0).map((database) => database.drop()));
});

const committed = readMigrations(migrationsDir(providerUnderTest)).map((m) => m.name);

describe(`migrations on ${providerUnderTest}`, () => {
  it("applies the whole history to an empty database, then nothing on a second start", async () => {
    const { url } = await freshDatabase();
    expect(await migrate({ databaseUrl: url })).toEqual(committed);
    expect(await migrate({ databaseUrl: url })).toEqual([]);
  });

  it("applies each migration once when two instances start at the same moment", async () => {
    const { url } = await freshDatabase();
    const [first, second] = await Promise.all([migrate({ databaseUrl: url }), migrate({ databaseUrl: url })]);
    expect([...first, ...second].sort()).toEqual(committed);
    const client = createDb({ databaseUrl: url });
    const rows = await client.$queryRawUnsafe<{ n: number | bigint }[]>(
      `SELECT COUNT(*) AS n FROM "_prisma_migrations"`,
    );
    expect(Number(rows[0]?.n)).toBe(committed.length);
    await client.$disconnect();
  });

  it("records migrations so the official Prisma CLI sees the database as up to date", async () => {
    const { url } = await freshDatabase();
    await migrate({ databaseUrl: url });
    const status = prisma(providerUnderTest, url, ["migrate", "status"]);
    expect(status.stdout).toContain("Database schema is up to date!");
    expect(status.status).toBe(0);
  });

  it("refuses to start when a committed migration was edited after it ran", async () => {
    const { url } = await freshDatabase();
    await migrate({ databaseUrl: url });
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "rollout-tampered-"));
    fs.cpSync(path.join(process.cwd(), "prisma"), path.join(root, "prisma"), { recursive: true, dereference: true });
    const first = path.join(migrationsDir(providerUnderTest, root), committed[0] ?? "", "migration.sql");
    fs.appendFileSync(first, "\n-- edited\n");
    await expect(migrate({ databaseUrl: url, root })).rejects.toThrow(MigrationHistoryError);
  });

  it("keeps every learner's rows when a later migration rebuilds the learner table", async () => {
    const { url } = await freshDatabase();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "rollout-upgrade-"));
    fs.cpSync(path.join(process.cwd(), "prisma"), path.join(root, "prisma"), { recursive: true, dereference: true });
    const newest = committed.at(-1) ?? "";
    fs.rmSync(path.join(migrationsDir(providerUnderTest, root), newest), { recursive: true });
    expect(await migrate({ databaseUrl: url, root })).toEqual(committed.slice(0, -1));

    const client = createDb({ databaseUrl: url });
    await client.$executeRawUnsafe(
      `INSERT INTO "Learner" ("id", "displayName", "isLocalDefault", "createdAt", "updatedAt")
       VALUES ('upgrader', 'Upgrader', false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
    );
    await client.$executeRawUnsafe(
      `INSERT INTO "NoteSectionRead" ("learnerId", "noteSlug", "sectionId", "source", "readAt")
       VALUES ('upgrader', 'ecs/services', 'intro', 'marked', CURRENT_TIMESTAMP)`,
    );
    expect(await migrate({ databaseUrl: url })).toEqual([newest]);
    expect(await client.noteSectionRead.count({ where: { learnerId: "upgrader" } })).toBe(1);
    expect(await client.learner.count({ where: { id: "upgrader" } })).toBe(1);
    await client.$disconnect();
  });

  it("creates the local learner once and reports a healthy database", async () => {
    const { url } = await freshDatabase();
    await migrate({ databaseUrl: url });
    const client = createDb({ databaseUrl: url });
    const [a, b] = await Promise.all([ensureLocalLearner(client), ensureLocalLearner(client)]);
    expect(a).toEqual(b);
    expect(await client.learner.count()).toBe(1);
    expect(await checkHealth(client)).toEqual({ status: "ok", db: "ok" });
    await client.$disconnect();
  });
});

describe("health", () => {
  it("reports 'error' with a reason when the database does not answer", async () => {
    const url =
      providerUnderTest === "sqlite"
        ? "file:/nonexistent-dir/forbidden/x.db"
        : "postgresql://postgres@127.0.0.1:1/none";
    const report = await checkHealth(createDb({ databaseUrl: url }), 1_500);
    expect(report.status).toBe("error");
    expect(report).toHaveProperty("reason");
  });
});
