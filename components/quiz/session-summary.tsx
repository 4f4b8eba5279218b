import Link from "next/link";
import type { SessionSummary } from "@/lib/engines/practice/summary";

export interface SessionSummaryViewProps {
  summary: SessionSummary;
  kind: "practice" | "review";
  reviewLinks: { href: string; label: string }[];
}

function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
}

/** The end of a session: score, time, results by topic, and what to review next. */
export function SessionSummaryView({ summary, kind, reviewLinks }: SessionSummaryViewProps) {
  return (
    <>
      <h1>{kind === "review" ? "Review" : "Practice"} summary</h1>
      <p className="lead">
        You answered {summary.correct} of {summary.answered} correctly ({summary.percent}%) in{" "}
        {formatDuration(summary.durationMs)}.
      </p>
      <table className="summary-table">
        <caption>Results by topic, weakest first</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Topic</th>
            <th scope="col">Correct</th>
          </tr>
        </thead>
        <tbody>
          {summary.byTopic.map((topic) => (
            <tr key={`${topic.area}/${topic.topic}`}>
              <td>{topic.area}</td>
              <th scope="row">{topic.topic.replaceAll("-", " ")}</th>
              <td>
                {topic.correct} / {topic.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>What to review next</h2>
      {reviewLinks.length === 0 ? (
        <p>Nothing missed in this session. Try a harder set, or an area you have not practised.</p>
      ) : (
        <>
          <p>
            {summary.missed.length} missed {summary.missed.length === 1 ? "question is" : "questions are"} now due in{" "}
            <Link href="/review">Review</Link>. Read these sections first:
          </p>
          <ul>
            {reviewLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link className="button" href="/practice">
          Practise again
        </Link>
      </p>
    </>
  );
}
