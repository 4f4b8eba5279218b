/**
 * Whether a state-changing request comes from a page of this site. Route handlers do not get the
 * origin check Next gives server actions, so they call this: a browser always sends `Origin` on
 * a cross-site POST, and it must name the host the request was addressed to (the proxy's
 * X-Forwarded-Host when there is one) or one of the allowed hosts.
 */
export function isSameOrigin(headers: Headers, allowedHosts: readonly string[] = []): boolean {
  const origin = headers.get("origin");
  if (origin === null) return headers.get("sec-fetch-site") !== "cross-site";
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? headers.get("host");
  return originHost === host || allowedHosts.includes(originHost);
}
