// Free TCP ports on loopback inside a fixed range (the production tests and the bench use 3300–3399).
import net from "node:net";

// 3300–3309 are left to the fixed ports of bench/run.mjs.
export const PORT_RANGE = { from: 3310, to: 3399 };

/** @param {number} port @returns {Promise<boolean>} whether nothing listens on 127.0.0.1:port */
function isFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

const taken = new Set();

/**
 * A port nobody listens on, starting at a random place in the range so two runs at once rarely
 * race for the same one; ports handed out earlier in this process are not handed out again.
 * @param {{ from: number, to: number }} [range]
 * @returns {Promise<number>}
 */
export async function freePort(range = PORT_RANGE) {
  const size = range.to - range.from + 1;
  const start = Math.floor(Math.random() * size);
  for (let i = 0; i < size; i++) {
    const port = range.from + ((start + i) % size);
    if (taken.has(port)) continue;
    if (await isFree(port)) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port between ${range.from} and ${range.to}`);
}
