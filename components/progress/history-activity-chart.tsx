import type { DayActivity } from "@/lib/engines/history";
import {
  CHART_STYLE,
  ChartSvg,
  formatDay,
  formatMinutes,
  formatWeekday,
  HistoryChart,
  HistoryTable,
  plural,
} from "./history-chart";

export interface HistoryActivityChartProps {
  daily: DayActivity[];
  today: string;
}

const ID = "history-activity";
const W = 400;
const H = 170;
const PAD = { left: 34, right: 8, top: 10, bottom: 38 };

function ceilingOf(max: number): number {
  for (const step of [10, 20, 30, 60, 120, 240]) if (max <= step) return step;
  return Math.ceil(max / 60) * 60;
}

const studyTotal = (minutes: number) => (minutes > 0 ? `about ${formatMinutes(minutes)}` : "under a minute");

/** One row per day, newest first, today marked. */
function ActivityTable({ daily, today }: HistoryActivityChartProps) {
  return (
    <HistoryTable id={ID} label="daily activity" caption={`Activity per day, last ${daily.length} days, newest first`}>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Answers (right)</th>
          <th scope="col">Sections read</th>
          <th scope="col">Exams</th>
          <th scope="col">Study time (est.)</th>
        </tr>
      </thead>
      <tbody>
        {[...daily].reverse().map((d) => (
          <tr key={d.date}>
            <th scope="row">
              <time dateTime={d.date}>{formatWeekday(d.date)}</time>
              {d.date === today ? " (today)" : ""}
            </th>
            <td>{d.answers ? `${d.answers} (${d.correct})` : 0}</td>
            <td>{d.sectionsRead}</td>
            <td>{d.exams}</td>
            <td>{formatMinutes(d.studyMinutes)}</td>
          </tr>
        ))}
      </tbody>
    </HistoryTable>
  );
}

/** Study minutes per day as bars, with a mark under each day that counts towards the streak. */
export function HistoryActivityChart({ daily, today }: HistoryActivityChartProps) {
  const active = daily.filter((d) => d.active);
  const minutes = daily.reduce((sum, d) => sum + d.studyMinutes, 0);
  const top = ceilingOf(Math.max(...daily.map((d) => d.studyMinutes), 1));
  const plotH = H - PAD.top - PAD.bottom;
  const slot = (W - PAD.left - PAD.right) / Math.max(daily.length, 1);
  const barW = Math.max(2, slot * 0.7);
  const y = (value: number) => PAD.top + plotH - (value / top) * plotH;
  const markY = H - PAD.bottom + 10;
  return (
    <HistoryChart
      id={ID}
      title={`Study time and activity, last ${daily.length} days`}
      summary={
        `${plural(active.length, "active day")} in the last ${daily.length} days, ${studyTotal(minutes)} ` +
        `of study (estimated). Bars are minutes per day; a dot marks each day that counts towards your streak.`
      }
    >
      <ChartSvg id={ID} width={W} height={H}>
        {[0, top / 2, top].map((value) => (
          <g key={value}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(value)} y2={y(value)} style={CHART_STYLE.grid} />
            <text x={PAD.left - 5} y={y(value) + 4} textAnchor="end" style={CHART_STYLE.axis}>
              {value}
            </text>
          </g>
        ))}
        {daily.map((d, i) => {
          const cx = PAD.left + slot * (i + 0.5);
          return (
            <g key={d.date}>
              {d.studyMinutes > 0 ? (
                <rect
                  x={cx - barW / 2}
                  y={y(d.studyMinutes)}
                  width={barW}
                  height={Math.max(1, y(0) - y(d.studyMinutes))}
                  style={CHART_STYLE.bar}
                >
                  <title>{`${formatWeekday(d.date)}: ${formatMinutes(d.studyMinutes)}`}</title>
                </rect>
              ) : null}
              {d.active ? <circle cx={cx} cy={markY} r={2.5} style={CHART_STYLE.active} /> : null}
            </g>
          );
        })}
        <text x={PAD.left} y={H - 6} style={CHART_STYLE.axis}>
          {formatDay(daily[0]?.date ?? today)}
        </text>
        <text x={W - PAD.right} y={H - 6} textAnchor="end" style={CHART_STYLE.axis}>
          today
        </text>
      </ChartSvg>
      <ActivityTable daily={daily} today={today} />
    </HistoryChart>
  );
}
