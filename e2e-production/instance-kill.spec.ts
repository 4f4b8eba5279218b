// Two `next start` instances on one PostgreSQL database behind the round-robin proxy: a learner
// takes a DVA-C02 exam across both while one is killed (SIGKILL) and later started again.
import { expect, test } from "@playwright/test";
import {
  answerAndNext,
  expectAllSaved,
  renderedClock,
  shownSecondsLeft,
  startDvaExam,
  storedAnswers,
} from "./exam-page";
import { attachLogs, freshSharedDatabase, startStack, type Stack } from "./stack";

let stack: Stack | undefined;
let database: ReturnType<typeof freshSharedDatabase> | undefined;

test.beforeAll(async () => {
  database = freshSharedDatabase();
  stack = await startStack(database.databaseUrl, 2);
});

test.afterEach(async ({}, testInfo) => attachLogs(stack, testInfo));

test.afterAll(async () => {
  await stack?.stop();
  database?.drop();
});

test("an exam taken across two instances, one killed mid-exam, loses no answer and keeps its deadline", async ({
  page,
}) => {
  test.setTimeout(180_000);
  if (!stack) throw new Error("no stack");
  const { proxy, cluster, client } = stack;
  const given = new Map<number, string[]>();

  // Both instances started together on an empty database: one applied the migrations, once.
  const migrated = cluster.urls.filter((_, i) => cluster.log(i, 500).includes("rollout: applied migrations"));
  expect(migrated, "exactly one instance applied the migrations").toHaveLength(1);
  const history = await client.$queryRawUnsafe<{ n: bigint; names: bigint }[]>(
    `SELECT count(*) AS n, count(DISTINCT migration_name) AS names FROM "_prisma_migrations"`,
  );
  expect(history[0]?.n).toBe(history[0]?.names);

  const attemptId = await startDvaExam(page, proxy.url);
  // The runner came in by client navigation; a full load inlines the clock it was given.
  await page.reload();
  const before = await renderedClock(page);
  const row = await client.examAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  expect(before.deadline.toISOString()).toBe(row.deadline.toISOString());
  expect(row.deadline.getTime() - row.startedAt.getTime()).toBe(130 * 60_000);

  for (let position = 0; position < 5; position++) given.set(position, await answerAndNext(page, position));
  await expectAllSaved(page);
  expect(
    proxy.stats.served.every((n) => n > 0),
    "both instances served the exam",
  ).toBe(true);

  const servedByB = proxy.stats.served[1] ?? 0;
  const pidOfA = cluster.pids()[0];
  await cluster.kill(0);
  for (let position = 5; position < 10; position++) given.set(position, await answerAndNext(page, position));
  await expectAllSaved(page);
  expect(proxy.stats.retried, "requests that found A gone were sent to B").toBeGreaterThan(0);
  expect(proxy.stats.failed, "no request reached the learner as a failure").toBe(0);
  expect(proxy.stats.served[1], "B took over").toBeGreaterThan(servedByB + 5);

  await cluster.restart(0);
  expect(cluster.pids()[0]).not.toBe(pidOfA);
  const servedByA = proxy.stats.served[0] ?? 0;
  // Back in rotation once its down-mark (2 s after the last refused connection) runs out.
  await expect
    .poll(
      async () => {
        await fetch(`${proxy.url}/api/health`);
        return proxy.stats.served[0];
      },
      { message: "A serves again after its restart", timeout: 10_000 },
    )
    .toBeGreaterThan(servedByA);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: /^Question 11 of 65/ })).toBeVisible();
  for (const position of given.keys())
    await expect(page.getByRole("button", { name: `Question ${position + 1}: answered`, exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 11: unanswered" })).toBeVisible();

  const after = await renderedClock(page);
  expect(after.deadline.toISOString(), "the deadline did not move").toBe(before.deadline.toISOString());
  const fromServer = (after.deadline.getTime() - after.serverNow.getTime()) / 1000;
  const shown = await shownSecondsLeft(page);
  expect(shown).toBeLessThanOrEqual(Math.ceil(fromServer));
  expect(shown, "the timer counts down from the server's deadline").toBeGreaterThan(fromServer - 10);

  given.set(10, await answerAndNext(page, 10));
  given.set(11, await answerAndNext(page, 11));
  await expectAllSaved(page);

  const stored = await storedAnswers(client, attemptId);
  expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(given));
  expect((await client.examAttempt.findUniqueOrThrow({ where: { id: attemptId } })).deadline).toEqual(row.deadline);

  await page.keyboard.press("r");
  const review = page.getByRole("region", { name: "Review before submitting" });
  await expect(review).toContainText(`${given.size} of 65 answered`);
  await review.getByRole("button", { name: "Submit exam" }).click();
  await expect(page).toHaveURL(/\/results$/, { timeout: 30_000 });
  await expect(page.getByText(`${given.size} of 65 answered.`)).toBeVisible();

  const answers = await client.answer.findMany({
    where: { source: "exam", learnerId: row.learnerId },
    select: { questionId: true, selected: true },
  });
  const items = await client.examAttemptItem.findMany({
    where: { attemptId },
    select: { position: true, questionId: true },
  });
  const questionAt = new Map(items.map((item) => [item.position, item.questionId]));
  expect(answers, "each answer recorded once").toHaveLength(given.size);
  expect(new Set(answers.map((a) => a.questionId)).size).toBe(given.size);
  for (const [position, selected] of given) {
    const answer = answers.find((a) => a.questionId === questionAt.get(position));
    expect(answer?.selected, `answer to question ${position + 1}`).toBe(JSON.stringify(selected));
  }
});
