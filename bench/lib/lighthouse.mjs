// Lighthouse (mobile, the default config) against Debian's Chromium, performance and accessibility.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/lib/chromium.mjs";

/** Opens one headless Chromium for all audits; returns `audit(url)` and `close()`. */
export async function openLighthouse() {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? findChromium(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  return {
    async audit(url) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      });
      const categories = result?.lhr.categories ?? {};
      return {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      };
    },
    close: () => chrome.kill(),
  };
}
