import { z } from "zod";

/** Where the SQLite database lives when DATABASE_URL is not set (git-ignored). */
export const DEFAULT_DATABASE_URL = "file:./data/rollout.db";

const databaseUrlSchema = z
  .string()
  .trim()
  .refine((url) => /^(file:.+|postgres(ql)?:\/\/.+)$/.test(url), {
    message: "must be a file: URL for SQLite (e.g. file:./data/rollout.db) or a postgres:// or postgresql:// URL",
  });

const booleanFlag = z.enum(["true", "false", "1", "0"], { message: "must be one of true, false, 1, 0" });

export const envSchema = z.object({
  DATABASE_URL: databaseUrlSchema.default(DEFAULT_DATABASE_URL),
  ROLLOUT_MIGRATE_ON_START: booleanFlag.default("true").transform((v) => v === "true" || v === "1"),
  ROLLOUT_SQLITE_BUSY_TIMEOUT_MS: z.coerce
    .number({ message: "must be a whole number of milliseconds" })
    .int({ message: "must be a whole number of milliseconds" })
    .min(100, { message: "must be between 100 and 60000 milliseconds" })
    .max(60_000, { message: "must be between 100 and 60000 milliseconds" })
    .default(5_000),
  /** "local" (default): one implicit learner, no sign-in. "accounts": email + password sign-in. */
  ROLLOUT_AUTH: z.enum(["local", "accounts"], { message: "must be local or accounts" }).default("local"),
  /** Signs session cookies (accounts mode). At least 32 characters, e.g. `openssl rand -base64 32`. */
  BETTER_AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters" }).optional(),
  /** The public origin learners use, e.g. https://rollout.example.com (accounts mode). */
  /** Public hosts a reverse proxy serves the app under, when it rewrites Host (server actions' origin check). */
  ROLLOUT_ALLOWED_ORIGINS: z
    .string()
    .regex(/^\s*[\w*.-]+(:\d+)?\s*(,\s*[\w*.-]+(:\d+)?\s*)*,?\s*$/, {
      message: "must be comma-separated hosts such as rollout.example.com,*.example.org",
    })
    .optional(),
  /** Proxies/load balancers in front (IPs or CIDRs, comma-separated) whose X-Forwarded-For entries are skipped. */
  ROLLOUT_TRUSTED_PROXIES: z
    .string()
    .regex(/^\s*[0-9a-fA-F:.]+(\/\d{1,3})?\s*(,\s*[0-9a-fA-F:.]+(\/\d{1,3})?\s*)*$/, {
      message: "must be comma-separated IP addresses or CIDR ranges such as 10.0.0.0/16",
    })
    .optional(),
  BETTER_AUTH_URL: z.url({ message: "must be an absolute http(s) URL such as https://rollout.example.com" }).optional(),
});

export type Env = z.infer<typeof envSchema>;
export type DatabaseProvider = "sqlite" | "postgres";

/** Thrown when the environment is invalid; its message is one line naming the variable. */
export class InvalidEnvironmentError extends Error {
  override name = "InvalidEnvironmentError";
}

/** Empty strings count as unset, so `FOO=` in a .env file falls back to the default. */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""),
  );
}

/** Settings that only matter together: accounts need a secret and a public URL. */
function checkAccounts(parsed: Env): void {
  if (parsed.ROLLOUT_AUTH !== "accounts") return;
  for (const variable of ["BETTER_AUTH_SECRET", "BETTER_AUTH_URL"] as const) {
    if (!parsed[variable]) {
      throw new InvalidEnvironmentError(
        `Invalid configuration: ${variable} is required when ROLLOUT_AUTH=accounts (see README, Accounts).`,
      );
    }
  }
}

/** Parses and validates the environment. Throws {@link InvalidEnvironmentError} with one clear line. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(withoutEmpty(source));
  if (result.success) {
    checkAccounts(result.data);
    return result.data;
  }
  const issue = result.error.issues[0];
  const variable = issue?.path.join(".") ?? "environment";
  const given = variable.includes("SECRET") ? undefined : source[variable];
  throw new InvalidEnvironmentError(
    `Invalid configuration: ${variable} ${issue?.message ?? "is invalid"}${given ? ` (got "${given}")` : ""}.`,
  );
}

/** Which database engine a URL selects. */
export function providerOf(databaseUrl: string): DatabaseProvider {
  return databaseUrl.startsWith("file:") ? "sqlite" : "postgres";
}

let cached: Env | undefined;

/** The validated environment of this process, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
