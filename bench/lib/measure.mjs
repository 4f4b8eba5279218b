// Measurements for `npm run bench`: page JavaScript weight, TTFB percentiles, Lighthouse scores.
import http from "node:http";
import zlib from "node:zlib";

/** @param {number[]} values @param {number} p 0–100 */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

/** Milliseconds from sending a GET to the first byte of the body. */
export function timeToFirstByte(url) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = http.get(url, { agent: false }, (response) => {
      response.once("data", () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
      response.on("error", reject);
      response.resume();
    });
    request.on("error", reject);
  });
}

/** TTFB p50/p95 over `count` sequential requests, after a short warm-up. */
export async function ttfb(url, count = 200) {
  for (let i = 0; i < 10; i++) await timeToFirstByte(url);
  const samples = [];
  for (let i = 0; i < count; i++) samples.push(await timeToFirstByte(url));
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Gzip size of every script the page's HTML loads (the JavaScript a first visit downloads). */
export async function pageJavaScriptGzip(url) {
  const html = await (await fetch(url)).text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  let total = 0;
  for (const source of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(source, url))).arrayBuffer());
    total += zlib.gzipSync(body, { level: 9 }).length;
  }
  return total;
}
