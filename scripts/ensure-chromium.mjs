#!/usr/bin/env node
// Makes sure the e2e tests have a browser: a system Chromium, else Debian's package when running
// as root, else Playwright's own download; stops with one line saying what to do when none works.
import { spawnSync } from "node:child_process";
import { findChromium } from "./lib/chromium.mjs";

const run = (command, args) => spawnSync(command, args, { stdio: "inherit" }).status === 0;

if (findChromium()) process.exit(0);

if (process.getuid?.() === 0 && run("which", ["apt-get"])) {
  console.log("e2e: no Chromium found; installing Debian's chromium with apt-get");
  const installed =
    run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]) ||
    (run("apt-get", ["update"]) && run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]));
  if (installed && findChromium()) process.exit(0);
}

console.log("e2e: no system Chromium; trying Playwright's own browser download");
if (run("npx", ["playwright", "install", "chromium"])) {
  process.env.ROLLOUT_PLAYWRIGHT_BUNDLED = "1";
  process.exit(0);
}

console.error(
  "e2e: no Chromium available. Install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.",
);
process.exit(1);
