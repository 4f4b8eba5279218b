import { expect, test } from "@playwright/test";
import { NAV_ITEMS } from "@/components/layout/nav-items";
import { expectAccessible } from "./fixtures";

test("the health check reports the database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("the dashboard passes axe in light and dark", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
  await expectAccessible(page);
});

for (const item of NAV_ITEMS) {
  test(`the ${item.label} nav link renders a page that passes axe, in light and dark`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto("/");
    const navLink = page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: new RegExp(`^${item.label}( \\d+ due)?$`) });
    await navLink.click();
    await expect(page).toHaveURL(new RegExp(`${item.href}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(`^${item.label}`) })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expectAccessible(page);
    await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
    await expectAccessible(page);
  });
}

test("no nav link is a 404", async ({ request }) => {
  for (const item of [{ href: "/" }, ...NAV_ITEMS]) {
    expect((await request.get(item.href)).status(), item.href).toBe(200);
  }
});

test("the theme follows the OS until toggled, and the choice survives a reload", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/");
  const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  expect(await scheme()).toBe("dark");
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  expect(await scheme()).toBe("light");
  await page.reload();
  expect(await scheme()).toBe("light");
  await expect(page.getByRole("button", { name: "Switch to dark theme" })).toBeVisible();
  await context.close();
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/notes");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("the layout fits a 360 px wide screen without sideways scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const href of [
    "/",
    "/notes",
    "/exam",
    "/practice",
    "/progress",
    "/compare",
    "/simulate/elastic-beanstalk",
    "/notes/elastic-beanstalk/deployment-policies",
  ]) {
    await page.goto(href);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, href).toBeLessThanOrEqual(0);
  }
  await context.close();
});
