import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

/** The id Next gave an exported server action in the build under test. */
export function actionId(exportedName: string): string {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no server action named ${exportedName} in ${distDir}`);
  return id;
}

/**
 * Calls a server action the way the browser does (POST with its id in `Next-Action`), with the
 * cookies of the request context, so a test can send what the UI never would.
 */
export async function callAction(
  request: APIRequestContext,
  options: { baseURL: string; pagePath: string; action: string; args: unknown[] },
): Promise<{ status: number; body: string }> {
  const response = await request.post(`${options.baseURL}${options.pagePath}`, {
    headers: {
      "Next-Action": actionId(options.action),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: options.baseURL,
    },
    data: JSON.stringify(options.args),
  });
  return { status: response.status(), body: await response.text() };
}
