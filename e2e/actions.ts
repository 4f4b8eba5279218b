import type { APIRequestContext } from "@playwright/test";
import { actionIds } from "../scripts/production/server-actions.mjs";

/** The id Next gave an exported server action in the build under test. */
export function actionId(exportedName: string): string {
  const id = actionIds(process.env.NEXT_DIST_DIR ?? ".next", [exportedName]).get(exportedName);
  if (!id) throw new Error(`no server action named ${exportedName}`);
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
