#!/usr/bin/env node
// A small load balancer on loopback for the production tests and the bench: each request goes to
// the next upstream in turn, with method, headers and body forwarded and X-Forwarded-For, -Proto and
// -Host set (the Host header itself is kept, as an ALB keeps it, so server actions' origin check
// passes). Request bodies are buffered, so a request can be sent again.
//
// Retry rule: at most once, on another upstream, and only when it cannot do harm.
//  1. The connection to the upstream was never established (refused, reset or timed out while
//     connecting): the app never saw the request, so it is retried whatever its method. This is
//     what a killed instance produces. The upstream is then marked down for `downMs` and skipped,
//     as an ALB takes an unhealthy target out of rotation; if every upstream is down, all are tried.
//  2. The connection broke after the request was sent and before a response header came back:
//     the app may have acted on it, so only requests that are safe to repeat are retried: GET,
//     HEAD and OPTIONS, and server-action POSTs whose Next-Action id is in `idempotentActionIds`
//     (see IDEMPOTENT_ACTIONS in server-actions.mjs: the exam autosave and submit). Any other
//     request gets a 502; the exam runner resends its own saves.
//  3. Once the response has started, nothing is retried: the client's connection is cut so it
//     sees the failure instead of a truncated page.
//
//   node scripts/production/round-robin-proxy.mjs <port> <upstream-url> [<upstream-url>…]
// (the action ids come from the build in NEXT_DIST_DIR, default .next, when there is one)
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { actionIds, IDEMPOTENT_ACTIONS } from "./server-actions.mjs";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "content-length",
]);

/** @param {http.IncomingHttpHeaders} headers */
function withoutHopByHop(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

/** @param {http.IncomingMessage} req @returns {Promise<Buffer>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** @param {http.IncomingMessage} req @param {Buffer} body */
function upstreamHeaders(req, body) {
  const headers = withoutHopByHop(req.headers);
  const client = req.socket.remoteAddress ?? "";
  const forwardedFor = req.headers["x-forwarded-for"];
  headers["x-forwarded-for"] = forwardedFor ? `${String(forwardedFor)}, ${client}` : client;
  headers["x-forwarded-proto"] ??= "http";
  headers["x-forwarded-host"] ??= req.headers.host ?? "";
  if (body.length > 0 || !SAFE_METHODS.has(req.method ?? "GET")) headers["content-length"] = String(body.length);
  return headers;
}

/**
 * Sends one request to one upstream. Resolves with the response, or rejects with an error whose
 * `connected` says whether the request reached the upstream at all.
 */
function send(target, req, headers, body, timeoutMs) {
  return new Promise((resolve, reject) => {
    let connected = false;
    const upstream = http.request(new URL(req.url ?? "/", target.origin), {
      method: req.method,
      headers,
      agent: target.agent,
      timeout: timeoutMs,
    });
    upstream.on("socket", (socket) => {
      if (!socket.connecting) connected = true;
      else socket.once("connect", () => (connected = true));
    });
    upstream.on("timeout", () => upstream.destroy(new Error(`upstream ${target.origin} timed out`)));
    upstream.on("response", resolve);
    upstream.on("error", (error) => reject(Object.assign(error, { connected })));
    upstream.end(body);
  });
}

/**
 * Starts the proxy. `upstreams` are base URLs (http://127.0.0.1:3311).
 * @param {{ upstreams: string[], port?: number, host?: string, idempotentActionIds?: Iterable<string>,
 *   downMs?: number, timeoutMs?: number }} options
 */
export async function startProxy({
  upstreams,
  port = 0,
  host = "127.0.0.1",
  idempotentActionIds = [],
  downMs = 2_000,
  timeoutMs = 60_000,
}) {
  if (upstreams.length === 0) throw new Error("the proxy needs at least one upstream");
  const targets = upstreams.map((url) => ({
    origin: new URL(url).origin,
    agent: new http.Agent({ keepAlive: true }),
    downUntil: 0,
  }));
  const idempotent = new Set(idempotentActionIds);
  const stats = { served: targets.map(() => 0), retried: 0, failed: 0 };
  let turn = 0;

  /** The next upstream in turn that is not marked down (any, if all are), never `except`. */
  function pick(except) {
    const now = Date.now();
    const order = targets.map((_, i) => (turn + i) % targets.length).filter((i) => i !== except);
    const chosen = order.find((i) => targets[i].downUntil <= now) ?? order[0];
    if (except === undefined) turn = (chosen + 1) % targets.length;
    return chosen;
  }

  const repeatable = (req) =>
    SAFE_METHODS.has(req.method ?? "GET") ||
    (req.method === "POST" && idempotent.has(String(req.headers["next-action"] ?? "")));

  /** Relays upstream `index`'s response, or says whether the request had reached it before failing. */
  async function forward(index, req, res, headers, body) {
    const target = targets[index];
    try {
      const response = await send(target, req, headers, body, timeoutMs);
      stats.served[index] += 1;
      res.writeHead(response.statusCode ?? 502, withoutHopByHop(response.headers));
      response.pipe(res);
      response.on("error", () => res.destroy());
      return { relayed: true, connected: true };
    } catch (error) {
      const connected = Boolean(/** @type {{ connected?: boolean }} */ (error).connected);
      if (!connected) target.downUntil = Date.now() + downMs;
      return { relayed: false, connected };
    }
  }

  async function handle(req, res) {
    const body = await readBody(req);
    const headers = upstreamHeaders(req, body);
    const first = pick(undefined);
    const result = await forward(first, req, res, headers, body);
    if (result.relayed) return;
    if (targets.length > 1 && (!result.connected || repeatable(req))) {
      stats.retried += 1;
      if ((await forward(pick(first), req, res, headers, body)).relayed) return;
    }
    stats.failed += 1;
    res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
    res.end("Bad gateway: no upstream answered.\n");
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${host}:${boundPort}`,
    port: boundPort,
    stats,
    /** Stops listening, cuts open connections and closes the upstream pools. */
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
        for (const target of targets) target.agent.destroy();
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [port, ...upstreams] = process.argv.slice(2);
  if (!port || upstreams.length === 0) {
    console.error("usage: node scripts/production/round-robin-proxy.mjs <port> <upstream-url> [<upstream-url>…]");
    process.exit(2);
  }
  const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");
  const built = fs.existsSync(path.join(distDir, "server", "server-reference-manifest.json"));
  const idempotentActionIds = built ? actionIds(distDir, IDEMPOTENT_ACTIONS).values() : [];
  const proxy = await startProxy({ port: Number(port), upstreams, idempotentActionIds });
  console.log(`round-robin proxy on ${proxy.url} → ${upstreams.join(", ")}`);
  const stop = () => void proxy.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
