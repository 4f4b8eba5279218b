import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { db } from "@/lib/db/client";
import { learnerForNewUser } from "@/lib/db/learners";
import { env, providerOf } from "@/lib/env";

/** Sign-in and sign-up attempts allowed per client address per minute (shared by all instances). */
export const SIGN_IN_LIMIT = { window: 60, max: 5 } as const;

function createAuth() {
  const config = env();
  return betterAuth({
    appName: "Rollout",
    baseURL: config.BETTER_AUTH_URL,
    secret: config.BETTER_AUTH_SECRET,
    database: prismaAdapter(db(), {
      provider: providerOf(config.DATABASE_URL) === "sqlite" ? "sqlite" : "postgresql",
    }),
    emailAndPassword: { enabled: true, autoSignIn: true, minPasswordLength: 10, maxPasswordLength: 128 },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // Counters live in the database so the limit holds across every app instance. Behind a proxy
    // the client address comes from X-Forwarded-For (one value, set by the proxy).
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 120,
      customRules: { "/sign-in/email": SIGN_IN_LIMIT, "/sign-up/email": SIGN_IN_LIMIT },
    },
    advanced: {
      ipAddress: {
        ipAddressHeaders: ["x-forwarded-for"],
        // Behind an ALB (and Elastic Beanstalk's nginx) the header has several entries; naming the
        // proxies lets better-auth take the first address that is not theirs. Without this, a
        // multi-entry header is not trusted and every client shares one rate-limit bucket.
        trustedProxies: (config.ROLLOUT_TRUSTED_PROXIES ?? "")
          .split(",")
          .map((entry) => entry.trim())
          .filter(Boolean),
      },
    },
    databaseHooks: {
      user: {
        create: {
          after: async (user) => {
            await learnerForNewUser(db(), { id: user.id, name: user.name });
          },
        },
      },
    },
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { rolloutAuth?: Auth };

/** Whether this deployment has accounts (ROLLOUT_AUTH=accounts) rather than one local learner. */
export function accountsEnabled(): boolean {
  return env().ROLLOUT_AUTH === "accounts";
}

/** The process-wide better-auth instance (accounts mode only). */
export function auth(): Auth {
  globalForAuth.rolloutAuth ??= createAuth();
  return globalForAuth.rolloutAuth;
}
