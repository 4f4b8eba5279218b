import { describe, expect, it } from "vitest";
import type { MigrationFile } from "./files";
import { MigrationHistoryError, pendingMigrations, type AppliedMigration } from "./plan";

const file = (name: string, checksum = `sum-${name}`): MigrationFile => ({ name, sql: "--", checksum });
const row = (name: string, overrides: Partial<AppliedMigration> = {}): AppliedMigration => ({
  migrationName: name,
  checksum: `sum-${name}`,
  finished: true,
  rolledBack: false,
  ...overrides,
});

describe("pendingMigrations", () => {
  it("returns every migration on an empty database, in order", () => {
    expect(pendingMigrations([file("1_a"), file("2_b")], []).map((f) => f.name)).toEqual(["1_a", "2_b"]);
  });

  it("returns nothing when all are applied (a second start is a no-op)", () => {
    expect(pendingMigrations([file("1_a"), file("2_b")], [row("1_a"), row("2_b")])).toEqual([]);
  });

  it("returns only the new ones", () => {
    expect(pendingMigrations([file("1_a"), file("2_b")], [row("1_a")]).map((f) => f.name)).toEqual(["2_b"]);
  });

  it("refuses a migration edited after it ran", () => {
    expect(() => pendingMigrations([file("1_a", "changed")], [row("1_a")])).toThrow(MigrationHistoryError);
  });

  it("refuses to continue after a migration that did not finish", () => {
    expect(() => pendingMigrations([file("1_a")], [row("1_a", { finished: false })])).toThrow(/did not finish/);
  });

  it("re-applies a migration that was marked rolled back", () => {
    const pending = pendingMigrations([file("1_a")], [row("1_a", { finished: false, rolledBack: true })]);
    expect(pending.map((f) => f.name)).toEqual(["1_a"]);
  });
});
