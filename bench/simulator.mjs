// Simulator benchmark for `npm run bench`: long tasks on the main thread while the simulator
// animates a 100-instance Elastic Beanstalk rolling deployment. A long task is one over 50 ms
// (the Long Tasks API reports nothing shorter), so the target is none at all.
import { chromium } from "@playwright/test";

const FLEET = 100;
const PLAY_MS = 4000;

/** The run under test, as the simulator's own URL encoding (configToSearchParams) writes it. */
function runQuery() {
  return new URLSearchParams({
    kind: "elastic-beanstalk",
    environmentType: "load-balanced",
    instanceCount: String(FLEET),
    "policy.kind": "rolling",
    "policy.batchSizeType": "Percentage",
    "policy.batchSize": "10",
    "failure.kind": "none",
    fromVersion: "v1",
    toVersion: "v2",
    seed: "1",
  }).toString();
}

/** Waits until 2.5 s pass without a long task or a fetch (at most 20 s); returns how long that took. */
async function waitForQuiet(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const started = performance.now();
        let last = started;
        const observer = new PerformanceObserver((list) => {
          if (list.getEntries().length > 0) last = performance.now();
        });
        observer.observe({ entryTypes: ["longtask", "resource"] });
        const check = () => {
          const now = performance.now();
          if (now - last >= 2500 || now - started > 20000) {
            observer.disconnect();
            resolve(Math.round(now - started));
          } else setTimeout(check, 100);
        };
        setTimeout(check, 100);
      }),
  );
}

/**
 * @param {{ appUrl: string, chromiumPath?: string, chromiumArgs?: string[] }} options
 * @returns {Promise<{ measure: string, value: number | string, target: string }[]>}
 */
export async function benchSimulator({ appUrl, chromiumPath, chromiumArgs = [] }) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${appUrl}/simulate/elastic-beanstalk?${runQuery()}`, { waitUntil: "load" });
    await page.getByRole("group", { name: "Playback" }).waitFor();
    const shown = await page.locator(".sim-fleet .sim-instance").count();
    // Observe only the animation: loading, hydration, Next.js's link prefetching and the site
    // header's idle fetch of the search index (a ~100 ms task some 3 s after load, on every page)
    // belong to the page-weight table.
    const settledAfterMs = await waitForQuiet(page);
    await page.evaluate(() => {
      window.__simLongTasks = [];
      window.__simFrames = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__simLongTasks.push(entry.duration);
      }).observe({ type: "longtask" });
      const count = () => {
        window.__simFrames += 1;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
    });
    await page.getByLabel("Speed").selectOption("16");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.waitForTimeout(PLAY_MS);
    const { tasks, frames, status } = await page.evaluate(() => ({
      tasks: window.__simLongTasks,
      frames: window.__simFrames,
      status: document.querySelector(".sim-status")?.textContent ?? "",
    }));
    const longest = tasks.length === 0 ? 0 : Math.max(...tasks);
    return [
      { measure: `Simulator: instances drawn (${FLEET}-instance rolling run)`, value: shown, target: `≥ ${FLEET}` },
      {
        measure: `Simulator: long tasks (> 50 ms) in ${PLAY_MS / 1000} s of playing at 16×`,
        value: tasks.length,
        target: "0",
      },
      {
        measure: "Simulator: longest long task while playing (ms, 0 = none over 50)",
        value: Math.round(longest),
        target: "0",
      },
      {
        measure: "Simulator: animation frames per second while playing",
        value: Math.round(frames / (PLAY_MS / 1000)),
        target: "≈ 60",
      },
      { measure: "Simulator: status after playing", value: status, target: "Playing or Finished" },
      { measure: "Simulator: ms after load until the main thread was quiet", value: settledAfterMs, target: "–" },
    ];
  } finally {
    await browser.close();
  }
}
