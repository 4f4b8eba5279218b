import { db } from "@/lib/db/client";
import { exportLearnerData } from "@/lib/db/learner-data";
import { currentLearner } from "@/lib/auth/current-learner";

export const dynamic = "force-dynamic";

/** Downloads everything the learner has as one JSON file. */
export async function GET(): Promise<Response> {
  const learner = await currentLearner();
  const now = new Date();
  const data = await exportLearnerData(db(), learner.id, now);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="rollout-progress-${now.toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
}
