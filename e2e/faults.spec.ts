// Faults from outside: bodies the UI never sends (malformed, mistyped, oversized), ids that do not
// exist or belong to someone else, and addresses that lead nowhere. Each gets a clear refusal (4xx,
// or the action's own error naming the problem), never an error page or a stack trace, and the
// learner's saved answers are still there afterwards.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { customBlueprint } from "@/lib/content/blueprints";
import { readQuestionIds } from "@/lib/content/question-ids";
import { createAttempt, saveItem } from "@/lib/db/attempts";
import { createDb, type Db } from "@/lib/db/client";
import { sqliteBusyCode } from "@/lib/db/errors";
import { ensureLocalLearner } from "@/lib/db/learners";
import { createPracticeSession, recordPracticeAnswer, type SessionKind } from "@/lib/db/practice";
import { actionId } from "./actions";
import { bankQuestion } from "./bank";
import { e2eDatabaseUrl } from "./fixtures";

let client: Db | undefined;
const db = () => (client ??= createDb({ databaseUrl: e2eDatabaseUrl() }));
test.afterAll(async () => {
  await client?.$disconnect();
  client = undefined;
});

/** Single-answer questions with four options, from the real bank. */
const singles = [...readQuestionIds()]
  .sort()
  .filter((id) => bankQuestion(id).type === "single" && bankQuestion(id).options.length === 4)
  .slice(0, 3);
const keyOf = (id: string) => bankQuestion(id).answer;

const OTHER_LEARNER = "faults-other-learner";
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Calling an action the way the browser does, with any body at all.

interface Reply {
  status: number;
  type: string;
  body: string;
  /** The action's return value (row 1 of the React payload), or { thrown } when it failed. */
  result: unknown;
}

function resultOf(body: string): unknown {
  const row = body.split("\n").find((line) => line.startsWith("1:"));
  if (!row) return undefined;
  const payload = row.slice(2);
  return payload.startsWith("E")
    ? { thrown: JSON.parse(payload.slice(1)) as unknown }
    : (JSON.parse(payload) as unknown);
}

