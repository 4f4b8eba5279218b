import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { callAction } from "./actions";
import { expectAccessible } from "./fixtures";

// Runs against the second e2e server, started with ROLLOUT_AUTH=accounts (playwright.config.ts).
// Each browser context sends its own X-Forwarded-For, as a proxy would, so the sign-in rate limit
// counts each simulated person separately.

const PASSWORD = "correct horse battery";

function accountsDatabaseUrl(baseURL: string): string {
  return `file:${path.resolve("data", `e2e-${new URL(baseURL).port}`, "e2e.db")}`;
}

async function learnerContext(browser: Browser, address: string): Promise<BrowserContext> {
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
}

async function signUp(page: Page, name: string): Promise<string> {
  const email = `${name.toLowerCase()}-${test.info().testId}-${test.info().retry}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(".account-name")).toHaveText(name);
  return email;
}

/** Starts a 3-question custom exam, answers question 1 with option 1, and returns the attempt id. */
async function startExamAndAnswer(page: Page): Promise<string> {
  await page.goto("/exam");
  const custom = page.locator(".card", { has: page.getByRole("heading", { name: "Custom exam" }) });
  await custom.getByLabel("Questions").fill("3");
  await custom.getByLabel("Minutes").fill("30");
  await custom.getByRole("button", { name: "Start custom exam" }).click();
  await expect(page).toHaveURL(/\/exam\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Question 1 of/ })).toBeVisible();
  await page.keyboard.press("1");
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();
  return new URL(page.url()).pathname.split("/").at(-1) ?? "";
}

test("signed-out visitors are sent to sign in; the forms are accessible and explain bad input", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Email").fill("nobody@example.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".form-error")).toHaveText("That email and password do not match an account.");
  await expect(page.getByLabel("Email")).toHaveValue("nobody@example.test");
  await page.goto("/sign-up");
  await expectAccessible(page);
  const exported = await page.request.get("/api/export", { maxRedirects: 0 });
  expect(exported.status()).toBeGreaterThanOrEqual(300);
  expect(await exported.text()).not.toContain('"answers"');
});

test("two learners in two browsers never see each other's data, even by id", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const origin = baseURL ?? "";
  const ada = await learnerContext(browser, "10.20.0.1");
  const bo = await learnerContext(browser, "10.20.0.2");
  const adaPage = await ada.newPage();
  const boPage = await bo.newPage();

  await signUp(adaPage, "Ada");
  const attemptId = await startExamAndAnswer(adaPage);
  await signUp(boPage, "Bo");

  // Typing Ada's attempt URL: not found, for the runner and the results.
  for (const url of [`/exam/${attemptId}`, `/exam/${attemptId}/results`]) {
    const response = await boPage.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(boPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  // Calling the actions with Ada's id: not found, and nothing changes.
  const save = await callAction(bo.request, {
    baseURL: origin,
    pagePath: `/exam/${attemptId}`,
    action: "saveExamItem",
    args: [{ attemptId, position: 0, change: { selected: ["d"] } }],
  });
  expect(save.body).toContain(`Exam attempt ${attemptId} was not found.`);
  const submit = await callAction(bo.request, {
    baseURL: origin,
    pagePath: `/exam/${attemptId}`,
    action: "submitExam",
    args: [attemptId],
  });
  expect(submit.body).toContain(`Exam attempt ${attemptId} was not found.`);

  const client = createDb({ databaseUrl: accountsDatabaseUrl(origin) });
  const attempt = await client.examAttempt.findUniqueOrThrow({ where: { id: attemptId }, include: { items: true } });
  await client.$disconnect();
  expect(attempt.status).toBe("in_progress");
  expect(attempt.items.find((item) => item.position === 0)?.selected).not.toContain('"d"');
  expect(attempt.items.find((item) => item.position === 0)?.selected).not.toBe("[]");

  // Bo's pages and export hold nothing of Ada's.
  for (const url of ["/", "/exam", "/progress"]) {
    await boPage.goto(url);
    await expect(boPage.locator(`a[href*="${attemptId}"]`), url).toHaveCount(0);
  }
  const exportOf = (page: Page) => page.evaluate(() => fetch("/api/export").then((response) => response.text()));
  expect(await exportOf(boPage)).not.toContain(attemptId);
  expect(await exportOf(adaPage)).toContain(attemptId);

  // Ada still has her exam, with her answer.
  await adaPage.goto(`/exam/${attemptId}`);
  await expect(adaPage.getByRole("heading", { level: 2, name: /^Question/ })).toBeVisible();
  await ada.close();
  await bo.close();
});

test("signing out ends the session; signing in again brings the same progress back", async ({ browser }) => {
  const context = await learnerContext(browser, "10.20.0.3");
  const page = await context.newPage();
  const email = await signUp(page, "Cy");
  const attemptId = await startExamAndAnswer(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(`/exam/${attemptId}`);
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/exam");
  await expect(page.locator(`a[href*="${attemptId}"]`).first()).toBeVisible();
  await context.close();
});

test("sign-in is rate-limited per client address, with a clear message", async ({ browser }) => {
  const context = await learnerContext(browser, "10.20.0.99");
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("guess@example.test");
  await page.getByLabel("Password").fill("wrong password 1");
  const alert = page.locator(".form-error");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toHaveText("That email and password do not match an account.");
    await page.getByLabel("Password").fill(`wrong password ${attempt + 1}`);
  }
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toHaveText(/^Too many attempts from here\. Wait \d+ seconds and try again\.$/);
  // Another address is not affected.
  const other = await learnerContext(browser, "10.20.0.100");
  const response = await other.request.post("/api/auth/sign-in/email", {
    data: { email: "guess@example.test", password: "wrong password" },
  });
  expect(response.status()).toBe(401);
  await other.close();
  await context.close();
});
