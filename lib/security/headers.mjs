// Security headers for every response, used by next.config.js `headers()`.
// Plain ESM + JSDoc so next.config.js can import it without a TypeScript step.
// docs/security.md explains each choice; the short version of the CSP trade-off:
//
// - Notes (and most pages' shells) are statically generated. A nonce CSP needs a fresh nonce per
//   response, which Next can only stamp on dynamically rendered pages, so it would force every page
//   dynamic. This policy is one static header instead.
// - The App Router streams its RSC payload as inline `<script>self.__next_f.push(...)</script>`
//   tags whose text differs per page and per request, so they cannot be listed as hashes. They need
//   `'unsafe-inline'` in script-src. Browsers IGNORE `'unsafe-inline'` as soon as a hash or nonce
//   is present, so adding a `'sha256-…'` for the theme boot script (app/layout.tsx) would block
//   Next's own scripts and break hydration. The theme script is therefore covered by
//   `'unsafe-inline'` too, and no hash is listed (e2e/security.spec.ts proves a hashed policy breaks).
// - What stays strict: no `'unsafe-eval'` (mdx-bundler's `new Function` runs on the server only),
//   no third-party origin anywhere, inline event-handler attributes blocked (`script-src-attr
//   'none'`), inline `<style>` elements blocked (`style-src-elem 'self'`; only style attributes,
//   used by charts and highlighted code, are inline), no plugins, no framing, no foreign form
//   targets, no `<base>` hijack.

/**
 * @typedef {{ key: string, value: string }} Header
 * @typedef {{ type: "header", key: string, value?: string }} HeaderCondition
 * @typedef {{ source: string, headers: Header[], has?: HeaderCondition[], missing?: HeaderCondition[] }} HeaderRule
 */

/** Every path, including `/_next/static/*` and route handlers such as `/api/health`. */
const ALL_PATHS = "/:path*";

/**
 * A request the TLS-terminating proxy marked as HTTPS. Next anchors the value (`^…$`); a chain of
 * proxies may append its own hops after a comma, and the first hop is the one the browser used.
 * @type {HeaderCondition}
 */
export const FORWARDED_HTTPS = { type: "header", key: "x-forwarded-proto", value: "https(?:\\s*,.*)?" };

/** Two years, the HSTS preload list's minimum; no `preload`, which is a one-way registration. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/**
 * The Content-Security-Policy directives, in order.
 * @param {{ tls: boolean }} options `tls`: the response goes out over HTTPS (adds upgrade-insecure-requests).
 * @returns {string[]}
 */
export function cspDirectives({ tls }) {
  const directives = [
    "default-src 'self'",
    // 'unsafe-inline' only for Next's inline RSC scripts and the theme boot script; see the top of this file.
    "script-src 'self' 'unsafe-inline'",
    // No inline on* handlers: React never renders them, injected markup would.
    "script-src-attr 'none'",
    // Style attributes (chart bars, highlighted code) are inline; style elements must be files.
    // Browsers without CSP3 style-src-elem fall back to style-src, which allows both.
    "style-src 'self' 'unsafe-inline'",
    "style-src-elem 'self'",
    // No page or stylesheet uses a data: image (checked in the build); add data: if one ever does.
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // Over plain HTTP (local runs) upgrading subresources to https:// would break every asset.
  if (tls) directives.push("upgrade-insecure-requests");
  return directives;
}

/**
 * The Content-Security-Policy header value.
 * @param {{ tls: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy(options) {
  return cspDirectives(options).join("; ");
}

/** Features the app never uses, switched off for it and anything it could embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
].join(", ");

/**
 * Headers every response gets, whatever the transport.
 * @param {{ tls: boolean }} options
 * @returns {Header[]}
 */
export function baseSecurityHeaders(options) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // Legacy twin of frame-ancestors 'none' for browsers without CSP2.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/**
 * The `headers()` rules for next.config.js. Plain HTTP gets the base set; a request forwarded as
 * HTTPS gets upgrade-insecure-requests and HSTS as well, so a local `http://localhost` run is never
 * pinned to HTTPS. (Browsers ignore HSTS received over plain HTTP anyway; the condition also keeps
 * the header truthful.) The two rules never both match, so no header is set twice.
 * @returns {HeaderRule[]}
 */
export function securityHeaderRules() {
  return [
    { source: ALL_PATHS, missing: [FORWARDED_HTTPS], headers: baseSecurityHeaders({ tls: false }) },
    {
      source: ALL_PATHS,
      has: [FORWARDED_HTTPS],
      headers: [...baseSecurityHeaders({ tls: true }), { key: "Strict-Transport-Security", value: HSTS_VALUE }],
    },
  ];
}

/**
 * Extra hosts whose `Origin` may call server actions, from ROLLOUT_ALLOWED_ORIGINS (comma-separated
 * hosts such as `rollout.example.com` or `*.example.com`, optionally with a port). Needed only when
 * a reverse proxy rewrites Host and sends no X-Forwarded-Host, so the Origin the browser sends
 * differs from the host Next sees. Next compares hosts, not URLs, so a scheme is stripped.
 * @param {string | undefined} value
 * @returns {string[]}
 */
export function parseAllowedOrigins(value) {
  if (!value) return [];
  return value
    .split(",")
    .map((entry) =>
      entry
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")
        .replace(/\/.*$/, ""),
    )
    .filter((entry) => entry.length > 0);
}
