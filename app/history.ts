import { cookies } from "next/headers";
import { z } from "zod";
import { HISTORY_TIME_ZONE_COOKIE } from "@/components/progress/history-section";
import { loadQuestionBank } from "@/lib/content/questions";
import { db } from "@/lib/db/client";
import { historyRecords } from "@/lib/db/history";
import { buildHistory, HISTORY_DEFAULTS, isValidTimeZone } from "@/lib/engines/history";

/** An IANA zone name, as the History section's "Use my time zone" button stores it in a cookie. */
const timeZoneSchema = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9_+\-/]+$/)
  .refine(isValidTimeZone);

/** History in the learner's zone: the cookie's if it names a real zone, otherwise UTC (and the page says so). */
export async function learnerHistory(learnerId: string, now: Date) {
  const zone = timeZoneSchema.safeParse((await cookies()).get(HISTORY_TIME_ZONE_COOKIE)?.value);
  const areaById = new Map(loadQuestionBank().map((q) => [q.id, q.area]));
  const records = await historyRecords(db(), learnerId, {
    now,
    days: HISTORY_DEFAULTS.windowDays,
    areaOf: (questionId) => areaById.get(questionId) ?? null,
  });
  const timeZone = zone.success ? zone.data : HISTORY_DEFAULTS.timeZone;
  return { history: buildHistory({ ...records, now: now.getTime(), timeZone }), timeZoneIsDefault: !zone.success };
}
