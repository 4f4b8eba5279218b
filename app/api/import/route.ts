import { revalidatePath } from "next/cache";
import { signedInLearner } from "@/lib/auth/current-learner";
import { db } from "@/lib/db/client";
import { importLearnerData } from "@/lib/db/learner-data";
import { env } from "@/lib/env";
import { isSameOrigin } from "@/lib/security/same-origin";
import { parseLearnerExport } from "@/lib/validations/learner-export";

export const dynamic = "force-dynamic";

/** A large learner's export is several MB; server actions stop at 1 MB, which is why this is a route. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const TOO_LARGE = "That file is over 20 MB, too large to be a Rollout export. Nothing was changed.";

const reply = (status: number, body: { error?: string; message?: string }) => Response.json(body, { status });

/** Reads the body, refusing it as soon as it passes the limit (Content-Length can be absent or wrong). */
async function readLimited(request: Request): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES) return null;
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_IMPORT_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Imports an export file (the request body), merging it idempotently; a bad file changes nothing. */
export async function POST(request: Request): Promise<Response> {
  const allowed = (env().ROLLOUT_ALLOWED_ORIGINS ?? "").split(",").map((host) => host.trim());
  if (!isSameOrigin(request.headers, allowed)) return reply(403, { error: "Imports must come from Rollout itself." });
  const learner = await signedInLearner();
  if (!learner) return reply(401, { error: "Sign in to import your progress. Nothing was changed." });
  const text = await readLimited(request);
  if (text === null) return reply(413, { error: TOO_LARGE });
  if (text.trim() === "") return reply(400, { error: "Choose the .json file Rollout exported." });
  const parsed = parseLearnerExport(text);
  if (!parsed.ok) return reply(422, { error: parsed.error });
  const counts = await importLearnerData(db(), learner.id, parsed.data);
  revalidatePath("/", "layout");
  return reply(200, { message: `Imported: ${counts.added} records added, ${counts.skipped} already here.` });
}
