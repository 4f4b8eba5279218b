import { expect, test, type Page } from "@playwright/test";
import { createAttempt } from "@/lib/db/attempts";
import { createDb } from "@/lib/db/client";
import { bankQuestion, rationaleFragments } from "./bank";
import { e2eDatabaseUrl, expectAccessible } from "./fixtures";

async function startCustomExam(page: Page, count: number, minutes: number): Promise<void> {
  await page.goto("/exam");
  const custom = page.locator(".card", { has: page.getByRole("heading", { name: "Custom exam" }) });
  await custom.getByLabel("Questions").fill(String(count));
  await custom.getByLabel("Minutes").fill(String(minutes));
  await custom.getByRole("button", { name: "Start custom exam" }).click();
  await expect(page).toHaveURL(/\/exam\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Question 1 of/ })).toBeVisible();
}

const questionId = (page: Page) => page.locator("[data-question-id]").getAttribute("data-question-id");

/** Chooses answers with the keyboard: the first option, or the first N for multi, or keeps the order. */
async function answerCurrent(page: Page): Promise<void> {
  const question = bankQuestion((await questionId(page)) ?? "");
  if (question.type === "order") await page.getByRole("button", { name: "Keep this order as my answer" }).click();
  else for (let i = 1; i <= question.answer.length; i++) await page.keyboard.press(String(i));
}

test("a 5-question, 2-minute custom exam end to end, keys arriving only after submission", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const bodies: string[] = [];
  page.on("response", async (response) => {
    if (/html|x-component|json|text\/plain/.test(response.headers()["content-type"] ?? ""))
      bodies.push(await response.text().catch(() => ""));
  });
  await startCustomExam(page, 5, 2);
  await expect(page.locator(".exam-timer time")).toHaveText(/^[12]:\d\d$/);
  await expectAccessible(page);
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    ids.push((await questionId(page)) ?? "");
    if (i !== 2) await answerCurrent(page);
    if (i === 1) await page.keyboard.press("m");
    await page.keyboard.press("n");
  }
  const review = page.getByRole("region", { name: "Review before submitting" });
  await expect(review).toBeVisible();
  await expect(review.getByRole("button", { name: "Question 3" }).first()).toBeVisible();
  await expect(review.getByText("Flagged for review (1)")).toBeVisible();
  await expect(page.getByRole("button", { name: /Question 2: answered, flagged/ })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();
  bodies.push(await (await request.get(page.url(), { headers: { RSC: "1" } })).text(), await page.content());
  for (const id of ids) {
    for (const fragment of rationaleFragments(bankQuestion(id))) {
      for (const body of bodies)
        expect(body.includes(fragment), `"${fragment}" reached the browser before submission`).toBe(false);
    }
  }
  await review.getByRole("button", { name: "Submit exam" }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole("heading", { level: 1, name: /\d+ \/ 1000/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /D1 Development/ })).toBeVisible();
  await expect(page.getByText(/Question 3: unanswered/)).toBeVisible();
  await expectAccessible(page);
  await page.getByText(/^Question 1:/).click();
  await expect(page.locator(".exam-review-list details[open] .rationales li").first()).toBeVisible();
  await page.goto("/exam");
  await expect(page.getByRole("table", { name: /Your exams/ })).toContainText("Custom exam");
});

test("a reload in the middle keeps the answers, the place and the time", async ({ page }) => {
  await startCustomExam(page, 5, 2);
  await answerCurrent(page);
  await page.keyboard.press("n");
  await expect(page.getByRole("heading", { level: 2, name: /^Question 2 of 5/ })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();
  // Over 2 s, so even a timer that rounds up must show less than 1:59.
  await page.waitForTimeout(2_500);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: /^Question 2 of 5/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 1: answered" })).toBeVisible();
  const shown = await page.locator(".exam-timer time").innerText();
  const [minutes, seconds] = shown.split(":").map(Number);
  expect((minutes ?? 9) * 60 + (seconds ?? 0)).toBeLessThan(119);
});

test("an attempt whose deadline passed while the page was closed is found graded", async ({ page }) => {
  const client = createDb({ databaseUrl: e2eDatabaseUrl() });
  await page.goto("/exam");
  const learner = await client.learner.findFirstOrThrow({ where: { isLocalDefault: true } });
  const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
  const blueprint = {
    id: "custom",
    title: "Closed-tab exam",
    description: "e2e",
    questionCount: 2,
    minutes: 5,
    unscoredCount: 0,
    passScaled: 720,
    sections: [{ id: "custom", title: "All", weight: 1, match: {} }],
  };
  const attemptId = await createAttempt(client, {
    learnerId: learner.id,
    blueprint,
    seed: 1,
    realistic: false,
    items: ["cd-appspec-001", "cd-appspec-002"].map((questionId) => ({
      questionId,
      sectionId: "custom",
      scored: true,
    })),
    now: tenMinutesAgo,
  });
  await client.$disconnect();
  await page.goto(`/exam/${attemptId}`);
  await expect(page).toHaveURL(new RegExp(`/exam/${attemptId}/results$`));
  await expect(page.getByText(/Time ran out, so the attempt was graded/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "100 / 1000 · Not yet a pass" })).toBeVisible();
});

test("an unknown attempt is not found", async ({ page }) => {
  expect((await page.goto("/exam/not-an-attempt"))?.status()).toBe(404);
});
