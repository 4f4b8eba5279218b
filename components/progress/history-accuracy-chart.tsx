import Link from "next/link";
import type { AreaAccuracySeries, IsoWeek, WeekAccuracy } from "@/lib/engines/history";
import { areaTitle } from "@/lib/engines/taxonomy";
import { CHART_STYLE, formatDay, HistoryChart, HistoryTable, percent, plural } from "./history-chart";

export interface HistoryAccuracyChartProps {
  weeks: IsoWeek[];
  areas: AreaAccuracySeries[];
}

const ID = "history-accuracy";
const W = 400;
const H = 64;
const PAD = { left: 48, right: 14, top: 8, bottom: 18 };

const y = (share: number) => PAD.top + (1 - share) * (H - PAD.top - PAD.bottom);
const shortWeek = (key: string) => key.slice(5);

/** Path segments joining consecutive weeks that both have answers: a gap week breaks the line. */
function segments(cells: WeekAccuracy[], x: (i: number) => number): string {
  const parts: string[] = [];
  cells.forEach((cell, i) => {
    const previous = cells[i - 1];
    if (cell.accuracy === null) return;
    const point = `${x(i).toFixed(1)},${y(cell.accuracy).toFixed(1)}`;
    parts.push(previous?.accuracy != null ? `L${point}` : `M${point}`);
  });
  return parts.join(" ");
}

function latestOf(series: AreaAccuracySeries): WeekAccuracy | undefined {
  return series.weeks.findLast((w) => w.accuracy !== null);
}

function describe(series: AreaAccuracySeries): string {
  const latest = latestOf(series);
  const practised = series.weeks.filter((w) => w.accuracy !== null).length;
  const overall = percent(series.correct / series.answers);
  return (
    `${areaTitle(series.area)}: ${overall} right over ${plural(series.answers, "answer")} in ` +
    `${plural(practised, "week")}` +
    (latest?.accuracy != null ? `; latest ${percent(latest.accuracy)} in ${latest.week}.` : ".")
  );
}

function AreaSparkline({ series, weeks }: { series: AreaAccuracySeries; weeks: IsoWeek[] }) {
  const plot = W - PAD.left - PAD.right;
  const x = (i: number) => PAD.left + (weeks.length > 1 ? (i * plot) / (weeks.length - 1) : plot / 2);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describe(series)} style={CHART_STYLE.svg}>
      {[0, 1].map((share) => (
        <g key={share}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(share)} y2={y(share)} style={CHART_STYLE.grid} />
          <text x={PAD.left - 6} y={y(share) + 4} textAnchor="end" style={CHART_STYLE.axis}>
            {percent(share)}
          </text>
        </g>
      ))}
      <path d={segments(series.weeks, x)} style={CHART_STYLE.line} />
      {series.weeks.map((cell, i) =>
        cell.accuracy === null ? null : (
          <circle key={cell.week} cx={x(i)} cy={y(cell.accuracy)} r={4} style={CHART_STYLE.dot}>
            <title>{`${cell.week}: ${percent(cell.accuracy)} (${cell.correct} of ${cell.answers})`}</title>
          </circle>
        ),
      )}
      {weeks.length === 1 ? (
        <text x={x(0)} y={H - 3} textAnchor="middle" style={CHART_STYLE.axis}>
          {shortWeek(weeks[0]?.key ?? "")}
        </text>
      ) : (
        <>
          <text x={PAD.left} y={H - 3} style={CHART_STYLE.axis}>
            {shortWeek(weeks[0]?.key ?? "")}
          </text>
          <text x={W - PAD.right} y={H - 3} textAnchor="end" style={CHART_STYLE.axis}>
            {shortWeek(weeks.at(-1)?.key ?? "")}
          </text>
        </>
      )}
    </svg>
  );
}

function Cell({ cell }: { cell: WeekAccuracy | undefined }) {
  if (!cell || cell.accuracy === null) {
    return (
      <td>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">no answers</span>
      </td>
    );
  }
  return (
    <td>
      {percent(cell.accuracy)} ({cell.correct} of {cell.answers})
    </td>
  );
}

/** Rows are weeks (newest first), columns the practised areas; a gap is "no answers", never 0%. */
function AccuracyTable({ weeks, areas }: HistoryAccuracyChartProps) {
  const thisWeek = weeks.length - 1;
  return (
    <HistoryTable id={ID} label="accuracy by area" caption="Right answers by area and week, newest week first">
      <thead>
        <tr>
          <th scope="col">Week</th>
          {areas.map((series) => (
            <th key={series.area} scope="col">
              {areaTitle(series.area)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks
          .map((week, i) => ({ week, i }))
          .reverse()
          .map(({ week, i }) => (
            <tr key={week.key}>
              <th scope="row">
                {week.key} <span className="card-meta">from {formatDay(week.start)}</span>
                {i === thisWeek ? " (this week)" : ""}
              </th>
              {areas.map((series) => (
                <Cell key={series.area} cell={series.weeks[i]} />
              ))}
            </tr>
          ))}
      </tbody>
    </HistoryTable>
  );
}

/** Accuracy per area per ISO week as small multiples (weeks without answers are gaps), and as a table. */
export function HistoryAccuracyChart({ weeks, areas }: HistoryAccuracyChartProps) {
  const title = "Accuracy by area, week by week";
  if (areas.length === 0) {
    return (
      <HistoryChart
        id={ID}
        title={title}
        summary={
          <>
            No answers yet. <Link href="/practice">Practise a few questions</Link> and your accuracy in each area will
            be tracked week by week.
          </>
        }
      />
    );
  }
  return (
    <HistoryChart
      id={ID}
      title={title}
      summary={
        `Share of answers right in each area you practised, per ISO week (Monday to Sunday), ` +
        (weeks.length > 1 ? `${weeks[0]?.key} to ${weeks.at(-1)?.key}` : `in ${weeks[0]?.key}`) +
        `. A week without answers in an area is left blank, not counted as zero.`
      }
    >
      <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {areas.map((series) => {
          const latest = latestOf(series);
          return (
            <li key={series.area} style={{ margin: "0.75rem 0" }}>
              <strong>{areaTitle(series.area)}</strong>{" "}
              <span className="card-meta">
                {percent(series.correct / series.answers)} of {series.answers}
                {latest?.accuracy != null ? `; latest week ${percent(latest.accuracy)}` : ""}
              </span>
              <AreaSparkline series={series} weeks={weeks} />
            </li>
          );
        })}
      </ul>
      <AccuracyTable weeks={weeks} areas={areas} />
    </HistoryChart>
  );
}
