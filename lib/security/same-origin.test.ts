import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const request = (headers: Record<string, string>) => new Headers(headers);

describe("isSameOrigin", () => {
  it("accepts the site's own pages, directly and behind a proxy", () => {
    expect(isSameOrigin(request({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(
      isSameOrigin(request({ origin: "https://r.example", host: "10.0.0.5:3000", "x-forwarded-host": "r.example" })),
    ).toBe(true);
    expect(isSameOrigin(request({ origin: "https://cdn.example", host: "r.example" }), ["cdn.example"])).toBe(true);
  });

  it("refuses another site, a malformed origin and a cross-site fetch without one", () => {
    expect(isSameOrigin(request({ origin: "https://attacker.example", host: "r.example" }))).toBe(false);
    expect(isSameOrigin(request({ origin: "null", host: "r.example" }))).toBe(false);
    expect(isSameOrigin(request({ host: "r.example", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOrigin(request({ host: "r.example" }))).toBe(true);
  });
});
