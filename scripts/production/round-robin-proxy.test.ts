// The proxy's forwarding and its retry rule, against small upstreams on loopback.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startProxy, type Proxy } from "./round-robin-proxy.mjs";

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

type Behaviour = "answer" | "hang-up";

/** An upstream that records what it received, then answers or drops the connection unanswered. */
async function upstream(name: string, behaviour: Behaviour = "answer") {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      if (behaviour === "hang-up") req.socket.destroy();
      else res.end(name);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A URL nothing listens on (a server that was started and stopped). */
async function deadUrl(): Promise<string> {
  const dead = await upstream("dead");
  await dead.close();
  return dead.url;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function proxyFor(upstreams: string[], idempotentActionIds: string[] = []): Promise<Proxy> {
  const proxy = await startProxy({ upstreams, idempotentActionIds });
  cleanups.push(() => proxy.close());
  return proxy;
}

async function started(name: string, behaviour?: Behaviour) {
  const server = await upstream(name, behaviour);
  cleanups.push(server.close);
  return server;
}

describe("round-robin proxy", () => {
  it("alternates upstreams and forwards method, path, headers and body with X-Forwarded-*", async () => {
    const a = await started("a");
    const b = await started("b");
    const proxy = await proxyFor([a.url, b.url]);
    const answers: string[] = [];
    for (let i = 0; i < 4; i++) answers.push(await (await fetch(`${proxy.url}/x?i=${i}`)).text());
    expect(answers).toEqual(["a", "b", "a", "b"]);
    const response = await fetch(`${proxy.url}/exam/1`, {
      method: "POST",
      headers: { "Next-Action": "abc", "X-Forwarded-For": "10.0.0.1" },
      body: "[1]",
    });
    expect(await response.text()).toBe("a");
    const post = a.seen.at(-1);
    expect(post).toMatchObject({ method: "POST", url: "/exam/1", body: "[1]" });
    expect(post?.headers).toMatchObject({
      "next-action": "abc",
      host: `127.0.0.1:${proxy.port}`,
      "x-forwarded-for": "10.0.0.1, 127.0.0.1",
      "x-forwarded-proto": "http",
      "x-forwarded-host": `127.0.0.1:${proxy.port}`,
    });
    expect(proxy.stats).toMatchObject({ served: [3, 2], retried: 0, failed: 0 });
  });

  it("sends any request to the other upstream when one refuses the connection, then skips it", async () => {
    const b = await started("b");
    const proxy = await proxyFor([await deadUrl(), b.url]);
    const response = await fetch(`${proxy.url}/exam`, { method: "POST", body: "start" });
    expect(await response.text()).toBe("b");
    expect(b.seen.map((s) => s.body)).toEqual(["start"]);
    for (let i = 0; i < 3; i++) expect(await (await fetch(`${proxy.url}/`)).text()).toBe("b");
    expect(proxy.stats).toMatchObject({ served: [0, 4], retried: 1, failed: 0 });
  });

  it("resends a request that reached an upstream only when repeating it is harmless", async () => {
    const a = await started("a", "hang-up");
    const b = await started("b");
    const proxy = await proxyFor([a.url, b.url], ["save-id"]);
    const call = (init: RequestInit) => fetch(`${proxy.url}/exam/1`, init);

    expect(await (await call({ method: "GET" })).text()).toBe("b");
    await call({ method: "GET" }); // b's turn
    const save = await call({ method: "POST", headers: { "Next-Action": "save-id" }, body: "[save]" });
    expect(await save.text()).toBe("b");
    await call({ method: "GET" }); // b's turn
    const start = await call({ method: "POST", headers: { "Next-Action": "start-id" }, body: "[start]" });
    expect(start.status).toBe(502);

    expect(a.seen.map((s) => s.method)).toEqual(["GET", "POST", "POST"]);
    expect(b.seen.map((s) => s.body)).toEqual(["", "", "[save]", ""]);
    expect(proxy.stats).toMatchObject({ retried: 2, failed: 1 });
  });
});
