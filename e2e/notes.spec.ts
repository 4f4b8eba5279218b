import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures";

const NOTE = "/notes/elastic-beanstalk/deployment-policies";

test("open a note from the index and jump through its table of contents", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/notes");
  await expect(page.getByRole("heading", { level: 1, name: "Study notes" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /Elastic Beanstalk deployment policies/ }).click();
  await expect(page).toHaveURL(new RegExp(`${NOTE}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Elastic Beanstalk deployment policies");
  const contents = page.getByRole("navigation", { name: "On this page" });
  await contents.getByRole("link", { name: "Immutable", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${NOTE}#immutable$`));
  await expect(page.locator("h2#immutable")).toBeInViewport();
  await expect(page.getByRole("link", { name: /Next|→/ }).last()).toBeVisible();
  await expectAccessible(page);
});

test("search 'immutable' with the keyboard and land on the Elastic Beanstalk section", async ({ page }) => {
  await page.goto("/");
  await page.locator("body").press("/");
  const input = page.getByRole("combobox", { name: "Search notes" });
  await expect(input).toBeFocused();
  await input.fill("immutable");
  const first = page.getByRole("option").first();
  await expect(first).toContainText(/Immutable/i);
  await expect(first).toContainText("Elastic Beanstalk");
  await expectAccessible(page);
  await input.press("Enter");
  await expect(page).toHaveURL(/\/notes\/elastic-beanstalk\/[a-z-]+#[a-z-]*immutable/);
  const anchor = new URL(page.url()).hash;
  await expect(page.locator(anchor)).toBeInViewport();
});

test("Ctrl-K opens search too, and Escape closes it", async ({ page }) => {
  await page.goto("/notes");
  // The shortcut works once the page has hydrated; on a loaded machine that can take a moment.
  await expect(async () => {
    await page.keyboard.press("Control+k");
    await expect(page.getByRole("combobox", { name: "Search notes" })).toBeFocused({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("combobox", { name: "Search notes" })).toBeHidden();
});

test("a section marked read stays read after a reload and counts on the index", async ({ page }) => {
  await page.goto("/notes/ecs/placement");
  const contents = page.getByRole("navigation", { name: "On this page" });
  const box = contents.getByRole("checkbox").first();
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(contents.getByText(/^[1-9]\d* of \d+ sections read$/)).toBeVisible();
  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.getByRole("navigation", { name: "On this page" }).getByRole("checkbox").first()).toBeChecked();
  await page.goto("/notes");
  await expect(page.getByText(/[1-9]\d* of \d+ sections read \(\d+%\)/).first()).toBeVisible();
});

test("glossary terms explain themselves on focus, and the glossary and cheat sheet pass axe", async ({ page }) => {
  await page.goto(NOTE);
  const term = page.locator(".term-link").first();
  await term.focus();
  const tipId = await term.getAttribute("aria-describedby");
  await expect(page.locator(`[id="${tipId}"]`)).toBeVisible();
  await page.goto("/notes/glossary");
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/notes/elastic-beanstalk/cheatsheet");
  await expect(page.getByRole("heading", { level: 1, name: /cheat sheet/ })).toBeVisible();
  await expectAccessible(page);
});

test("a comparison table sorts and filters", async ({ page }) => {
  await page.goto(NOTE);
  const table = page.locator(".compare-table").first();
  await table.getByRole("button").first().click();
  await expect(table.locator("th[aria-sort='ascending']")).toHaveCount(1);
  const rowsBefore = await table.locator("tbody tr").count();
  await table.getByRole("searchbox").fill("immutable");
  const rowsAfter = await table.locator("tbody tr").count();
  expect(rowsAfter).toBeGreaterThan(0);
  expect(rowsAfter).toBeLessThanOrEqual(rowsBefore);
});

test("a quick check in a note is answered in place and graded on the server", async ({ page }) => {
  await page.goto("/notes/ecs/placement");
  const check = page.getByRole("complementary", { name: "Quick check" });
  const first = check.locator(".quick-question").first();
  await first.locator(".option").first().click();
  if (await first.getByText(/Choose \d answers/).count()) await first.locator(".option").nth(1).click();
  await first.getByRole("button", { name: "Check answer" }).click();
  await expect(first.getByRole("status")).toContainText(/Correct|Not quite/);
  await expect(first.locator(".rationales li").first()).toBeVisible();
  await expectAccessible(page);
});

test("search finds practice questions too, and a result opens a one-question session", async ({ page }) => {
  await page.goto("/notes");
  await page.locator("body").press("/");
  await page.getByRole("combobox", { name: "Search notes" }).fill("dynamic port mapping");
  const question = page.getByRole("option").filter({ hasText: "Practice question" }).first();
  await question.click();
  await expect(page).toHaveURL(/\/practice\/question\//);
  await page.getByRole("button", { name: "Answer this question" }).click();
  await expect(page.getByText("Question 1 of 1")).toBeVisible();
});
