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

/** The account a learner belongs to, as better-auth hands it over. */
export interface AccountUser {
  id: string;
  name: string;
}

/**
 * Gives a new account its learner. The first account created claims the local learner, with all
 * the progress made in local mode, if nobody has claimed it yet; the conditional update makes the
 * claim atomic, so two sign-ups racing cannot both get it. Every later account starts empty.
 */
export async function learnerForNewUser(client: Db, user: AccountUser): Promise<LearnerDto & { claimed: boolean }> {
  const select = { id: true, displayName: true } as const;
  const existing = await client.learner.findUnique({ where: { userId: user.id }, select });
  if (existing) return { ...existing, claimed: false };
  const otherAccounts = await client.learner.count({ where: { userId: { not: null } } });
  if (otherAccounts === 0) {
    const claim = await client.learner.updateMany({
      where: { id: LOCAL_LEARNER_ID, userId: null },
      data: { userId: user.id, displayName: user.name, isLocalDefault: false },
    });
    if (claim.count === 1) return { id: LOCAL_LEARNER_ID, displayName: user.name, claimed: true };
  }
  try {
    const created = await client.learner.create({ data: { userId: user.id, displayName: user.name }, select });
    return { ...created, claimed: false };
  } catch (error) {
    if (isUniqueViolation(error))
      return { ...(await client.learner.findUniqueOrThrow({ where: { userId: user.id }, select })), claimed: false };
    throw error;
  }
}

/** The learner of a signed-in account (created on first use if the sign-up hook did not run). */
export async function learnerForUser(client: Db, user: AccountUser): Promise<LearnerDto> {
  const learner = await client.learner.findUnique({
    where: { userId: user.id },
    select: { id: true, displayName: true },
  });
  if (learner) return learner;
  const { id, displayName } = await learnerForNewUser(client, user);
  return { id, displayName };
}
