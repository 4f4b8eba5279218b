import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";

const EB_PRESETS = [
  "eb-all-at-once",
  "eb-rolling",
  "eb-rolling-additional-batch",
  "eb-immutable",
  "eb-traffic-splitting",
  "eb-blue-green",
];

const ENGINES = [
  "elastic-beanstalk",
  "codedeploy-server",
  "codedeploy-lambda",
  "codedeploy-ecs",
  "ecs-rolling",
  "ecs-placement",
  "xray-sampling",
];

async function openSimulator(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("group", { name: "Playback" })).toBeVisible();
}

async function playToTheEnd(page: Page) {
  await page.getByLabel("Speed").selectOption("16");
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await expect(page.locator(".sim-status")).toHaveText("Finished", { timeout: 20_000 });
}

const eventLog = (page: Page) => page.getByTestId("event-log").innerText();

test("the index lists every simulator and its presets", async ({ page }) => {
  await page.goto("/simulate");
  await expect(page.getByRole("heading", { level: 1, name: "Deployment simulators" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Elastic Beanstalk deployment policies" })).toBeVisible();
  await page.getByRole("link", { name: "Elastic Beanstalk: Immutable" }).click();
  await expect(page).toHaveURL(/\/simulate\/elastic-beanstalk\?preset=eb-immutable$/);
  await expect(page.getByLabel("Deployment policy")).toHaveValue("immutable");
  await expectAccessible(page);
});

for (const preset of EB_PRESETS) {
  test(`Elastic Beanstalk ${preset} runs to completion`, async ({ page }) => {
    await openSimulator(page, `/simulate/elastic-beanstalk?preset=${preset}`);
    await playToTheEnd(page);
    await expect(page.getByTestId("run-summary")).toHaveAttribute("data-outcome", "succeeded");
    await expect(page.getByTestId("event-log").locator("li")).not.toHaveCount(0);
    await expect(page.locator(".sim-event-error")).toHaveCount(0);
  });
}

test("a run played to the end is kept in progress and its export, with a link that replays it", async ({ page }) => {
  await openSimulator(page, "/simulate/elastic-beanstalk?preset=eb-immutable");
  await page.getByLabel("Inject").selectOption("health-check-failure");
  await expect(page).toHaveURL(/failure\.kind=health-check-failure/);
  const config = new URL(page.url()).search.slice(1);
  const recorded = page.waitForResponse(
    (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
  );
  await playToTheEnd(page);
  expect((await recorded).ok()).toBe(true);
  await page.goto("/progress");
  const row = page
    .getByTestId("simulator-runs")
    .locator("tr", { has: page.locator(`a[href="/simulate/elastic-beanstalk?${config}"]`) });
  await expect(row).toContainText("immutable, with health check failure");
  await expect(row).toContainText("Rolled back");
  const exported = await page.evaluate(() =>
    fetch("/api/export").then((r) => r.json() as Promise<{ simulatorRuns: { config: string }[] }>),
  );
  expect(exported.simulatorRuns.map((run) => run.config)).toContain(config);
  await row.getByRole("link").click();
  await expect(page.getByLabel("Deployment policy")).toHaveValue("immutable");
  await expect(page.getByLabel("Inject")).toHaveValue("health-check-failure");
});

test("an injected health-check failure shows the rollback", async ({ page }) => {
  await openSimulator(page, "/simulate/elastic-beanstalk?preset=eb-rolling");
  await page.getByLabel("Inject").selectOption("health-check-failure");
  await expect(page).toHaveURL(/failure\.kind=health-check-failure/);
  await playToTheEnd(page);
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-outcome", "rolled-back");
  await expect(page.getByTestId("event-log")).toContainText("Failed to deploy application");
  await expect(page.getByTestId("event-log")).toContainText("Deploying previous version v1");
  await expect(page.getByTestId("run-summary")).toContainText("redeploy");
});

test("a shared URL reproduces the same run", async ({ page, browser }) => {
  await openSimulator(page, "/simulate/elastic-beanstalk?preset=eb-rolling-additional-batch");
  await page.getByRole("spinbutton", { name: "Instances" }).fill("6");
  await page.getByLabel("Inject").selectOption("instance-dies");
  await expect(page).toHaveURL(/instanceCount=6/);
  await playToTheEnd(page);
  const log = await eventLog(page);
  const shared = page.url();

  const other = await browser.newPage();
  await openSimulator(other, shared);
  await expect(other.getByRole("spinbutton", { name: "Instances" })).toHaveValue("6");
  await expect(other.getByLabel("Inject")).toHaveValue("instance-dies");
  await playToTheEnd(other);
  expect(await eventLog(other)).toBe(log);
  await other.close();
});

test("bad URL parameters explain themselves and fall back to the defaults", async ({ page }) => {
  await openSimulator(
    page,
    "/simulate/elastic-beanstalk?kind=elastic-beanstalk&instanceCount=lots&policy.kind=rolling",
  );
  await expect(page.locator(".sim-notice")).toContainText("could not be used");
  await expect(page.locator(".sim-notice")).toContainText("instanceCount");
  await expect(page.getByLabel("Deployment policy")).toHaveValue("rolling");
  await expect(page.getByRole("spinbutton", { name: "Instances" })).toHaveValue("8");

  await openSimulator(page, "/simulate/codedeploy-server?preset=eb-rolling");
  await expect(page.locator(".sim-notice")).toContainText("belongs to the elastic-beanstalk simulator");
});

test("a preset link opens that preset", async ({ page }) => {
  await openSimulator(page, "/simulate/codedeploy-lambda?preset=codedeploy-lambda-linear");
  await expect(page.getByLabel("Deployment configuration")).toHaveValue(
    "CodeDeployDefault.LambdaLinear10PercentEvery1Minute",
  );
});

test("single-instance environments offer only the policies AWS allows", async ({ page }) => {
  await openSimulator(page, "/simulate/elastic-beanstalk");
  await page.getByLabel("Environment type").selectOption("single-instance");
  const policies = page.getByLabel("Deployment policy").locator('optgroup[label="Deployment policies"] option');
  await expect(policies).toHaveText(["All at once", "Immutable"]);
  await expect(page.getByRole("spinbutton", { name: "Instances" })).toBeDisabled();
});

test("the back button restores the previous settings", async ({ page }) => {
  await openSimulator(page, "/simulate/elastic-beanstalk?preset=eb-rolling");
  await page.getByLabel("Deployment policy").selectOption("immutable");
  await expect(page).toHaveURL(/policy\.kind=immutable/);
  await page.getByLabel("Deployment policy").selectOption("all-at-once");
  await expect(page).toHaveURL(/policy\.kind=all-at-once/);
  await page.goBack();
  await expect(page.getByLabel("Deployment policy")).toHaveValue("immutable");
});

test("works from the keyboard and announces each step", async ({ page }) => {
  await openSimulator(page, "/simulate/elastic-beanstalk?preset=eb-rolling");
  const picture = page.getByRole("group", { name: /Fleet picture/ });
  await picture.focus();
  await expect(picture).toBeFocused();
  const narration = page.locator(".sim-narration[aria-live='polite']");
  const before = await narration.innerText();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(".sim-status")).toHaveText("Paused");
  await expect(narration).not.toHaveText(before);
  await page.keyboard.press("ArrowLeft");
  await expect(narration).toHaveText(before);
  await page.keyboard.press(" ");
  await expect(page.locator(".sim-status")).toHaveText("Playing");
  await page.keyboard.press(" ");
  await expect(page.locator(".sim-status")).toHaveText("Paused");
  await page.keyboard.press("End");
  await expect(page.locator(".sim-status")).toHaveText("Finished");
});

test("side by side plays strategies on one clock", async ({ page }) => {
  await page.goto("/simulate/side-by-side?strategies=eb-rolling,eb-immutable&fleet=6&failure=none");
  await expect(page.getByRole("region", { name: "Elastic Beanstalk: Rolling (25%)" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Elastic Beanstalk: Immutable" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Elastic Beanstalk: All at once" }).check();
  await expect(page).toHaveURL(
    /strategies=eb-all-at-once%2Ceb-rolling%2Ceb-immutable|strategies=eb-all-at-once,eb-rolling,eb-immutable/,
  );
  await expect(page.getByRole("region", { name: "Elastic Beanstalk: All at once" })).toBeVisible();
  await playToTheEnd(page);
  await expect(page.getByTestId("run-summary")).toHaveCount(3);
  await expectAccessible(page);
  await page.goBack();
  await expect(page.getByRole("region", { name: "Elastic Beanstalk: All at once" })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "Elastic Beanstalk: All at once" })).not.toBeChecked();
});

for (const engine of ENGINES) {
  test(`the ${engine} simulator passes axe once loaded`, async ({ page }) => {
    await page.goto(`/simulate/${engine}`);
    await expect(page.locator(".sim-settings h2").first()).toBeVisible();
    await expectAccessible(page);
  });
}

test("a note embeds a compact simulator that plays", async ({ page }) => {
  await page.goto("/notes/elastic-beanstalk/deployment-policies");
  const embed = page.getByRole("complementary", { name: "Simulator: Elastic Beanstalk: Immutable" });
  await embed.scrollIntoViewIfNeeded();
  await embed.getByLabel("Speed").selectOption("16");
  await embed.getByRole("button", { name: "Play", exact: true }).click();
  await expect(embed.locator(".sim-status")).toHaveText("Finished", { timeout: 20_000 });
  await expect(embed.getByRole("link", { name: "Open in the full simulator" })).toHaveAttribute(
    "href",
    "/simulate/elastic-beanstalk?preset=eb-immutable",
  );
  await expectAccessible(page);
});
