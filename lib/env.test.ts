import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, InvalidEnvironmentError, parseEnv, providerOf } from "./env";

describe("parseEnv", () => {
  it("needs no configuration: SQLite in the data folder, migrations on", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(env.ROLLOUT_MIGRATE_ON_START).toBe(true);
    expect(env.ROLLOUT_SQLITE_BUSY_TIMEOUT_MS).toBe(5000);
  });

  it("accepts PostgreSQL URLs in both spellings", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db" }).DATABASE_URL).toBe("postgres://u@h/db");
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h:5432/db" }).DATABASE_URL).toBe("postgresql://u@h:5432/db");
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
  });

  it("rejects an unsupported database with one line naming the variable and what is allowed", () => {
    const parse = () => parseEnv({ DATABASE_URL: "mysql://root@localhost/db" });
    expect(parse).toThrow(InvalidEnvironmentError);
    expect(parse).toThrow(
      /^Invalid configuration: DATABASE_URL must be a file: URL .* postgresql:\/\/ URL \(got "mysql:\/\/root@localhost\/db"\)\.$/,
    );
  });

  it("rejects out-of-range and non-numeric busy timeouts", () => {
    expect(() => parseEnv({ ROLLOUT_SQLITE_BUSY_TIMEOUT_MS: "10" })).toThrow(
      /ROLLOUT_SQLITE_BUSY_TIMEOUT_MS must be between 100 and 60000/,
    );
    expect(() => parseEnv({ ROLLOUT_SQLITE_BUSY_TIMEOUT_MS: "soon" })).toThrow(
      /ROLLOUT_SQLITE_BUSY_TIMEOUT_MS must be a whole number/,
    );
  });

  it("rejects a flag that is not a boolean", () => {
    expect(() => parseEnv({ ROLLOUT_MIGRATE_ON_START: "yes" })).toThrow(
      /ROLLOUT_MIGRATE_ON_START must be one of true, false, 1, 0/,
    );
    expect(parseEnv({ ROLLOUT_MIGRATE_ON_START: "0" }).ROLLOUT_MIGRATE_ON_START).toBe(false);
  });
});

describe("accounts settings", () => {
  const secret = "s".repeat(32);

  it("defaults to local mode, which needs neither a secret nor a URL", () => {
    expect(parseEnv({}).ROLLOUT_AUTH).toBe("local");
  });

  it("needs a secret and a public URL when accounts are on", () => {
    expect(() => parseEnv({ ROLLOUT_AUTH: "accounts", BETTER_AUTH_URL: "http://localhost:3000" })).toThrow(
      /BETTER_AUTH_SECRET is required when ROLLOUT_AUTH=accounts/,
    );
    expect(() => parseEnv({ ROLLOUT_AUTH: "accounts", BETTER_AUTH_SECRET: secret })).toThrow(
      /BETTER_AUTH_URL is required when ROLLOUT_AUTH=accounts/,
    );
    const env = parseEnv({
      ROLLOUT_AUTH: "accounts",
      BETTER_AUTH_SECRET: secret,
      BETTER_AUTH_URL: "https://r.example",
    });
    expect(env.ROLLOUT_AUTH).toBe("accounts");
  });

  it("rejects a short secret without echoing it", () => {
    const parse = () => parseEnv({ BETTER_AUTH_SECRET: "hunter2" });
    expect(parse).toThrow(/BETTER_AUTH_SECRET must be at least 32 characters\.$/);
    expect(parse).not.toThrow(/hunter2/);
  });

  it("rejects an unknown mode", () => {
    expect(() => parseEnv({ ROLLOUT_AUTH: "oauth" })).toThrow(/ROLLOUT_AUTH must be local or accounts/);
  });
});

describe("providerOf", () => {
  it("maps URLs to engines", () => {
    expect(providerOf("file:./data/x.db")).toBe("sqlite");
    expect(providerOf("postgresql://h/db")).toBe("postgres");
  });
});
