import type { ReactNode } from "react";
import type { Frame, Timeline } from "@/lib/engines/simulation";
import { formatClock, formatWeights } from "./format";

export interface ChartSeries {
  label: string;
  timeline: Timeline;
}

export interface CapacityChartProps {
  series: ChartSeries[];
  end: number;
  /** Drawn on top, inside the plot (e.g. the playback cursor). */
  children?: ReactNode;
}

export const CHART = { width: 640, height: 200, left: 36, right: 8, top: 10, bottom: 26 } as const;

/** x position of a time on the chart. */
export function chartX(time: number, end: number): number {
  const plot = CHART.width - CHART.left - CHART.right;
  return CHART.left + (end <= 0 ? 0 : (plot * Math.min(time, end)) / end);
}

function chartY(value: number, max: number): number {
  const plot = CHART.height - CHART.top - CHART.bottom;
  return CHART.top + plot - (max <= 0 ? 0 : (plot * value) / max);
}

function stepPath(frames: readonly Frame[], value: (f: Frame) => number, end: number, max: number): string {
  return frames
    .map((frame, i) => {
      const next = frames[i + 1];
      const x1 = chartX(frame.time, end);
      const x2 = chartX(next === undefined ? end : next.time, end);
      const y = chartY(value(frame), max);
      return `${i === 0 ? "M" : "L"}${x1.toFixed(1)},${y.toFixed(1)} L${x2.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(" ");
}

function ticks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 4));
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}

/** Capacity over time as a step chart (running and in-service), with the table beside it. */
export function CapacityChart({ series, end, children }: CapacityChartProps) {
  const desired = Math.max(...series.map((s) => s.timeline.desiredCount));
  const max = Math.max(desired, ...series.flatMap((s) => s.timeline.frames.map((f) => f.runningCount)), 1);
  const single = series.length === 1;
  const summary = series.map((s) => s.label).join(", ");
  return (
    <figure className="sim-chart">
      <figcaption>Capacity over time{single ? "" : " (in service)"}</figcaption>
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label={`Capacity over time: ${summary}`}>
        {ticks(max).map((v) => (
          <g key={v}>
            <line
              className="sim-grid"
              x1={CHART.left}
              x2={CHART.width - CHART.right}
              y1={chartY(v, max)}
              y2={chartY(v, max)}
            />
            <text className="sim-axis" x={CHART.left - 6} y={chartY(v, max) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        <text className="sim-axis" x={CHART.left} y={CHART.height - 6}>
          0:00
        </text>
        <text className="sim-axis" x={CHART.width - CHART.right} y={CHART.height - 6} textAnchor="end">
          {formatClock(end)}
        </text>
        <line
          className="sim-desired"
          x1={CHART.left}
          x2={CHART.width - CHART.right}
          y1={chartY(desired, max)}
          y2={chartY(desired, max)}
        />
        {single && series[0] ? (
          <path className="sim-running-line" d={stepPath(series[0].timeline.frames, (f) => f.runningCount, end, max)} />
        ) : null}
        {series.map((s, i) => (
          <path
            key={s.label}
            className={`sim-service-line sim-series-${i}`}
            d={stepPath(s.timeline.frames, (f) => f.inServiceCount, end, max)}
          />
        ))}
        {children}
      </svg>
      <ul className="sim-chart-key">
        <li>
          <span className="sim-key sim-key-desired" aria-hidden="true" /> desired ({desired})
        </li>
        {single ? (
          <li>
            <span className="sim-key sim-key-running" aria-hidden="true" /> running
          </li>
        ) : null}
        {series.map((s, i) => (
          <li key={s.label}>
            <span className={`sim-key sim-series-${i}`} aria-hidden="true" /> in service{single ? "" : `: ${s.label}`}
          </li>
        ))}
      </ul>
      <CapacityTable series={series} />
    </figure>
  );
}

function CapacityTable({ series }: { series: ChartSeries[] }) {
  if (series.length === 1 && series[0]) {
    const frames = series[0].timeline.frames;
    return (
      <details className="sim-table-details">
        <summary>Capacity as a table</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Capacity table">
          <table className="sim-table">
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Running</th>
                <th scope="col">In service</th>
                <th scope="col">Traffic</th>
                <th scope="col">Failed requests</th>
              </tr>
            </thead>
            <tbody>
              {frames.map((f) => (
                <tr key={f.index}>
                  <td>{formatClock(f.time)}</td>
                  <td>{f.runningCount}</td>
                  <td>{f.inServiceCount}</td>
                  <td>{formatWeights(f.trafficWeights)}</td>
                  <td>{f.failedRequests}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    );
  }
  const times = [...new Set(series.flatMap((s) => s.timeline.frames.map((f) => f.time)))].sort((a, b) => a - b);
  const inServiceAt = (frames: readonly Frame[], t: number) =>
    frames.filter((f) => f.time <= t).at(-1)?.inServiceCount ?? 0;
  return (
    <details className="sim-table-details">
      <summary>In-service capacity as a table</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="In-service capacity table">
        <table className="sim-table">
          <thead>
            <tr>
              <th scope="col">From</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {times.map((t) => (
              <tr key={t}>
                <td>{formatClock(t)}</td>
                {series.map((s) => (
                  <td key={s.label}>{inServiceAt(s.timeline.frames, t)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
