import type { History } from "@/lib/engines/history";
import { formatDate, formatMinutes, percent, plural } from "./history-chart";

export interface HistorySummaryProps {
  history: History;
}

function streakAdvice({ streak }: History): string {
  if (streak.activeToday) return "Today counts already.";
  if (streak.current > 0) return `Study today to make it ${plural(streak.current + 1, "day")}.`;
  return "Answer a question, read a section or take an exam today to start one.";
}

/** Streaks and totals over the window, as a definition list. */
export function HistorySummary({ history }: HistorySummaryProps) {
  const { streak, totals } = history;
  const stats: [string, string][] = [
    ["Current streak", plural(streak.current, "day")],
    ["Longest streak", plural(streak.longest, "day")],
    ["Active days", `${totals.activeDays} of ${history.windowDays}`],
    ["Answers", totals.answers ? `${totals.answers} (${percent(totals.correct / totals.answers)} right)` : "0"],
    ["Sections read", String(totals.sectionsRead)],
    ["Study time (est.)", formatMinutes(totals.studyMinutes)],
  ];
  return (
    <>
      <dl
        className="history-stats"
        style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(9.5rem, 1fr))", gap: "0.5rem 1rem" }}
      >
        {stats.map(([term, value]) => (
          <div key={term}>
            <dt className="card-meta">{term}</dt>
            <dd style={{ margin: 0, fontSize: "1.2rem", fontWeight: 700 }}>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        {streakAdvice(history)} Totals cover the last {history.windowDays} days (since {formatDate(history.since)}).
      </p>
    </>
  );
}
