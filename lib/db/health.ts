import type { Db } from "./client";

export type HealthReport = { status: "ok"; db: "ok" } | { status: "error"; db: "error"; reason: string };

/** Asks the database a trivial question with a deadline, so a hung connection reports as down. */
export async function checkHealth(client: Db, timeoutMs = 2_000): Promise<HealthReport> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([client.$queryRawUnsafe("SELECT 1"), deadline]);
    return { status: "ok", db: "ok" };
  } catch (error) {
    return { status: "error", db: "error", reason: (error as Error).message.split("\n")[0] ?? "unknown error" };
  } finally {
    clearTimeout(timer);
  }
}
