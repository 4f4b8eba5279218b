import Link from "next/link";
import { STUDY_TIME_MODEL, type History } from "@/lib/engines/history";
import { HistoryAccuracyChart } from "./history-accuracy-chart";
import { HistoryActivityChart } from "./history-activity-chart";
import { HistoryExamChart } from "./history-exam-chart";
import { HistorySummary } from "./history-summary";
import { HistoryTimeZone } from "./history-time-zone";

/** The cookie holding the learner's IANA time zone (set by the "Use my time zone" button). */
export const HISTORY_TIME_ZONE_COOKIE = "rollout-tz";

export interface HistorySectionProps {
  history: History;
  /** True when no valid zone cookie was sent and days are counted in UTC. */
  timeZoneIsDefault: boolean;
}

const seconds = (ms: number) => Math.round(ms / 1000);

function EmptyHistory() {
  return (
    <div className="notice">
      <p>
        <strong>No history yet.</strong> It starts with your first step:{" "}
        <Link href="/practice">answer a few practice questions</Link>, <Link href="/notes">read a note</Link> or{" "}
        <Link href="/exam">take a practice exam</Link>. Each day you do one of them counts towards your streak, and your
        scores and accuracy by area will be charted here week by week.
      </p>
    </div>
  );
}

/** /progress#history: streaks, exam scores, weekly accuracy by area and daily activity, each with a table. */
export function HistorySection({ history, timeZoneIsDefault }: HistorySectionProps) {
  return (
    <section id="history" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <HistoryTimeZone
        timeZone={history.timeZone}
        isDefault={timeZoneIsDefault}
        cookieName={HISTORY_TIME_ZONE_COOKIE}
      />
      {history.empty ? (
        <EmptyHistory />
      ) : (
        <>
          <HistorySummary history={history} />
          <HistoryActivityChart daily={history.daily} today={history.today} />
          <HistoryExamChart exams={history.exams} since={history.since} />
          <HistoryAccuracyChart weeks={history.weeks} areas={history.accuracyByArea} />
          <p className="card-meta">
            Study time is an estimate: exams count the time recorded on each question; practice answers and note
            sections count the gap since your previous one when it is at most {seconds(STUDY_TIME_MODEL.gapCapMs) / 60}{" "}
            minutes (a longer gap is a break), otherwise {seconds(STUDY_TIME_MODEL.answerDefaultMs)} seconds per answer
            and {seconds(STUDY_TIME_MODEL.readDefaultMs)} seconds per section.
          </p>
        </>
      )}
    </section>
  );
}
