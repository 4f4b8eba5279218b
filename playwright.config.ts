import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/lib/chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
// A second server on the next port runs with accounts on (ROLLOUT_AUTH=accounts) for accounts.spec.ts.
const accountsPort = port + 1;
const executablePath = findChromium();

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT ?? "test-results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "local", testIgnore: /(accounts|progress)\.spec\.ts$/ },
    // Export, reset and import compare the whole dashboard, so they run after every other writer.
    { name: "reset", testMatch: /progress\.spec\.ts$/, dependencies: ["local"] },
    { name: "accounts", testMatch: /accounts\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${accountsPort}` } },
  ],
  webServer: [
    {
      command: "node scripts/e2e-server.mjs",
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { E2E_PORT: String(port) },
    },
    {
      command: "node scripts/e2e-server.mjs",
      url: `http://127.0.0.1:${accountsPort}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { E2E_PORT: String(accountsPort), E2E_AUTH: "accounts" },
    },
  ],
});
