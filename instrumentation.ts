// Next.js calls register() once when a server process starts: validate the configuration,
// migrate the database and create the local learner before the first request is served.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { InvalidEnvironmentError, env } = await import("@/lib/env");
  try {
    env();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { prepareDatabase } = await import("@/lib/db/bootstrap");
  const applied = await prepareDatabase();
  if (applied.length > 0) console.log(`rollout: applied migrations ${applied.join(", ")}`);
}
