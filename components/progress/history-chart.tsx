import type { CSSProperties, ReactNode } from "react";

/** Chart colours come from the theme variables in app/globals.css, so light and dark both work. */
export const CHART_STYLE = {
  svg: { width: "100%", maxWidth: "36rem", height: "auto", display: "block", margin: "0.5rem 0" },
  grid: { stroke: "var(--border)", strokeWidth: 1 },
  axis: { fill: "var(--muted)", fontSize: 13 },
  line: { fill: "none", stroke: "var(--accent)", strokeWidth: 2.5, strokeLinejoin: "round" },
  dot: { fill: "var(--accent)" },
  hollow: { fill: "var(--bg)", stroke: "var(--accent)", strokeWidth: 2 },
  pass: { stroke: "var(--ok)", strokeWidth: 1.5, strokeDasharray: "6 4" },
  passLabel: { fill: "var(--ok)", fontSize: 13 },
  bar: { fill: "var(--accent)" },
  active: { fill: "var(--ok)" },
  key: { display: "inline-block", verticalAlign: "middle" },
} satisfies Record<string, CSSProperties>;

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const weekdayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});
const yearFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const dateOf = (key: string) => new Date(`${key}T00:00:00Z`);

/** "6 May" for a day key (the key is already the learner's local day). */
export const formatDay = (key: string) => dayFormat.format(dateOf(key));
/** "Wed 6 May" */
export const formatWeekday = (key: string) => weekdayFormat.format(dateOf(key));
/** "6 May 2026" */
export const formatDate = (key: string) => yearFormat.format(dateOf(key));
/** "67%" */
export const percent = (share: number) => `${Math.round(share * 100)}%`;
/** "45 min", "2 h 05 min" */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export interface HistoryChartProps {
  /** Prefix for element ids, unique on the page. */
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows; it also describes the SVG to screen readers. */
  summary: ReactNode;
  /** The chart and its table; none for an empty state, where the summary says what to do. */
  children?: ReactNode;
}

/** A titled chart: visible heading, a summary that describes it, the chart, and its table. */
export function HistoryChart({ id, title, summary, children }: HistoryChartProps) {
  return (
    <section aria-labelledby={`${id}-title`} className="history-chart">
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-summary`}>{summary}</p>
      {children}
    </section>
  );
}

export interface HistoryTableProps {
  id: string;
  /** What the table holds, e.g. "exam scores": used in the toggle and the caption. */
  label: string;
  caption: string;
  children: ReactNode;
}

/**
 * The chart's data as a table, behind a "Show … as a table" disclosure; scrolls sideways on small screens. The
 * caption names the table and its scroll region for screen readers; the disclosure already says it visibly.
 */
export function HistoryTable({ id, label, caption, children }: HistoryTableProps) {
  return (
    <details className="history-table">
      <summary>Show {label} as a table</summary>
      <div className="table-scroll" role="region" tabIndex={0} aria-labelledby={`${id}-caption`}>
        {/* display: table overrides .summary-table's narrow-screen block: the wrapper is the one scroll region. */}
        <table className="summary-table" style={{ display: "table" }}>
          <caption id={`${id}-caption`} className="visually-hidden">
            {caption}
          </caption>
          {children}
        </table>
      </div>
    </details>
  );
}

/** An SVG chart with an accessible name (the chart's title) and description (its summary). */
export function ChartSvg({
  id,
  width,
  height,
  children,
}: {
  id: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      style={CHART_STYLE.svg}
    >
      {children}
    </svg>
  );
}
