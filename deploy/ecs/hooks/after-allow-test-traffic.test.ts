import { describe, expect, it } from "vitest";
import { CHECKS, findFailures } from "./after-allow-test-traffic.mjs";

const healthy: Record<string, [number, string]> = {
  "/api/health": [200, '{"status":"ok","db":"ok"}'],
  "/notes": [200, "<h1>Study notes</h1>"],
  "/practice": [200, "<h1>Practice</h1>"],
};

/** A fetch that answers from a table, recording what was asked. */
function fakeFetch(answers: Record<string, [number, string]>, asked: string[] = []): typeof fetch {
  return (input: URL | RequestInfo) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    asked.push(url.href);
    const answer = answers[url.pathname];
    if (!answer) return Promise.reject(new Error("connect ECONNREFUSED"));
    return Promise.resolve(new Response(answer[1], { status: answer[0] }));
  };
}

describe("AfterAllowTestTraffic hook", () => {
  it("passes when the test listener serves the health route and pages", async () => {
    const asked: string[] = [];
    const failures = await findFailures("http://test-listener:8080", { fetch: fakeFetch(healthy, asked), delayMs: 0 });
    expect(failures).toEqual([]);
    expect(asked).toEqual(CHECKS.map((check) => `http://test-listener:8080${check.path}`));
  });

  it("fails when the new tasks cannot reach the database, after retrying", async () => {
    const asked: string[] = [];
    const answers = { ...healthy, "/api/health": [503, '{"status":"error","db":"error"}'] as [number, string] };
    const failures = await findFailures("http://test-listener:8080", {
      fetch: fakeFetch(answers, asked),
      attempts: 3,
      delayMs: 0,
    });
    expect(failures).toEqual(['/api/health answered 503 without "db":"ok"']);
    expect(asked.filter((url) => url.endsWith("/api/health"))).toHaveLength(3);
  });

  it("fails when a page does not answer at all", async () => {
    const { "/practice": _, ...answers } = healthy;
    const failures = await findFailures("http://test-listener:8080", { fetch: fakeFetch(answers), attempts: 1 });
    expect(failures).toEqual(["/practice failed: connect ECONNREFUSED"]);
  });
});
