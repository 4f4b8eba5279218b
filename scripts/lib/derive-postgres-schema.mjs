// Turns the SQLite source schema into its PostgreSQL twin. Only the datasource provider and the
// client output folder differ, so the two can never drift apart in models or fields.
const HEADER = "// GENERATED from prisma/schema.prisma by scripts/prisma-generate.mjs. Do not edit.\n";

/** @param {string} source the text of prisma/schema.prisma */
export function derivePostgresSchema(source) {
  const withProvider = source.replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  const withOutput = withProvider.replace(
    'output     = "../lib/db/generated/sqlite"',
    'output     = "../../lib/db/generated/postgres"',
  );
  if (withProvider === source || withOutput === withProvider) {
    throw new Error('prisma/schema.prisma: expected provider "sqlite" and the sqlite client output path');
  }
  return HEADER + withOutput;
}
