"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { resetLearnerData } from "@/lib/db/learner-data";
import { currentLearner } from "@/lib/auth/current-learner";

export interface DataActionState {
  error?: string;
  message?: string;
}

/** Deletes all of the learner's progress after they type RESET to confirm. */
export async function resetData(_previous: DataActionState, form: FormData): Promise<DataActionState> {
  if (form.get("confirm") !== "RESET") return { error: "Type RESET in capitals to confirm. Nothing was deleted." };
  const learner = await currentLearner();
  await resetLearnerData(db(), learner.id);
  revalidatePath("/", "layout");
  return { message: "All your progress was deleted." };
}
