import Link from "next/link";
import type { Readiness } from "@/lib/engines/readiness";
import { DOMAIN_TITLES, EXAM_DOMAINS } from "@/lib/engines/taxonomy";

export interface ReadinessPanelProps {
  readiness: Readiness;
  answered: number;
  passScaled: number;
}

/** Draws a band on the 100–1000 scale with the estimate and the pass mark. */
function BandBar({ low, high, value, passScaled }: { low: number; high: number; value: number; passScaled: number }) {
  const at = (score: number) => `${((score - 100) / 900) * 100}%`;
  return (
    <span className="band" aria-hidden="true">
      <span className="band-range" style={{ left: at(low), width: `calc(${at(high)} - ${at(low)})` }} />
      <span className="band-pass" style={{ left: at(passScaled) }} />
      <span className="band-value" style={{ left: at(value) }} />
    </span>
  );
}

/** The readiness estimate: predicted scaled score with a 90% band, overall and per domain. */
export function ReadinessPanel({ readiness, answered, passScaled }: ReadinessPanelProps) {
  const { overall } = readiness;
  return (
    <section aria-labelledby="readiness-heading" className="readiness card">
      <h2 id="readiness-heading">Readiness</h2>
      <p className="readiness-score">
        Predicted score <strong>{overall.scaled}</strong> (90% band {overall.low}–{overall.high}); chance of passing
        about <strong>{Math.round(overall.passProbability * 100)}%</strong>.
      </p>
      <p className="card-meta">
        From {answered} answers in the last 120 days. <Link href="/progress#model">How this is estimated</Link>
      </p>
      <table className="summary-table">
        <caption className="visually-hidden">Predicted score by domain</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Predicted (90% band)</th>
            <th scope="col">
              <span className="visually-hidden">Band on the 100–1000 scale</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {EXAM_DOMAINS.map((domain) => {
            const estimate = readiness.byDomain[domain];
            return (
              <tr key={domain}>
                <th scope="row">
                  {domain} {DOMAIN_TITLES[domain]}
                </th>
                <td>
                  {estimate.scaled} ({estimate.low}–{estimate.high})
                </td>
                <td>
                  <BandBar low={estimate.low} high={estimate.high} value={estimate.scaled} passScaled={passScaled} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
