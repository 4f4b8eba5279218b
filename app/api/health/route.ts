import { db } from "@/lib/db/client";
import { checkHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Liveness and database check for load balancers and container health checks. */
export async function GET(): Promise<Response> {
  const report = await checkHealth(db());
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
