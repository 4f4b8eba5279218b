// PostgreSQL goes away in the middle of an exam and comes back (scripts/production/postgres-outage.mjs:
// a real restart of a private server, or, where that cannot run, the database closed to connections).
// Two instances behind the proxy keep running throughout: nothing restarts them.
import { expect, test } from "@playwright/test";
import { databaseWithOutage, type DatabaseWithOutage } from "../scripts/production/postgres-outage.mjs";
import { answerAndNext, expectAllSaved, saveStatus, startDvaExam, storedAnswers } from "./exam-page";
import { attachLogs, startStack, type Stack } from "./stack";

let outage: DatabaseWithOutage | undefined;
let stack: Stack | undefined;

test.beforeAll(async () => {
  outage = await databaseWithOutage();
  stack = await startStack(outage.databaseUrl, 2);
});

test.afterEach(async ({}, testInfo) => attachLogs(stack, testInfo));

test.afterAll(async () => {
  await stack?.stop();
  await outage?.close();
});

async function health(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${url}/api/health`);
  return { status: response.status, body: await response.text() };
}

test("saves during a PostgreSQL restart show an error, then land; nothing acknowledged is lost", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  if (!stack || !outage) throw new Error("no stack");
  const { proxy, cluster, client } = stack;
  testInfo.annotations.push({ type: "outage", description: outage.mode });
  const given = new Map<number, string[]>();

  const attemptId = await startDvaExam(page, proxy.url);
  for (let position = 0; position < 3; position++) given.set(position, await answerAndNext(page, position));
  await expectAllSaved(page);
  const pids = cluster.pids();

  await outage.begin();
  try {
    for (let position = 3; position < 5; position++) given.set(position, await answerAndNext(page, position));
    // The runner's message for a save that failed and will be sent again (lib/stores/exam-store.ts).
    await expect(saveStatus(page)).toHaveText(/^Not saved yet: .+ Retrying…$/);
    await expect(saveStatus(page)).toHaveClass(/save-error/);
    await expect(page.getByRole("button", { name: "Question 5: answered", exact: true })).toBeVisible();
    for (const url of cluster.urls) {
      const report = await health(url);
      expect(report.status, `${url} reports the database down`).toBe(503);
      expect(JSON.parse(report.body)).toMatchObject({ status: "error", db: "error" });
    }
    // Still failing a few seconds later: the runner keeps the answers and keeps retrying.
    await page.waitForTimeout(3_000);
    await expect(saveStatus(page)).toHaveText(/^Not saved yet/);
  } finally {
    await outage.end();
  }

  await expectAllSaved(page, 30_000);
  for (const url of cluster.urls) expect((await health(url)).status, `${url} recovered`).toBe(200);
  expect(cluster.pids(), "no instance was restarted").toEqual(pids);
  expect(Object.fromEntries(await storedAnswers(client, attemptId))).toEqual(Object.fromEntries(given));

  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: /^Question 6 of 65/ })).toBeVisible();
  for (const position of given.keys())
    await expect(page.getByRole("button", { name: `Question ${position + 1}: answered`, exact: true })).toBeVisible();
  given.set(5, await answerAndNext(page, 5));
  await expectAllSaved(page);
  await page.keyboard.press("r");
  await page
    .getByRole("region", { name: "Review before submitting" })
    .getByRole("button", { name: "Submit exam" })
    .click();
  await expect(page).toHaveURL(/\/results$/, { timeout: 30_000 });
  await expect(page.getByText(`${given.size} of 65 answered.`)).toBeVisible();
  expect(Object.fromEntries(await storedAnswers(client, attemptId))).toEqual(Object.fromEntries(given));
  expect(await client.answer.count({ where: { source: "exam" } }), "each answer recorded once").toBe(given.size);
});
