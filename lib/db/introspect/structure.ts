// A provider-neutral description of a migrated database, used to prove that the SQLite and
// PostgreSQL migration histories build the same tables.
import Database from "better-sqlite3";
import pg from "pg";
import { sqliteFilePath } from "../migrations/sqlite";

export interface ColumnShape {
  name: string;
  kind: "text" | "integer" | "boolean" | "real" | "datetime" | "other";
  nullable: boolean;
}

export type DatabaseStructure = Record<string, ColumnShape[]>;

function kindOf(declared: string): ColumnShape["kind"] {
  const type = declared.toLowerCase();
  if (type.includes("char") || type === "text") return "text";
  if (type.includes("bool")) return "boolean";
  if (type.includes("int")) return "integer";
  if (type.includes("real") || type.includes("double") || type.includes("float")) return "real";
  if (type.includes("date") || type.includes("timestamp")) return "datetime";
  return "other";
}

const byName = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name));

/** Tables (without Prisma's own history table) and their columns in a SQLite file. */
export function sqliteStructure(databaseUrl: string): DatabaseStructure {
  const db = new Database(sqliteFilePath(databaseUrl), { readonly: true });
  try {
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations'`,
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => {
        const columns = db.prepare(`PRAGMA table_info("${name}")`).all() as {
          name: string;
          type: string;
          notnull: number;
          pk: number;
        }[];
        const shapes = columns.map((c) => ({
          name: c.name,
          kind: kindOf(c.type),
          nullable: c.notnull === 0 && c.pk === 0,
        }));
        return [name, byName(shapes)];
      }),
    );
  } finally {
    db.close();
  }
}

/** Tables (without Prisma's own history table) and their columns in a PostgreSQL database. */
export async function postgresStructure(databaseUrl: string): Promise<DatabaseStructure> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      is_nullable: string;
    }>(
      `SELECT table_name::text, column_name::text, data_type::text, is_nullable::text FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const structure: DatabaseStructure = {};
    for (const row of rows) {
      (structure[row.table_name] ??= []).push({
        name: row.column_name,
        kind: kindOf(row.data_type),
        nullable: row.is_nullable === "YES",
      });
    }
    return Object.fromEntries(Object.entries(structure).map(([table, columns]) => [table, byName(columns)]));
  } finally {
    await client.end();
  }
}
