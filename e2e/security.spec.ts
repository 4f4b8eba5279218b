import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { THEME_BOOT_SCRIPT, THEME_STORAGE_KEY } from "@/components/layout/theme";
import { createDb } from "@/lib/db/client";
import { actionId } from "./actions";
import { bankQuestion } from "./bank";
import { e2eDatabaseUrl } from "./fixtures";

// Security headers (lib/security/headers.mjs), the CSP in a real Chromium, and the Origin check
// Next applies to server actions.

const firstArea = fs.readdirSync(path.join("content", "notes")).sort()[0] ?? "";
const firstTopic = (fs.readdirSync(path.join("content", "notes", firstArea)).sort()[0] ?? "").replace(/\.mdx$/, "");
const NOTE = `/notes/${firstArea}/${firstTopic}`;

function cspOf(response: APIResponse): Map<string, string[]> {
  const header = response.headers()["content-security-policy"] ?? "";
  return new Map(
    header.split(";").map((directive) => {
      const [name = "", ...values] = directive.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

test("a static note, a dynamic page and the health route carry the security headers, without HSTS over HTTP", async ({
  request,
}) => {
  for (const url of [NOTE, "/progress", "/api/health"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const headers = response.headers();
    expect(headers, url).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
      "cross-origin-opener-policy": "same-origin",
    });
    expect(headers["permissions-policy"], url).toContain("camera=()");
    expect(headers["strict-transport-security"], url).toBeUndefined();
    const csp = cspOf(response);
    expect(csp.get("default-src"), url).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors"), url).toEqual(["'none'"]);
    expect(csp.get("object-src"), url).toEqual(["'none'"]);
    expect(csp.get("script-src"), url).not.toContain("'unsafe-eval'");
    expect(csp.has("upgrade-insecure-requests"), url).toBe(false);
  }
  // The note is still served from its build-time prerender (a static header set did not make it
  // dynamic); the dashboard-style page is rendered per request.
  const note = (await request.get(NOTE)).headers();
  expect(note["x-nextjs-prerender"]).toMatch(/^1(, 1)*$/);
  expect(note["x-nextjs-cache"]).toBe("HIT");
  expect((await request.get("/progress")).headers()["x-nextjs-prerender"]).toBeUndefined();
});

test("behind a TLS proxy (X-Forwarded-Proto: https) responses add HSTS and upgrade-insecure-requests", async ({
  request,
}) => {
  for (const url of [NOTE, "/progress", "/api/health"]) {
    const response = await request.get(url, { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"], url).toBe("max-age=63072000; includeSubDomains");
    expect(cspOf(response).has("upgrade-insecure-requests"), url).toBe(true);
    expect(response.headers()["x-frame-options"], url).toBe("DENY");
  }
});

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Collects CSP violations from the page (event) and from Chromium's console messages. */
async function watchCsp(page: Page): Promise<{ console: string[] }> {
  const seen = { console: [] as string[] };
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to|Permissions-Policy/i.test(message.text()))
      seen.console.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    if (/Content Security Policy|unsafe-eval|Refused to/i.test(error.message))
      seen.console.push(`${page.url()}: ${error.message}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile})`);
    });
  });
  return seen;
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

async function expectNoViolations(page: Page): Promise<void> {
  expect(await violations(page), `CSP violations on ${page.url()}`).toEqual([]);
}

async function answerOnePracticeQuestion(page: Page): Promise<void> {
  await page.goto("/practice");
  await page.getByRole("checkbox", { name: /CodeDeploy and CI\/CD/ }).check();
  await page.getByLabel("Number of questions").fill("1");
  await page.getByRole("button", { name: "Start practice" }).click();
  await expect(page).toHaveURL(/\/practice\/[A-Za-z0-9_-]+$/);
  const id = (await page.locator("article.question").getAttribute("data-question-id")) ?? "";
  const question = bankQuestion(id);
  if (question.type === "order") {
    await page.getByRole("button", { name: /Submit answer/ }).click();
  } else {
    // As many options as the question asks for (multiple-response questions need two or three).
    for (const option of question.options.slice(0, question.answer.length)) await page.keyboard.press(option.id);
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { level: 2, name: /Correct|Not quite/ })).toBeVisible();
}

