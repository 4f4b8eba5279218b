import Link from "next/link";
import type { ExamScore } from "@/lib/engines/exam/score";
import type { QuestionFeedback } from "@/lib/engines/practice/views";
import { DOMAIN_TITLES, EXAM_DOMAINS } from "@/lib/engines/taxonomy";

export interface ReviewedItem {
  position: number;
  stemHtml: string;
  options: { id: string; html: string }[];
  scored: boolean;
  timeSpentMs: number;
  flagged: boolean;
  feedback: QuestionFeedback;
  answered: boolean;
}

export interface ExamResultsProps {
  attemptId: string;
  title: string;
  status: "submitted" | "expired";
  score: ExamScore;
  passScaled: number;
  passPercent: number;
  areaTitles: Record<string, string>;
  items: ReviewedItem[];
  retake: (form: FormData) => Promise<void>;
}

const pct = (correct: number, total: number) => (total ? Math.round((100 * correct) / total) : 0);
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

function Bar({ value }: { value: number }) {
  return (
    <span className="bar" aria-hidden="true">
      <span className="bar-fill" style={{ width: `${value}%` }} />
    </span>
  );
}

/** An attempt's results: scaled score, pass or fail, breakdowns, and every question explained. */
export function ExamResults({
  attemptId,
  title,
  status,
  score,
  passScaled,
  passPercent,
  areaTitles,
  items,
  retake,
}: ExamResultsProps) {
  const missed = items.filter((item) => !item.feedback.correct).length;
  return (
    <div className="exam-results">
      <p className="note-breadcrumb">
        <Link href="/exam">Exams</Link> / {title}
      </p>
      <h1>
        {score.scaled} / 1000 · {score.passed ? "Pass" : "Not yet a pass"}
      </h1>
      <p className="lead">
        {score.correct} of {score.scoredCount} scored questions right; {score.answered} of {items.length} answered.
        {status === "expired" ? " Time ran out, so the attempt was graded as it stood at the deadline." : ""}
      </p>
      <details className="score-mapping">
        <summary>How the scaled score is worked out</summary>
        <p>
          AWS reports a scaled score from 100 to 1000 and passes at {passScaled}, but does not publish how raw answers
          map to it (it equates scores across exam forms of different difficulty). Rollout uses a transparent stand-in:
          a straight line from 100 (no scored question right) to 1000 (all right), so {passScaled} needs {passPercent}%
          of the scored questions. Unscored questions (in realistic mode) are shown but do not count; unanswered
          questions count as wrong.
        </p>
      </details>
      <h2>By domain</h2>
      <table className="summary-table">
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Correct</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {EXAM_DOMAINS.map((domain) => {
            const tally = score.byDomain[domain];
            return (
              <tr key={domain}>
                <th scope="row">
                  {domain} {DOMAIN_TITLES[domain]}
                </th>
                <td>
                  {tally.correct} / {tally.total}
                </td>
                <td>
                  <Bar value={pct(tally.correct, tally.total)} /> {pct(tally.correct, tally.total)}%
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>By area</h2>
      <table className="summary-table">
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Correct</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(score.byArea).map(([area, tally]) => (
            <tr key={area}>
              <th scope="row">{areaTitles[area] ?? area}</th>
              <td>
                {tally.correct} / {tally.total} ({pct(tally.correct, tally.total)}%)
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missed > 0 ? (
        <form action={retake}>
          <input type="hidden" name="attemptId" value={attemptId} />
          <button type="submit" className="button">
            Retake the {missed} missed {missed === 1 ? "question" : "questions"}
          </button>{" "}
          <span className="card-meta">They are also in your Review queue.</span>
        </form>
      ) : null}
      <h2>Every question</h2>
      <ol className="exam-review-list">
        {items.map((item) => (
          <li key={item.position}>
            <details>
              <summary>
                Question {item.position + 1}: {item.feedback.correct ? "right" : item.answered ? "wrong" : "unanswered"}{" "}
                · {seconds(item.timeSpentMs)}
                {item.scored ? "" : " · unscored"}
                {item.flagged ? " · flagged" : ""}
              </summary>
              <div className="question-stem" dangerouslySetInnerHTML={{ __html: item.stemHtml }} />
              <ul className="rationales">
                {item.feedback.rationales.map((r) => {
                  const option = item.options.find((o) => o.id === r.optionId);
                  return (
                    <li key={r.optionId} className={r.isKey ? "rationale-key" : ""}>
                      <strong>
                        {r.optionId.toUpperCase()}
                        {r.isKey ? " (correct)" : ""}
                        {item.feedback.selected.includes(r.optionId) ? " · your answer" : ""}:
                      </strong>{" "}
                      <span dangerouslySetInnerHTML={{ __html: option?.html ?? "" }} />
                      <span dangerouslySetInnerHTML={{ __html: r.html }} />
                    </li>
                  );
                })}
              </ul>
              <p>
                Read more:{" "}
                {item.feedback.noteLinks.map((link, index) => (
                  <span key={link.href}>
                    {index > 0 ? "; " : ""}
                    <Link href={link.href}>{link.label}</Link>
                  </span>
                ))}
              </p>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
