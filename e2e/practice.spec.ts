import { expect, test, type Page } from "@playwright/test";
import { bankQuestion, rationaleFragments } from "./bank";
import { expectAccessible } from "./fixtures";

async function startCodeDeploySession(page: Page, count: number): Promise<void> {
  await page.goto("/practice");
  await page.getByRole("checkbox", { name: /CodeDeploy and CI\/CD/ }).check();
  await page.getByRole("radio", { name: /^All/ }).check();
  await page.getByLabel("Number of questions").fill(String(count));
  await page.getByRole("button", { name: "Start practice" }).click();
  await expect(page).toHaveURL(/\/practice\/[A-Za-z0-9_-]+$/);
}

async function currentQuestionId(page: Page): Promise<string> {
  const id = await page.locator("article.question").getAttribute("data-question-id");
  if (!id) throw new Error("no question on the page");
  return id;
}

/** Moves each step up until the list matches the key (a selection sort driven by the Move buttons). */
async function putInOrder(page: Page, question: ReturnType<typeof bankQuestion>): Promise<void> {
  const plain = (id: string) =>
    question.options
      .find((o) => o.id === id)
      ?.text.replace(/[`*]/g, "")
      .trim() ?? "~";
  for (const [target, id] of question.answer.entries()) {
    const texts = (await page.locator(".order-step > span:first-child").allInnerTexts()).map((t) => t.trim());
    for (let at = texts.indexOf(plain(id)); at > target; at--) {
      await page.getByRole("button", { name: `Move step ${at + 1} up` }).click();
    }
  }
}

/** Answers the current question right or wrong on purpose, using the bank the test reads from disk. */
async function answer(page: Page, rightly: boolean): Promise<void> {
  const question = bankQuestion(await currentQuestionId(page));
  if (question.type === "order") {
    // The listed order is never the key (the bank requires it scrambled), so "wrongly" submits it as shown.
    if (rightly) await putInOrder(page, question);
  } else {
    const wanted = rightly
      ? question.answer
      : question.options
          .map((o) => o.id)
          .filter((id) => !question.answer.includes(id))
          .slice(0, question.answer.length);
    for (const id of wanted) await page.keyboard.press(id);
  }
  // Enter submits from anywhere but a button (where it presses the button), so order questions click Submit.
  if (question.type === "order") await page.getByRole("button", { name: /Submit answer/ }).click();
  else await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: /Correct|Not quite/ })).toBeVisible();
}

test("a 10-question CodeDeploy session is answered, explained and summarised; misses become due; a reload loses nothing", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startCodeDeploySession(page, 10);
  for (let index = 0; index < 10; index++) {
    await expect(page.getByText(`Question ${index + 1} of 10`)).toBeVisible();
    const question = bankQuestion(await currentQuestionId(page));
    await answer(page, index % 3 !== 0);
    await expect(
      page.getByRole("heading", { level: 2, name: index % 3 !== 0 ? "Correct" : "Not quite" }),
    ).toBeVisible();
    await expect(page.locator(".rationales li")).toHaveCount(question.options.length);
    await expect(page.getByRole("link", { name: /: / }).first()).toBeVisible();
    if (index === 0) await expectAccessible(page);
    if (index === 4) {
      await page.reload();
      await expect(page.getByText("Question 6 of 10")).toBeVisible();
      continue;
    }
    await page.keyboard.press("n");
  }
  await expect(page.getByRole("heading", { level: 1, name: "Practice summary" })).toBeVisible();
  await expect(page.getByText(/You answered 6 of 10 correctly \(60%\)/)).toBeVisible();
  await expect(page.getByRole("table", { name: /Results by topic/ })).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByText(/You answered 6 of 10 correctly/)).toBeVisible();

  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 2, name: /^\d+ questions? due$/ })).toBeVisible();
  const heading = await page.getByRole("heading", { level: 2, name: /due$/ }).innerText();
  expect(Number(heading.split(" ")[0])).toBeGreaterThanOrEqual(4);
  await expect(page.locator(".due-badge")).toHaveText(/^\d+$/);
  await expectAccessible(page);
  await page.getByRole("button", { name: /Review \d+ now/ }).click();
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
});

test("the key and rationales never reach the browser before the answer is submitted", async ({ page, request }) => {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (/html|text\/x-component|json|javascript/.test(type)) bodies.push(await response.text().catch(() => ""));
  });
  await startCodeDeploySession(page, 3);
  const question = bankQuestion(await currentQuestionId(page));
  const fragments = rationaleFragments(question);
  expect(fragments.length).toBeGreaterThan(0);
  const rsc = await request.get(page.url(), { headers: { RSC: "1" } });
  bodies.push(await rsc.text(), await page.content());
  for (const fragment of fragments) {
    for (const body of bodies) expect(body.includes(fragment), `"${fragment}" leaked before answering`).toBe(false);
  }
  expect(bodies.some((body) => body.includes(`"answer":[`))).toBe(false);
  await answer(page, true);
  await expect(page.locator(".rationales")).toContainText(fragments[0] ?? "");
});

test("the builder explains bad input and keeps the learner's choices", async ({ page }) => {
  await page.goto("/practice");
  await page.getByRole("checkbox", { name: /X-Ray/ }).check();
  await page.getByLabel("Number of questions").fill("0");
  await page.getByLabel("Number of questions").evaluate((input: HTMLInputElement) => input.removeAttribute("min"));
  await page.getByRole("button", { name: "Start practice" }).click();
  await expect(page.locator("#builder-error")).toHaveText("Ask for at least 1 question.");
  await expect(page.getByRole("checkbox", { name: /X-Ray/ })).toBeChecked();
  await expectAccessible(page);
});

test("a learner can report a problem with a question and find it listed", async ({ page }) => {
  await startCodeDeploySession(page, 1);
  const id = await currentQuestionId(page);
  await answer(page, true);
  await page.getByText("Report a problem with this question").click();
  await page.getByLabel("What is wrong?").fill("The second rationale cites an outdated limit.");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("status")).toContainText("your report was saved");
  await page.goto("/practice/reports");
  await expect(page.getByRole("row", { name: new RegExp(id) })).toContainText("outdated limit");
});

test("another session id is not found", async ({ page }) => {
  const response = await page.goto("/practice/not-a-real-session");
  expect(response?.status()).toBe(404);
});