test("no CSP violation on the main pages while reading, searching, practising and simulating", async ({ page }) => {
  test.setTimeout(90_000);
  const seen = await watchCsp(page);

  await page.goto("/");
  await expectNoViolations(page);

  await page.goto("/notes");
  await page.keyboard.press("Control+k");
  await page.getByRole("combobox", { name: "Search notes" }).fill("immutable");
  await expect(page.getByRole("option").first()).toBeVisible();
  await expectNoViolations(page);

  await page.goto(NOTE);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.mouse.wheel(0, 4_000);
  await expectNoViolations(page);

  await answerOnePracticeQuestion(page);
  await expectNoViolations(page);

  await page.goto("/exam");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page);

  await page.goto("/simulate/elastic-beanstalk");
  await page.getByLabel("Speed").selectOption("16");
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await expect(page.locator(".sim-status")).toHaveText("Finished", { timeout: 20_000 });
  await expectNoViolations(page);

  for (const url of ["/compare", "/progress", "/review"]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page);
  }
  expect(seen.console).toEqual([]);
});

test("why script-src keeps 'unsafe-inline': with the theme script's hash instead, Next's inline scripts are blocked", async ({
  page,
}) => {
  const themeHash = `'sha256-${createHash("sha256").update(THEME_BOOT_SCRIPT).digest("base64")}'`;
  const seen = await watchCsp(page);
  await page.addInitScript((key) => localStorage.setItem(key, "dark"), THEME_STORAGE_KEY);
  await page.route(NOTE, async (route) => {
    const response = await route.fetch();
    const csp = (response.headers()["content-security-policy"] ?? "").replace(
      "script-src 'self' 'unsafe-inline'",
      `script-src 'self' 'unsafe-inline' ${themeHash}`,
    );
    expect(csp).toContain(themeHash);
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": csp } });
  });
  await page.goto(NOTE);
  // The hash, computed from the string the layout renders, lets the theme script run...
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // ...but a hash disables 'unsafe-inline', so the App Router's inline RSC scripts are refused.
  await expect.poll(() => violations(page)).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
  // Chromium's console reports it too: both of the watchers the test above relies on see violations.
  expect(seen.console.join("\n")).toMatch(/inline script violates the following Content Security Policy/);
});

test("a server action from a foreign Origin is refused and writes nothing; the same call from the app's origin works", async ({
  request,
  baseURL,
}) => {
  const tag = `security-${test.info().testId}-${Date.now()}`;
  const call = (origin: string, text: string) =>
    request.post("/practice", {
      headers: {
        "Next-Action": actionId("reportQuestion"),
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: origin,
      },
      data: JSON.stringify([{ questionId: bankQuestionId(), text }]),
    });

  const foreign = await call("https://attacker.example", `${tag} from a foreign origin`);
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  expect(await foreign.text()).not.toContain('"ok":true');

  const same = await call(baseURL ?? "", `${tag} from the app itself`);
  expect(same.status()).toBe(200);
  expect(await same.text()).toContain('"ok":true');

  const client = createDb({ databaseUrl: e2eDatabaseUrl() });
  try {
    const rows = await client.questionReport.findMany({ where: { text: { startsWith: tag } }, select: { text: true } });
    expect(rows.map((r) => r.text)).toEqual([`${tag} from the app itself`]);
  } finally {
    await client.$disconnect();
  }
});

/** Any real question id from the bank (the action checks the question exists). */
function bankQuestionId(): string {
  const dir = path.join("content", "questions");
  const file = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).find((f) => f.endsWith(".json")) ?? "";
  const [first] = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as { id: string }[];
  return first?.id ?? "";
}
