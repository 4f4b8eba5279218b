import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures";

test("export, reset and import give back the same dashboard", async ({ page, request }) => {
  test.setTimeout(90_000);
  await page.goto("/notes/ecs/deployments");
  await page.getByRole("navigation", { name: "On this page" }).getByRole("checkbox").first().check();
  await expect(page.getByText(/^[1-9]\d* of \d+ sections read$/)).toBeVisible();
  await page.goto("/practice");
  await page.getByRole("checkbox", { name: /X-Ray/ }).check();
  await page.getByLabel("Number of questions").fill("1");
  await page.getByRole("button", { name: "Start practice" }).click();
  await expect(page.locator("article.question")).toBeVisible();
  // Ordering questions are submitted as listed; others get their first option (or first two).
  if (await page.locator(".option").count()) {
    await page.locator(".option").first().click();
    if (await page.getByText(/Choose \d answers/).count()) await page.locator(".option").nth(1).click();
  }
  await page.getByRole("button", { name: /Submit answer/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Correct|Not quite/ })).toBeVisible();

  const dashboard = async () => {
    await page.goto("/");
    return [
      await page.locator(".readiness-score").innerText(),
      await page.locator(".dashboard-reading p").first().innerText(),
    ];
  };
  const before = await dashboard();
  const exported = await request.get("/api/export");
  expect(exported.headers()["content-disposition"]).toMatch(/attachment; filename="rollout-progress-/);
  const file = await exported.body();

  await page.goto("/progress");
  await expectAccessible(page);
  await page.getByLabel("Delete all my progress: type RESET").fill("reset");
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(page.locator(".data-form [role=alert]")).toContainText("Type RESET in capitals");
  await page.getByLabel("Delete all my progress: type RESET").fill("RESET");
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All your progress was deleted." })).toBeVisible();
  expect(await dashboard()).not.toEqual(before);

  await page.goto("/progress");
  await page
    .getByLabel("Import an export file")
    .setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"format":"anki"}') });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.locator(".data-form [role=alert]").first()).toContainText("Nothing was changed");
  await page
    .getByLabel("Import an export file")
    .setInputFiles({ name: "export.json", mimeType: "application/json", buffer: file });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Imported: \d+ records added/ })).toBeVisible();
  expect(await dashboard()).toEqual(before);
});