/** The app's own origin: server actions refuse any other. */
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}`;

async function post(
  request: APIRequestContext,
  options: { path: string; action: string; body: string | Buffer; contentType?: string },
): Promise<Reply> {
  const response = await request.post(options.path, {
    headers: {
      "Next-Action": actionId(options.action),
      "Content-Type": options.contentType ?? "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: ORIGIN,
      // Next stops reading a refused body and drops the socket: never reuse it for the next call.
      Connection: "close",
    },
    data: options.body,
  });
  const body = await response.text();
  return { status: response.status(), type: response.headers()["content-type"] ?? "", body, result: resultOf(body) };
}

/** The action's arguments as React sends plain values: a JSON list. */
const args = (...values: unknown[]) => JSON.stringify(values);

/** A form action's (previous state, FormData) as React encodes it: the FormData's fields under "_1_", root last. */
function formBody(fields: Record<string, string | { name: string; type: string; text: string | Buffer }>) {
  const boundary = `----rolloutfaults${Date.now()}`;
  const parts = Object.entries(fields).map(([name, value]) =>
    typeof value === "string"
      ? `--${boundary}\r\nContent-Disposition: form-data; name="_1_${name}"\r\n\r\n${value}\r\n`
      : Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="_1_${name}"; filename="${value.name}"\r\n` +
              `Content-Type: ${value.type}\r\n\r\n`,
          ),
          Buffer.from(value.text),
          Buffer.from("\r\n"),
        ]),
  );
  const root = `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]\r\n--${boundary}--\r\n`;
  return {
    body: Buffer.concat([...parts.map((part) => Buffer.from(part)), Buffer.from(root)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

const LEAKS = /\bat [\w$.<>]+ \(|node_modules|\/work\/|\.next[-/]|prisma|SqliteError|\bstack\b/i;

/** Whatever the status, the reply is not an HTML error page and gives nothing of the server away. */
function expectNoLeak(reply: Reply): void {
  expect(reply.type).not.toContain("text/html");
  expect(reply.body).not.toMatch(LEAKS);
}

/** The action ran and refused, saying why. */
function expectRefused(reply: Reply, reason: RegExp): void {
  expectNoLeak(reply);
  expect(reply.status).toBe(200);
  expect(reply.result).toMatchObject({ ok: false, error: expect.stringMatching(reason) });
}

/**
 * A body React cannot decode (or one over Next's 1 MB serverActions.bodySizeLimit) never reaches
 * our code: Next answers it with an error status and an opaque digest, which the caller treats as
 * a failed request. Nothing may leak and nothing may be written.
 */
function expectUndecodable(reply: Reply, label = ""): void {
  expectNoLeak(reply);
  expect(reply.status, label).toBeGreaterThanOrEqual(400);
  if (reply.result !== undefined) expect(reply.result).toEqual({ thrown: { digest: expect.any(String) as unknown } });
}

// ---------------------------------------------------------------------------------------------
// What the learner has saved, and proof that it is still there.

interface Saved {
  attemptId: string;
  sessionId: string;
  answeredId: string;
  openId: string;
}

async function seedExam(learnerId: string): Promise<string> {
  const attemptId = await createAttempt(db(), {
    learnerId,
    blueprint: customBlueprint({ count: 3, minutes: 90, areas: [], domains: [] }),
    seed: 7,
    realistic: false,
    items: singles.map((questionId) => ({ questionId, sectionId: "custom", scored: true })),
    now: new Date(),
  });
  await saveItem(db(), { learnerId, attemptId, position: 0, change: { selected: ["b"] }, now: new Date() });
  await saveItem(db(), { learnerId, attemptId, position: 1, change: { flagged: true }, now: new Date() });
  return attemptId;
}

async function seedSession(learnerId: string, kind: SessionKind = "practice"): Promise<string> {
  const [answeredId = "", openId = ""] = singles;
  const sessionId = await createPracticeSession(db(), {
    learnerId,
    kind,
    filters: {},
    questionIds: [answeredId, openId],
  });
  await recordPracticeAnswer(db(), {
    learnerId,
    sessionId,
    questionId: answeredId,
    selected: keyOf(answeredId),
    correct: true,
    confidence: "sure",
    now: new Date(),
  });
  return sessionId;
}

/**
 * This process and the server write to one SQLite file. A transaction that reads before it writes
 * (recording a practice answer) fails at once with SQLITE_BUSY when the server is mid-write, whatever
 * the busy timeout (docs/production.md): seeding simply tries again.
 */
async function busyRetry<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= 20 || !sqliteBusyCode(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function seed(learnerId: string, kind: SessionKind = "practice"): Promise<Saved> {
  const [answeredId = "", openId = ""] = singles;
  const attemptId = await busyRetry(() => seedExam(learnerId));
  const sessionId = await busyRetry(() => seedSession(learnerId, kind));
  return { attemptId, sessionId, answeredId, openId };
}

async function stored(saved: Saved) {
  const [items, answers] = await Promise.all([
    db().examAttemptItem.findMany({
      where: { attemptId: saved.attemptId },
      orderBy: { position: "asc" },
      select: { selected: true, flagged: true, struck: true, timeSpentMs: true },
    }),
    db().answer.findMany({ where: { sessionId: saved.sessionId }, select: { questionId: true, selected: true } }),
  ]);
  return { items, answers };
}

async function expectIntact(saved: Saved): Promise<void> {
  expect(await stored(saved)).toEqual({
    items: [
      { selected: '["b"]', flagged: false, struck: "[]", timeSpentMs: 0 },
      { selected: "[]", flagged: true, struck: "[]", timeSpentMs: 0 },
      { selected: "[]", flagged: false, struck: "[]", timeSpentMs: 0 },
    ],
    answers: [{ questionId: saved.answeredId, selected: JSON.stringify(keyOf(saved.answeredId)) }],
  });
}

/**
 * Seeds the local learner's saved answers, runs the faults, then checks the answers are intact.
 * progress.spec.ts deletes all of the local learner's progress once, at a moment no other spec can
 * choose: if that wiped the seeded rows meanwhile, the check proves nothing, so run it again.
 */
async function withSavedWork(kind: SessionKind, faults: (saved: Saved) => Promise<void>): Promise<void> {
  await ensureLocalLearner(db());
  for (let round = 1; ; round++) {
    const saved = await seed("local-learner", kind);
    await faults(saved);
    const wiped = (await db().examAttempt.count({ where: { id: saved.attemptId } })) === 0;
    if (wiped && round < 3) continue;
    await expectIntact(saved);
    return;
  }
}

async function otherLearnersWork(): Promise<Saved> {
  await db().learner.upsert({
    where: { id: OTHER_LEARNER },
    update: {},
    create: { id: OTHER_LEARNER, displayName: "Another learner" },
  });
  return seed(OTHER_LEARNER);
}

async function expectServerHealthy(request: APIRequestContext): Promise<void> {
  expect((await request.get("/api/health")).status()).toBe(200);
}

// ---------------------------------------------------------------------------------------------
// Exam autosave (saveExamItem) and visits (recordExamVisit).

test.describe("exam autosave", () => {
  test("malformed bodies are refused without details; the saved answers stay", async ({ request }) => {
    await withSavedWork("practice", async ({ attemptId }) => {
      const path = `/exam/${attemptId}`;
      for (const body of ["not json at all", '[{"attemptId":', '["$Q1"]', "\u0000\u0001binary"]) {
        expectUndecodable(await post(request, { path, action: "saveExamItem", body }), body);
      }
      // Decodable, but not the argument list the action takes.
      for (const body of ["[]", '{"attemptId":"x"}', "[1,2,3]", '["a string"]', "[null]", '["$@9"]']) {
        expectRefused(
          await post(request, { path, action: "saveExamItem", body }),
          /^That change could not be read: .+\.$/,
        );
      }
    });
    await expectServerHealthy(request);
  });

  test("mistyped fields: the message names the field and nothing is written", async ({ request }) => {
    await withSavedWork("practice", async ({ attemptId }) => {
      const path = `/exam/${attemptId}`;
      const cases: [unknown, RegExp][] = [
        [{ attemptId, position: "0", change: { selected: ["a"] } }, /position must be a question number/],
        [{ attemptId, position: -1, change: { selected: ["a"] } }, /position must be a question number/],
        [{ attemptId, position: 1.5, change: { selected: ["a"] } }, /position must be a question number/],
        [{ attemptId, position: 2, change: { selected: "a" } }, /change must be exactly one of selected/],
        [{ attemptId, position: 2, change: { selected: [1] } }, /change must be exactly one of selected/],
        [{ attemptId, position: 2, change: { selected: ["z"] } }, /change\.selected\.0 option ids are letters a–h/],
        [{ attemptId, position: 2, change: { struck: ["a", null] } }, /change/],
        // Letters a question does not have (its options are a–d).
        [
          { attemptId, position: 2, change: { selected: ["h"] } },
          /^That answer does not match this question's options\.$/,
        ],
        [
          { attemptId, position: 2, change: { struck: ["a", "e"] } },
          /^That answer does not match this question's options\.$/,
        ],
        [{ attemptId, position: 2, change: { flagged: "yes" } }, /change must be exactly one of/],
        [{ attemptId, position: 2, change: { selected: ["a"], flagged: true } }, /change must be exactly one of/],
        [{ attemptId, position: 2, change: {} }, /change must be exactly one of/],
        [{ attemptId: 42, position: 2, change: { flagged: true } }, /attemptId is not an attempt id/],
        [{ attemptId: "../../etc/passwd", position: 2, change: { flagged: true } }, /attemptId is not an attempt id/],
        ["a string", /must be an object with attemptId, position and change/],
      ];
      for (const [input, reason] of cases) {
        expectRefused(await post(request, { path, action: "saveExamItem", body: args(input) }), reason);
      }
      const visit = { attemptId, from: 0, to: 1, elapsedMs: 100 };
      for (const [input, reason] of [
        [{ ...visit, from: -1 }, /from must be a question number/],
        [{ ...visit, to: "1" }, /to must be a question number/],
        [{ ...visit, elapsedMs: -5 }, /elapsedMs must be between 0 and 6 hours/],
        [{ ...visit, elapsedMs: "lots" }, /elapsedMs must be a number/],
      ] as [unknown, RegExp][]) {
        expectRefused(await post(request, { path, action: "recordExamVisit", body: args(input) }), reason);
      }
    });
  });

  test("oversized payloads are refused; the saved answers stay", async ({ request }) => {
    await withSavedWork("practice", async ({ attemptId }) => {
      const path = `/exam/${attemptId}`;
      const huge = args({ attemptId, position: 2, change: { selected: ["a"] }, padding: "x".repeat(1.2 * MB) });
      expectUndecodable(await post(request, { path, action: "saveExamItem", body: huge }));
      const many = args({ attemptId, position: 2, change: { selected: Array<string>(150_000).fill("a") } });
      expect(many.length).toBeLessThan(MB);
      expectRefused(
        await post(request, { path, action: "saveExamItem", body: many }),
        /change must be exactly one of selected/,
      );
      const longId = args({ attemptId: "a".repeat(5000), position: 2, change: { flagged: true } });
      expectRefused(
        await post(request, { path, action: "saveExamItem", body: longId }),
        /attemptId is not an attempt id/,
      );
    });
  });

  test("unknown attempts, other learners' attempts and questions not in the exam", async ({ request }) => {
    const theirs = await otherLearnersWork();
    await withSavedWork("practice", async ({ attemptId }) => {
      const save = (input: unknown) =>
        post(request, { path: `/exam/${attemptId}`, action: "saveExamItem", body: args(input) });
      expect((await save({ attemptId: "nosuchattempt", position: 0, change: { selected: ["a"] } })).result).toEqual({
        ok: false,
        error: "Exam attempt nosuchattempt was not found.",
        closed: true,
      });
      const stolen = await save({ attemptId: theirs.attemptId, position: 0, change: { selected: ["d"] } });
      expect(stolen.result).toEqual({
        ok: false,
        error: `Exam attempt ${theirs.attemptId} was not found.`,
        closed: true,
      });
      const visit = { attemptId: theirs.attemptId, from: 0, to: 2, elapsedMs: 60_000 };
      await post(request, { path: `/exam/${attemptId}`, action: "recordExamVisit", body: args(visit) });
      const submitted = await post(request, {
        path: `/exam/${attemptId}`,
        action: "submitExam",
        body: args(theirs.attemptId),
      });
      expect(submitted.result).toEqual({ ok: false, error: `Exam attempt ${theirs.attemptId} was not found.` });
      // A position the attempt does not have is refused and writes nothing.
      const beyond = await save({ attemptId, position: 150, change: { selected: ["a"] } });
      expectNoLeak(beyond);
      expect(beyond.result).toMatchObject({ ok: false });
    });
    await expectIntact(theirs);
    expect(await db().examAttempt.findUnique({ where: { id: theirs.attemptId } })).toMatchObject({
      status: "in_progress",
      currentPosition: 0,
    });
  });

  test("after a barrage of bad saves the runner still shows the saved answers", async ({ page, request }) => {
    await withSavedWork("practice", async ({ attemptId }) => {
      for (const body of ["nope", args({ attemptId, position: 0, change: { selected: "d" } }), "[]"]) {
        await post(request, { path: `/exam/${attemptId}`, action: "saveExamItem", body });
      }
      await page.goto(`/exam/${attemptId}`);
      await expect(page.getByRole("button", { name: /^Question 1: answered/ }).first()).toBeVisible();
      await expect(page.getByRole("button", { name: /^Question 2: .*flagged/ }).first()).toBeVisible();
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Practice answers (submitPracticeAnswer) and review grades (the same action on a review session).

for (const kind of ["practice", "review"] as const) {
  test.describe(`${kind} answers`, () => {
    test("malformed, mistyped and oversized answers get a clear refusal; the saved answer stays", async ({
      request,
    }) => {
      await withSavedWork(kind, async ({ sessionId, answeredId, openId }) => {
        const path = `/practice/${sessionId}`;
        const submit = (body: string) => post(request, { path, action: "submitPracticeAnswer", body });
        const answer = { sessionId, questionId: openId, selected: ["a"], confidence: "sure" };
        for (const body of ["{{", '["$Q1"]', `[${JSON.stringify(answer).slice(0, 20)}`]) {
          expectUndecodable(await submit(body));
        }
        const cases: [unknown, RegExp][] = [
          [{ ...answer, selected: "a" }, /^Answers are option letters a–h/],
          [{ ...answer, selected: [1] }, /^Answers are option letters a–h/],
          [{ ...answer, selected: [] }, /^Choose an answer first\.$/],
          [{ ...answer, selected: Array<string>(9).fill("a") }, /^Answers are option letters a–h, at most 8/],
          [{ ...answer, confidence: "very" }, /^Say how sure you are\.$/],
          [{ ...answer, confidence: undefined }, /^Say how sure you are\.$/],
          [{ ...answer, selected: ["h"] }, /^That answer does not match this question's options\.$/],
          [{ ...answer, selected: ["a", "b"] }, /^Choose one option\.$/],
          [{ ...answer, sessionId: "../../x" }, /^That practice session does not exist\.$/],
          [{ ...answer, questionId: "q".repeat(5000) }, /^That question does not exist\.$/],
          [{ ...answer, questionId: 7 }, /^That question does not exist\.$/],
          [null, /^That answer could not be read\.$/],
          [{ ...answer, questionId: answeredId, selected: [] }, /^Choose an answer first\.$/],
        ];
        for (const [input, reason] of cases) expectRefused(await submit(args(input)), reason);
        expectUndecodable(await submit(args({ ...answer, padding: "x".repeat(1.2 * MB) })));
        // Answering the answered question again changes nothing: the first answer stands.
        const again = await submit(args({ ...answer, questionId: answeredId, selected: ["d"] }));
        expect(again.result).toMatchObject({ ok: true, feedback: { selected: keyOf(answeredId) } });
      });
    });

    test("unknown sessions and questions, and other learners' sessions", async ({ request }) => {
      const theirs = await otherLearnersWork();
      await withSavedWork(kind, async ({ sessionId, openId }) => {
        const submit = (input: unknown) =>
          post(request, { path: `/practice/${sessionId}`, action: "submitPracticeAnswer", body: args(input) });
        const answer = { sessionId, questionId: openId, selected: ["a"], confidence: "sure" };
        expectRefused(
          await submit({ ...answer, sessionId: "nosuchsession" }),
          /^Practice session nosuchsession was not found\.$/,
        );
        expectRefused(
          await submit({ ...answer, sessionId: theirs.sessionId, questionId: theirs.openId }),
          new RegExp(`^Practice session ${theirs.sessionId} was not found\\.$`),
        );
        expectRefused(
          await submit({ ...answer, questionId: "no-such-question-001" }),
          /^That question does not exist\.$/,
        );
        const elsewhere = singles[2] ?? "";
        expectRefused(
          await submit({ ...answer, questionId: elsewhere }),
          new RegExp(`^Question ${elsewhere} is not part of this session\\.$`),
        );
      });
      await expectIntact(theirs);
    });
  });
}

test("review settings: a mistyped retention is refused with the allowed range", async ({ request }) => {
  await withSavedWork("review", async () => {
    const before = await db().learnerPreference.findUnique({ where: { learnerId: "local-learner" } });
    for (const retention of ["abc", "-1", "5", "", "0.5", "NaN", "1e999"]) {
      const form = formBody({ retention });
      const reply = await post(request, { path: "/review", action: "saveRetention", ...form });
      expectNoLeak(reply);
      expect(reply.result, retention).toEqual({ error: "Enter a retention between 0.70 and 0.97." });
    }
    expectUndecodable(
      await post(request, {
        path: "/review",
        action: "saveRetention",
        body: "retention=0.8",
        contentType: "multipart/form-data; boundary=nothing",
      }),
    );
    const after = await db().learnerPreference.findUnique({ where: { learnerId: "local-learner" } });
    expect(after?.desiredRetention).toBe(before?.desiredRetention);
  });
});

// ---------------------------------------------------------------------------------------------
// "Report a problem with this question" (reportQuestion).

test("problem reports: malformed, mistyped, oversized and unknown questions store nothing", async ({ request }) => {
  const marker = `faults-${Date.now()}`;
  await withSavedWork("practice", async ({ sessionId, openId }) => {
    const report = (body: string) => post(request, { path: `/practice/${sessionId}`, action: "reportQuestion", body });
    expectUndecodable(await report("report: it is wrong"));
    expectUndecodable(await report(args({ questionId: openId, text: `${marker} ${"x".repeat(1.2 * MB)}` })));
    const cases: [unknown, RegExp][] = [
      [{ questionId: openId, text: "short" }, /^Describe the problem in at least 10 characters\.$/],
      [{ questionId: openId, text: `${marker} ${"x".repeat(2_100)}` }, /^Keep the report under 2,000 characters\.$/],
      [{ questionId: openId, text: 12345678901 }, /^Describe the problem in words\.$/],
      [{ questionId: "no-such-question-001", text: `${marker} key is wrong` }, /^That question does not exist\.$/],
      [{ questionId: "Not An Id!", text: `${marker} key is wrong` }, /^That question does not exist\.$/],
      [[`${marker} key is wrong`], /^That report could not be read\.$/],
    ];
    for (const [input, reason] of cases) expectRefused(await report(args(input)), reason);
  });
  expect(await db().questionReport.count({ where: { text: { contains: marker } } })).toBe(0);
});

// ---------------------------------------------------------------------------------------------
// Progress import (POST /api/import: a route, because exports can be larger than an action body).

test("progress import: files that are not exports are refused and change nothing", async ({ request }) => {
  await withSavedWork("practice", async ({ sessionId }) => {
    const importFile = async (body: string | Buffer, origin = ORIGIN) => {
      const response = await request.post("/api/import", {
        headers: { "Content-Type": "application/json", Origin: origin, Connection: "close" },
        // A Buffer goes as is; Playwright would JSON-encode a string sent as application/json.
        data: Buffer.from(body),
      });
      const text = await response.text();
      expect(text).not.toMatch(LEAKS);
      return { status: response.status(), body: JSON.parse(text) as { error?: string; message?: string } };
    };
    const exportLike = {
      format: "rollout-learner-export",
      version: 1,
      exportedAt: new Date().toISOString(),
      preferences: null,
      sectionReads: [],
      practiceSessions: [],
      answers: [
        {
          id: "faultsanswer1",
          questionId: singles[2],
          sessionId,
          source: "practice",
          selected: "a",
          correct: true,
          confidence: "sure",
          answeredAt: new Date().toISOString(),
        },
      ],
      reviewCards: [],
      examAttempts: [],
    };
    const cases: [string | Buffer, number, RegExp][] = [
      [Buffer.alloc(0), 400, /^Choose the \.json file Rollout exported\.$/],
      ["not json {", 422, /^The file is not JSON\. Choose the \.json file Rollout exported\.$/],
      ['{"format":"anki"}', 422, /Nothing was changed\.$/],
      ["[1,2,3]", 422, /Nothing was changed\.$/],
      [JSON.stringify(exportLike), 422, /answers.*selected.*Nothing was changed\.$/],
      // Over 1 MB (an action's limit) reaches the validator; over 20 MB is refused unread.
      [JSON.stringify({ ...exportLike, padding: "x".repeat(1.5 * MB) }), 422, /Nothing was changed\.$/],
    ];
    for (const [body, status, reason] of cases) {
      const reply = await importFile(body);
      expect(reply.status).toBe(status);
      expect(reply.body.error).toMatch(reason);
    }
    // Over 20 MB is refused unread: the 413 can arrive (and the socket close) while the client is
    // still writing, so a broken pipe is the same refusal seen from this side.
    const huge = await importFile(Buffer.alloc(21 * MB, 0x20)).catch((error: Error) => error);
    if (huge instanceof Error) expect(huge.message).toMatch(/EPIPE|ECONNRESET|socket hang up/);
    else
      expect(huge).toEqual({
        status: 413,
        body: { error: expect.stringMatching(/^That file is over 20 MB/) as unknown },
      });
    const valid = { ...exportLike, answers: [{ ...exportLike.answers[0], selected: ["a"] }] };
    const foreign = await importFile(JSON.stringify(valid), "https://attacker.example");
    expect(foreign.status).toBe(403);
    expect(await db().answer.count({ where: { id: "faultsanswer1" } })).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Addresses that lead nowhere: a 404 page with a way home, never an error page.

async function expectNotFound(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the dashboard" })).toHaveAttribute("href", "/");
  expect(await page.content()).not.toMatch(LEAKS);
}

test("unknown, foreign and garbage route params show the not-found page with a way home", async ({ page }) => {
  test.setTimeout(90_000);
  const theirs = await otherLearnersWork();
  const paths = [
    "/exam/doesnotexist",
    "/exam/doesnotexist/results",
    `/exam/${theirs.attemptId}`,
    `/exam/${theirs.attemptId}/results`,
    "/exam/..%2F..%2Fetc%2Fpasswd",
    "/exam/%00",
    `/exam/${"x".repeat(5000)}`,
    "/practice/doesnotexist",
    `/practice/${theirs.sessionId}`,
    "/practice/..%2F..%2Fetc",
    `/practice/${"y".repeat(5000)}`,
    "/practice/question/doesnotexist",
    "/notes/ecs/doesnotexist",
    "/notes/nowhere/doesnotexist",
    "/notes/nowhere/cheatsheet",
    `/notes/ecs/${"z".repeat(5000)}`,
    "/simulate/unknown",
    "/simulate/..%2F..%2Fetc",
  ];
  for (const path of paths) await expectNotFound(page, path);
  await expectIntact(theirs);
});

test("a path that is not valid percent-encoding is refused without details", async ({ request }) => {
  // Next decodes the path before any route code runs and answers a bad escape with a bare 500
  // (docs/production.md, "Faults and what the learner sees"); nothing of the server may show.
  for (const path of ["/exam/%ff", "/practice/%E0%A4%A", "/notes/ecs/%c3%28"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toMatch(LEAKS);
  }
  await expectServerHealthy(request);
});
