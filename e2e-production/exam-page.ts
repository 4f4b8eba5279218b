// Driving the exam runner (see e2e/exam.spec.ts for the same UI) and reading what it was given.
import { expect, type Page } from "@playwright/test";
import type { Db } from "@/lib/db/client";
import { bankQuestion } from "../e2e/bank";

/** Starts the DVA-C02 practice exam from /exam and waits for its first question. */
export async function startDvaExam(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/exam`);
  const card = page.locator(".card", { has: page.getByRole("heading", { name: "DVA-C02 practice exam" }) });
  await card.getByRole("button", { name: /^Start \(65 questions, 130 min\)/ }).click();
  // Drawing and storing 65 questions: allow for a busy machine.
  await expect(page).toHaveURL(/\/exam\/[A-Za-z0-9_-]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 2, name: /^Question 1 of 65/ })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

export const saveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /saved|Saving|Not saved/ });

/** Waits until every change has been acknowledged by the server. */
export async function expectAllSaved(page: Page, timeout = 15_000): Promise<void> {
  await expect(saveStatus(page)).toHaveText("All answers saved", { timeout });
}

/**
 * Answers the open question with the keyboard (the first option, the first N for multiple
 * response, the shown order for ordering), moves on, and returns the answer the server should hold.
 */
export async function answerAndNext(page: Page, position: number): Promise<string[]> {
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^Question ${position + 1} of`) })).toBeVisible();
  const id = (await page.locator("[data-question-id]").getAttribute("data-question-id")) ?? "";
  const question = bankQuestion(id);
  let selected: string[];
  if (question.type === "order") {
    await page.getByRole("button", { name: "Keep this order as my answer" }).click();
    selected = question.options.map((o) => o.id);
  } else {
    selected = question.options.slice(0, question.answer.length).map((o) => o.id);
    for (let i = 1; i <= selected.length; i++) await page.keyboard.press(String(i));
  }
  await page.keyboard.press("n");
  return selected;
}

/**
 * The deadline and server clock the page was rendered with (props of the runner, in the RSC
 * payload inlined in the HTML): what the timer counts down from.
 */
export async function renderedClock(page: Page): Promise<{ deadline: Date; serverNow: Date }> {
  const html = await page.content();
  const read = (name: string) => {
    const match = new RegExp(`\\\\?"${name}\\\\?":\\\\?"([0-9TZ:.-]+)\\\\?"`).exec(html);
    if (!match?.[1]) throw new Error(`no ${name} in the page`);
    return new Date(match[1]);
  };
  return { deadline: read("deadline"), serverNow: read("serverNow") };
}

/** Seconds left on the runner's timer, as shown (its <time datetime="PT…S">). */
export async function shownSecondsLeft(page: Page): Promise<number> {
  const value = (await page.locator(".exam-timer time").getAttribute("datetime")) ?? "";
  const match = /^PT(\d+)S$/.exec(value);
  if (!match) throw new Error(`timer shows ${value}`);
  return Number(match[1]);
}

/** Every stored answer of the attempt, by position (answered items only). */
export async function storedAnswers(client: Db, attemptId: string): Promise<Map<number, string[]>> {
  const rows = await client.examAttemptItem.findMany({
    where: { attemptId },
    select: { position: true, selected: true },
    orderBy: { position: "asc" },
  });
  const answers = new Map<number, string[]>();
  for (const row of rows) {
    const selected = JSON.parse(row.selected) as string[];
    if (selected.length > 0) answers.set(row.position, selected);
  }
  return answers;
}
