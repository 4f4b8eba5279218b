// Takes the README screenshot from a running server: tsx scripts/screenshot.ts [url] [out]
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./lib/chromium.mjs";

const url = process.argv[2] ?? "http://127.0.0.1:3000/";
const out = process.argv[3] ?? "docs/screenshot.png";
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
