import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures";

test("the comparison table is generated and changes with the fleet size", async ({ page }) => {
  await page.goto("/compare");
  const table = page.getByTestId("comparison-table");
  await expect(table.locator("tbody tr")).toHaveCount(6);
  const immutable = table.locator('tr[data-strategy="eb-immutable"]');
  await expect(immutable.locator('[data-cell="capacity"]')).toHaveText("8 of 8 (100%)");
  const before = await table.innerText();

  await page.getByLabel("Fleet size (instances)").fill("20");
  await expect(immutable.locator('[data-cell="capacity"]')).toHaveText("20 of 20 (100%)");
  await expect(immutable.locator('[data-cell="cost"]')).toContainText("peak 40");
  expect(await table.innerText()).not.toBe(before);
  await expectAccessible(page);
});

test("the reference table from AWS sits beside the generated one", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByRole("heading", { name: "What AWS publishes" })).toBeVisible();
  await expect(page.getByRole("region", { name: "AWS reference table" })).toContainText(
    "Swap the environment URLs back",
  );
});

test("the chooser ranks strategies with reasons and links to their simulations", async ({ page }) => {
  await page.goto("/compare");
  await page.getByRole("checkbox", { name: "No loss of capacity during the deployment" }).uncheck();
  await page.getByRole("checkbox", { name: "Test the new version with a share of traffic first" }).check();
  const first = page.getByTestId("strategy-ranking").locator("> li").first();
  await expect(first).toContainText("Traffic splitting");
  await expect(first).toContainText("meets every requirement");
  await first.getByRole("link", { name: "watch the simulation" }).click();
  await expect(page).toHaveURL(/\/simulate\/elastic-beanstalk\?.*policy\.kind=traffic-splitting/);
  await expect(page.getByLabel("Deployment policy")).toHaveValue("traffic-splitting");
});
