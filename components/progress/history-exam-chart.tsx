import Link from "next/link";
import type { ExamPoint } from "@/lib/engines/history";
import { CHART_STYLE, ChartSvg, formatDate, formatDay, HistoryChart, HistoryTable, plural } from "./history-chart";

export interface HistoryExamChartProps {
  exams: ExamPoint[];
  since: string;
}

const ID = "history-exams";
const W = 400;
const H = 200;
const PAD = { left: 36, right: 14, top: 12, bottom: 28 };
const SCORE_TICKS = [100, 400, 700, 1000];

const y = (score: number) => PAD.top + ((1000 - score) / 900) * (H - PAD.top - PAD.bottom);

function xScale(exams: ExamPoint[]): (at: number) => number {
  const first = exams[0]?.submittedAt ?? 0;
  const span = (exams.at(-1)?.submittedAt ?? 0) - first;
  const plot = W - PAD.left - PAD.right;
  return (at) => PAD.left + (span > 0 ? ((at - first) / span) * plot : plot / 2);
}

function summaryOf(exams: ExamPoint[], since: string): string {
  const latest = exams.at(-1);
  if (!latest) return "";
  const best = Math.max(...exams.map((e) => e.scaledScore));
  const passed = exams.filter((e) => e.passed).length;
  return (
    `${plural(exams.length, "graded exam")} since ${formatDate(since)}, ${passed} passed. ` +
    `Latest ${latest.scaledScore} on ${formatDay(latest.date)} (${latest.passed ? "passed" : "not passed"}), best ${best}; ` +
    `the pass mark is ${latest.passScaled}.`
  );
}

/** The graded exams, newest first, each linking to its results. */
function ExamTable({ exams }: { exams: ExamPoint[] }) {
  return (
    <HistoryTable id={ID} label="exam scores" caption="Graded exams, newest first">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Exam</th>
          <th scope="col">Scaled score</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {[...exams].reverse().map((e) => (
          <tr key={e.id}>
            <td>{formatDate(e.date)}</td>
            <th scope="row">
              <Link href={`/exam/${e.id}/results`}>{e.title}</Link>
            </th>
            <td>{e.scaledScore}</td>
            <td>
              {e.passed ? "passed" : "not passed"} (pass mark {e.passScaled})
            </td>
          </tr>
        ))}
      </tbody>
    </HistoryTable>
  );
}

/** Scaled exam scores over time against the pass mark, with the same data as a table. */
export function HistoryExamChart({ exams, since }: HistoryExamChartProps) {
  if (exams.length === 0) {
    return (
      <HistoryChart
        id={ID}
        title="Exam scores over time"
        summary={
          <>
            No graded exams since {formatDate(since)}. <Link href="/exam">Take a practice exam</Link> to see your scaled
            scores against the 720 pass mark here.
          </>
        }
      />
    );
  }
  const x = xScale(exams);
  const passScaled = exams.at(-1)?.passScaled ?? 720;
  const path = exams.map((e, i) => `${i ? "L" : "M"}${x(e.submittedAt).toFixed(1)},${y(e.scaledScore).toFixed(1)}`);
  return (
    <HistoryChart id={ID} title="Exam scores over time" summary={summaryOf(exams, since)}>
      <ChartSvg id={ID} width={W} height={H}>
        {SCORE_TICKS.map((score) => (
          <g key={score}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(score)} y2={y(score)} style={CHART_STYLE.grid} />
            <text x={PAD.left - 6} y={y(score) + 4} textAnchor="end" style={CHART_STYLE.axis}>
              {score}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(passScaled)} y2={y(passScaled)} style={CHART_STYLE.pass} />
        <text x={PAD.left + 12} y={y(passScaled) - 6} style={CHART_STYLE.passLabel}>
          pass {passScaled}
        </text>
        {exams.length > 1 ? <path d={path.join(" ")} style={CHART_STYLE.line} /> : null}
        {exams.map((e) => (
          <circle
            key={e.id}
            cx={x(e.submittedAt)}
            cy={y(e.scaledScore)}
            r={5}
            style={e.passed ? CHART_STYLE.dot : CHART_STYLE.hollow}
          >
            <title>{`${formatDay(e.date)}: ${e.scaledScore} (${e.passed ? "passed" : "not passed"})`}</title>
          </circle>
        ))}
        <text x={PAD.left} y={H - 8} style={CHART_STYLE.axis}>
          {formatDay(exams[0]?.date ?? since)}
        </text>
        {exams.length > 1 ? (
          <text x={W - PAD.right} y={H - 8} textAnchor="end" style={CHART_STYLE.axis}>
            {formatDay(exams.at(-1)?.date ?? since)}
          </text>
        ) : null}
      </ChartSvg>
      <p className="card-meta">
        <svg width="12" height="12" aria-hidden="true" style={CHART_STYLE.key}>
          <circle cx="6" cy="6" r="5" style={CHART_STYLE.dot} />
        </svg>{" "}
        passed{" "}
        <svg width="12" height="12" aria-hidden="true" style={CHART_STYLE.key}>
          <circle cx="6" cy="6" r="4" style={CHART_STYLE.hollow} />
        </svg>{" "}
        not passed{" "}
        <svg width="20" height="12" aria-hidden="true" style={CHART_STYLE.key}>
          <line x1="0" x2="20" y1="6" y2="6" style={CHART_STYLE.pass} />
        </svg>{" "}
        pass mark
      </p>
      <ExamTable exams={exams} />
    </HistoryChart>
  );
}
