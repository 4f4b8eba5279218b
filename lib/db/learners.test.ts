import { afterEach, describe, expect, it } from "vitest";
import type { ScratchDatabase } from "@/scripts/lib/scratch-database";
import { createAttempt, getAttempt, saveItem } from "./attempts";
import { createDb, type Db } from "./client";
import { AttemptNotFoundError } from "./errors";
import { ensureLocalLearner, learnerForNewUser, learnerForUser } from "./learners";
import { migrate } from "./migrations";
import { recordSectionRead } from "./reading";
import { createTestDatabase, providerUnderTest } from "./test-database";

const open: { database: ScratchDatabase; client: Db }[] = [];
async function migratedClient(): Promise<Db> {
  const database = await createTestDatabase();
  await migrate({ databaseUrl: database.url });
  const client = createDb({ databaseUrl: database.url });
  open.push({ database, client });
  return client;
}

afterEach(async () => {
  for (const { database, client } of open.splice(0)) {
    await client.$disconnect();
    await database.drop();
  }
});

async function addUser(client: Db, id: string, name = id): Promise<{ id: string; name: string }> {
  await client.user.create({ data: { id, name, email: `${id}@example.test` } });
  return { id, name };
}

const now = new Date("2026-06-01T09:00:00Z");
const blueprint = {
  id: "custom",
  title: "T",
  description: "d",
  questionCount: 1,
  minutes: 30,
  unscoredCount: 0,
  passScaled: 720,
  sections: [{ id: "c", title: "c", weight: 1, match: {} }],
};

describe(`accounts and learners on ${providerUnderTest}`, () => {
  it("lets the first account claim the local learner with its progress; the next account starts empty", async () => {
    const client = await migratedClient();
    const local = await ensureLocalLearner(client);
    await recordSectionRead(client, {
      learnerId: local.id,
      noteSlug: "ecs/placement",
      sectionId: "binpack",
      source: "marked",
    });

    const first = await learnerForNewUser(client, await addUser(client, "ada", "Ada"));
    expect(first).toEqual({ id: local.id, displayName: "Ada", claimed: true });
    expect(await client.noteSectionRead.count({ where: { learnerId: first.id } })).toBe(1);

    const second = await learnerForNewUser(client, await addUser(client, "bo", "Bo"));
    expect(second.claimed).toBe(false);
    expect(second.id).not.toBe(local.id);
    expect(await client.noteSectionRead.count({ where: { learnerId: second.id } })).toBe(0);
    expect(await learnerForUser(client, { id: "bo", name: "Bo" })).toEqual({ id: second.id, displayName: "Bo" });
  });

  it("gives the local learner to exactly one of two accounts created at the same moment", async () => {
    const client = await migratedClient();
    await ensureLocalLearner(client);
    const users = await Promise.all(["cy", "di"].map((id) => addUser(client, id)));
    const results = await Promise.all(users.map((user) => learnerForNewUser(client, user)));
    expect(results.filter((result) => result.claimed)).toHaveLength(1);
    expect(new Set(results.map((result) => result.id)).size).toBe(2);
  });

  it("creates a fresh learner when there is no local progress to claim, once per account", async () => {
    const client = await migratedClient();
    const user = await addUser(client, "eve");
    const [a, b] = await Promise.all([learnerForUser(client, user), learnerForUser(client, user)]);
    expect(a).toEqual(b);
    expect(await client.learner.count()).toBe(1);
  });

  it("never lets one learner read or write another learner's attempt", async () => {
    const client = await migratedClient();
    const owner = await learnerForUser(client, await addUser(client, "fay"));
    const intruder = await learnerForUser(client, await addUser(client, "gus"));
    const attemptId = await createAttempt(client, {
      learnerId: owner.id,
      blueprint,
      seed: 1,
      realistic: false,
      items: [{ questionId: "q-x-001", sectionId: "c", scored: true }],
      now,
    });
    const grade = () => ({ correct: true, domain: "D1" as const, area: "ecs" as const });
    await expect(getAttempt(client, intruder.id, attemptId, now, grade)).rejects.toBeInstanceOf(AttemptNotFoundError);
    await expect(
      saveItem(client, { learnerId: intruder.id, attemptId, position: 0, change: { selected: ["a"] }, now }),
    ).rejects.toBeInstanceOf(AttemptNotFoundError);
    const item = await client.examAttemptItem.findUniqueOrThrow({
      where: { attemptId_position: { attemptId, position: 0 } },
    });
    expect(item.selected).toBe("[]");
  });
});
