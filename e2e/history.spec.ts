import { expect, test, type Locator, type Page } from "@playwright/test";
import { bankQuestion } from "./bank";
import { expectAccessible } from "./fixtures";

// Every e2e test shares one learner and runs beside others (one of which resets all progress), so
// this spec reads the history before and after its own answers and asserts only what those add.

const AREA = "CodeDeploy and CI/CD";
const ANSWERED = 3;

interface Counts {
  answers: number;
  right: number;
}

interface Snapshot {
  today: Counts;
  areaThisWeek: Counts;
}

const counts = (match: RegExpMatchArray | null, answers = 1, right = 2): Counts =>
  match ? { answers: Number(match[answers]), right: Number(match[right]) } : { answers: 0, right: 0 };

/** Opens every "Show … as a table" disclosure of the History section. */
async function openTables(history: Locator): Promise<void> {
  const toggles = history.locator("details:not([open]) > summary");
  while ((await toggles.count()) > 0) await toggles.first().click();
}

/** Today's answers and this week's answers in the area, read from the History tables. */
async function readHistory(page: Page): Promise<Snapshot> {
  await page.goto("/progress#history");
  const history = page.locator("section#history");
  await expect(history.getByRole("heading", { level: 2, name: "History" })).toBeVisible();
  if ((await history.getByText("No history yet.").count()) > 0) {
    return { today: { answers: 0, right: 0 }, areaThisWeek: { answers: 0, right: 0 } };
  }
  await openTables(history);
  const todayCells = await history
    .getByRole("row", { name: /\(today\)/ })
    .getByRole("cell")
    .allInnerTexts();
  // "Answers (right)" reads "3 (1)", or "0" on a day without answers.
  const today = counts(/^(\d+) \((\d+)\)$/.exec(todayCells[0]?.trim() ?? ""));
  const accuracy = history.getByRole("table", { name: /Right answers by area and week/ });
  const columns = (await accuracy.getByRole("columnheader").allInnerTexts()).map((text) => text.trim());
  const column = columns.indexOf(AREA);
  if (column < 1) return { today, areaThisWeek: { answers: 0, right: 0 } };
  const weekCells = await accuracy
    .getByRole("row", { name: /\(this week\)/ })
    .getByRole("cell")
    .allInnerTexts();
  const cell = weekCells[column - 1]?.trim() ?? "";
  const match = /^(\d+)% \((\d+) of (\d+)\)$/.exec(cell);
  if (match) expect(Number(match[1]), cell).toBe(Math.round((100 * Number(match[2])) / Number(match[3])));
  return { today, areaThisWeek: counts(match, 3, 2) };
}

/** Answers the current question; rightly only when it is not an ordering question (kept simple). */
async function answer(page: Page, rightly: boolean): Promise<boolean> {
  const id = await page.locator("article.question").getAttribute("data-question-id");
  const question = bankQuestion(id ?? "");
  const right = rightly && question.type !== "order";
  if (question.type === "order") {
    // The listed order is never the key, so submitting it as shown is a wrong answer.
    await page.getByRole("button", { name: /Submit answer/ }).click();
  } else {
    const wrong = question.options.map((o) => o.id).filter((o) => !question.answer.includes(o));
    for (const option of right ? question.answer : wrong.slice(0, question.answer.length)) {
      await page.keyboard.press(option);
    }
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { level: 2, name: right ? "Correct" : "Not quite" })).toBeVisible();
  return right;
}

/** A short CodeDeploy practice session through the UI; returns how many answers were right. */
async function practise(page: Page): Promise<number> {
  await page.goto("/practice");
  await page.getByRole("checkbox", { name: /CodeDeploy and CI\/CD/ }).check();
  await page.getByRole("radio", { name: /^All/ }).check();
  await page.getByLabel("Number of questions").fill(String(ANSWERED));
  await page.getByRole("button", { name: "Start practice" }).click();
  await expect(page).toHaveURL(/\/practice\/[A-Za-z0-9_-]+$/);
  let right = 0;
  for (let index = 0; index < ANSWERED; index++) {
    await expect(page.getByText(`Question ${index + 1} of ${ANSWERED}`)).toBeVisible();
    if (await answer(page, index === 0)) right += 1;
    if (index < ANSWERED - 1) await page.keyboard.press("n");
  }
  return right;
}

/** Answers through the UI, then finds the answers in the History section, in light and dark, wide and 360 px. */
async function practiseAndFindIt(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: "light" });
  const before = await readHistory(page);
  const right = await practise(page);
  const after = await readHistory(page);
  expect(after.today.answers).toBeGreaterThanOrEqual(before.today.answers + ANSWERED);
  expect(after.today.right).toBeGreaterThanOrEqual(before.today.right + right);
  expect(after.areaThisWeek.answers).toBeGreaterThanOrEqual(before.areaThisWeek.answers + ANSWERED);
  expect(after.areaThisWeek.right).toBeGreaterThanOrEqual(before.areaThisWeek.right + right);

  const history = page.locator("section#history");
  // The e2e database is created for this run, so every activity in it is from today.
  await expect(history.locator("dl > div", { hasText: "Current streak" }).locator("dd")).toHaveText("1 day");
  await expect(history.getByText("Today counts already.")).toBeVisible();
  await expect(history.getByRole("img", { name: /Study time and activity, last 28 days/ })).toBeVisible();
  await expect(history.getByRole("img", { name: new RegExp(`^${AREA}: \\d+% right`) })).toBeVisible();
  await expect(history.getByText(/Days and weeks are counted in UTC \(the default/)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/");
  await expect(page.getByTestId("dashboard-streak")).toHaveText(/^Study streak: 1 day \(today counts already\)\./);
  await page.getByRole("link", { name: "History: scores, accuracy and study time" }).click();
  await expect(page).toHaveURL(/\/progress#history$/);

  // With charts and open tables on the page: 360 px wide without sideways scrolling, dark theme.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await openTables(history);
  expect(await history.getByRole("table").count()).toBeGreaterThanOrEqual(2);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
}

test("practice answers show up in today's row, the streak and this week's accuracy for the area", async ({ page }) => {
  test.setTimeout(150_000);
  // progress.spec.ts may reset all progress while this runs; then the counts drop and it tries again.
  await expect(() => practiseAndFindIt(page)).toPass({ timeout: 120_000, intervals: [500] });
});

test("a learner can count days in their own time zone", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  const page = await context.newPage();
  await page.goto("/progress#history");
  const history = page.locator("section#history");
  await history.getByRole("button", { name: "Use my time zone (Asia/Tokyo)" }).click();
  await expect(history.getByText(/Days and weeks are counted in Asia\/Tokyo\./)).toBeVisible();
  await expect(history.getByRole("button", { name: /Use my time zone/ })).toHaveCount(0);
  await page.reload();
  await expect(history.getByText(/Days and weeks are counted in Asia\/Tokyo\./)).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === "rollout-tz")?.value).toBe("Asia/Tokyo");
  await context.close();
});
