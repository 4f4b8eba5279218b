// The production suite (e2e-production/): several `next start` instances of an existing build on
// PostgreSQL behind a round-robin proxy, with faults. No webServer: each spec starts its own set-up
// (scripts/production) on loopback ports 3300–3399 and stops it. Run with
// `node scripts/test-production.mjs`, which checks the build and the browser first.
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/lib/chromium.mjs";

export default defineConfig({
  testDir: "e2e-production",
  outputDir: process.env.E2E_OUTPUT ?? "test-results-production",
  // One spec at a time: each runs several servers, and the machine may have two cores.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
});
