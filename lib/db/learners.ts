import type { Db } from "./client";

/** What the app shows of a learner; a plain object, never a Prisma model. */
export interface LearnerDto {
  id: string;
  displayName: string;
}

const LOCAL_LEARNER_ID = "local-learner";

/**
 * Makes sure the implicit local learner exists. Idempotent and safe when several instances
 * start together: the fixed id turns a race into a no-op upsert.
 */
export async function ensureLocalLearner(client: Db): Promise<LearnerDto> {
  const select = { id: true, displayName: true } as const;
  try {
    return await client.learner.upsert({
      where: { id: LOCAL_LEARNER_ID },
      update: {},
      create: { id: LOCAL_LEARNER_ID, displayName: "Local learner", isLocalDefault: true },
      select,
    });
  } catch (error) {
    // Prisma's upsert is read-then-write: on PostgreSQL two instances can both try the insert.
    // The loser sees a unique violation (P2002); the row it wanted is there, so read it.
    if (isUniqueViolation(error)) return client.learner.findUniqueOrThrow({ where: { id: LOCAL_LEARNER_ID }, select });
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** The implicit local learner (local mode), created on first use. */
export async function currentLocalLearner(client: Db): Promise<LearnerDto> {
  const learner = await client.learner.findUnique({
    where: { id: LOCAL_LEARNER_ID },
    select: { id: true, displayName: true },
  });
  return learner ?? ensureLocalLearner(client);
}
