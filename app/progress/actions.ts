"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { importLearnerData, resetLearnerData } from "@/lib/db/learner-data";
import { currentLearner } from "@/lib/auth/current-learner";
import { parseLearnerExport } from "@/lib/validations/learner-export";

export interface DataActionState {
  error?: string;
  message?: string;
}

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Imports an export file, merging it idempotently; a bad file changes nothing. */
export async function importData(_previous: DataActionState, form: FormData): Promise<DataActionState> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Choose the .json file Rollout exported." };
  if (file.size > MAX_IMPORT_BYTES)
    return { error: "That file is over 20 MB, too large to be a Rollout export. Nothing was changed." };
  const parsed = parseLearnerExport(await file.text());
  if (!parsed.ok) return { error: parsed.error };
  const learner = await currentLearner();
  const counts = await importLearnerData(db(), learner.id, parsed.data);
  revalidatePath("/", "layout");
  return { message: `Imported: ${counts.added} records added, ${counts.skipped} already here.` };
}

/** Deletes all of the learner's progress after they type RESET to confirm. */
export async function resetData(_previous: DataActionState, form: FormData): Promise<DataActionState> {
  if (form.get("confirm") !== "RESET") return { error: "Type RESET in capitals to confirm. Nothing was deleted." };
  const learner = await currentLearner();
  await resetLearnerData(db(), learner.id);
  revalidatePath("/", "layout");
  return { message: "All your progress was deleted." };
}
