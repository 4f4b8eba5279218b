import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails the test on any serious or critical axe violation on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = blocking.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The throw-away SQLite database the e2e server runs on (see scripts/e2e-server.mjs). */
export function e2eDatabaseUrl(): string {
  return `file:${path.resolve("data", `e2e-${process.env.E2E_PORT ?? "3100"}`, "e2e.db")}`;
}
