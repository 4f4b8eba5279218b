export interface TrendPoint {
  label: string;
  score: number;
}

export interface ScoreTrendProps {
  points: TrendPoint[];
  passScaled: number;
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = 32;

/** Scaled scores over time as an SVG line, with the pass mark; the table beside it carries the data. */
export function ScoreTrend({ points, passScaled }: ScoreTrendProps) {
  if (points.length < 2) return null;
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1);
  const y = (score: number) => HEIGHT - PAD - ((score - 100) / 900) * (HEIGHT - 2 * PAD);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  return (
    <figure className="score-trend">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Scaled scores of your last ${points.length} exams; the table below lists them.`}
      >
        <line x1={PAD} x2={WIDTH - PAD} y1={y(passScaled)} y2={y(passScaled)} className="trend-pass" />
        <text x={WIDTH - PAD} y={y(passScaled) - 6} textAnchor="end" className="trend-label">
          pass {passScaled}
        </text>
        <path d={path} className="trend-line" />
        {points.map((p, i) => (
          <circle key={i} cx={x(i)} cy={y(p.score)} r={4} className="trend-dot" />
        ))}
        <text x={PAD} y={HEIGHT - 8} className="trend-label">
          oldest
        </text>
        <text x={WIDTH - PAD} y={HEIGHT - 8} textAnchor="end" className="trend-label">
          newest
        </text>
      </svg>
      <figcaption>Scaled score per exam, oldest to newest.</figcaption>
    </figure>
  );
}
