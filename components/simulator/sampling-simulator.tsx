import { useId, useMemo, useState } from "react";
import type { SamplingRule, SamplingScenario } from "@/lib/engines/simulation";
import {
  PRESETS,
  expectedTracesPerSecond,
  generateRequests,
  matchRule,
  orderRules,
  sampleRequests,
} from "@/lib/engines/simulation";
import { NumberField } from "./field-controls";

const SHOWN_SECONDS_MAX = 10;

function scenario(): SamplingScenario {
  const preset = PRESETS["xray-sampling"];
  if (preset.engine !== "xray-sampling") throw new Error("xray-sampling is a sampling preset.");
  return preset.scenario;
}

/** X-Ray sampling: a request stream, each request traced (reservoir or fixed rate) or not, per rule. */
export function SamplingSimulator() {
  const id = useId();
  const base = useMemo(() => scenario(), []);
  const custom = base.rules[0];
  const [reservoir, setReservoir] = useState(custom?.reservoirSize ?? 1);
  const [ratePercent, setRatePercent] = useState(Math.round((custom?.fixedRate ?? 0.05) * 100));
  const [rps, setRps] = useState(base.stream.requestsPerSecond);
  const [seconds, setSeconds] = useState(3);
  const rules: SamplingRule[] = useMemo(
    () => (custom ? [{ ...custom, reservoirSize: reservoir, fixedRate: ratePercent / 100 }] : []),
    [custom, reservoir, ratePercent],
  );
  const stream = useMemo(() => ({ ...base.stream, requestsPerSecond: rps }), [base.stream, rps]);
  const requests = useMemo(() => generateRequests(stream, 1), [stream]);
  const result = useMemo(() => sampleRequests(rules, requests, 1), [rules, requests]);
  const ordered = orderRules(rules);
  const weightSum = stream.mix.reduce((a, m) => a + m.weight, 0);
  const shown = result.decisions.filter((d) => d.request.time < seconds);
  return (
    <div className="sim">
      <div className="sim-layout">
        <section className="sim-settings" aria-label="Settings">
          <h2 className="sim-subheading">Rule “{custom?.name}”</h2>
          <p className="sim-muted">
            {custom?.httpMethod} {custom?.urlPath}, priority {custom?.priority}
          </p>
          <NumberField
            label="Reservoir (traces per second)"
            value={reservoir}
            min={0}
            max={50}
            onChange={(v) => setReservoir(Math.max(0, Math.round(v)))}
          />
          <NumberField
            label="Fixed rate (%)"
            value={ratePercent}
            min={0}
            max={100}
            onChange={(v) => setRatePercent(Math.min(100, Math.max(0, v)))}
          />
          <NumberField
            label="Requests per second (all paths)"
            value={rps}
            min={1}
            max={200}
            onChange={(v) => setRps(Math.min(200, Math.max(1, Math.round(v))))}
          />
        </section>
        <div className="sim-stage">
          <div className="sim-scrub">
            <label htmlFor={`${id}-seconds`}>Seconds shown</label>
            <input
              id={`${id}-seconds`}
              type="range"
              min={1}
              max={SHOWN_SECONDS_MAX}
              value={seconds}
              onChange={(e) => setSeconds(Number(e.target.value))}
            />
            <output htmlFor={`${id}-seconds`}>{seconds} s</output>
          </div>
          <p className="sim-narration" aria-live="polite">
            In the first {seconds} s, {shown.filter((d) => d.reason !== "not-sampled").length} of {shown.length}{" "}
            requests were traced. Each rule traces its reservoir first each second, then a fixed share of the rest.
          </p>
          <ul className="sim-legend" aria-label="Legend">
            <li>
              <span className="sim-swatch sim-req-reservoir" aria-hidden="true" /> traced (reservoir)
            </li>
            <li>
              <span className="sim-swatch sim-req-fixed-rate" aria-hidden="true" /> traced (fixed rate)
            </li>
            <li>
              <span className="sim-swatch sim-req-not-sampled" aria-hidden="true" /> not traced
            </li>
          </ul>
          {ordered.map((rule) => {
            const decisions = shown.filter((d) => d.rule === rule.name);
            return (
              <section key={rule.name} className="sim-stream" aria-label={`Requests matched by ${rule.name}`}>
                <h3 className="sim-subheading">
                  {rule.name}{" "}
                  <span className="sim-muted">
                    (priority {rule.priority}, reservoir {rule.reservoirSize}/s, fixed rate{" "}
                    {Math.round(rule.fixedRate * 100)}%)
                  </span>
                </h3>
                <div
                  className="sim-stream-strip"
                  role="img"
                  aria-label={`${decisions.filter((d) => d.reason !== "not-sampled").length} of ${decisions.length} traced`}
                >
                  {decisions.map((d, i) => (
                    <span key={i} className={`sim-req sim-req-${d.reason}`} />
                  ))}
                </div>
              </section>
            );
          })}
          <table className="sim-table">
            <caption>Whole stream ({stream.durationSeconds} s)</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Matched</th>
                <th scope="col">Reservoir</th>
                <th scope="col">Fixed rate</th>
                <th scope="col">Traced</th>
                <th scope="col">Expected</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((rule) => {
                const tally = result.byRule[rule.name] ?? { matched: 0, reservoir: 0, fixedRate: 0 };
                const share = stream.mix
                  .filter(
                    (m) =>
                      matchRule(rules, { time: 0, serviceName: m.serviceName, method: m.method, path: m.path }).name ===
                      rule.name,
                  )
                  .reduce((a, m) => a + m.weight, 0);
                const rate = weightSum === 0 ? 0 : (rps * share) / weightSum;
                return (
                  <tr key={rule.name}>
                    <th scope="row">{rule.name}</th>
                    <td>{tally.matched}</td>
                    <td>{tally.reservoir}</td>
                    <td>{tally.fixedRate}</td>
                    <td>{tally.reservoir + tally.fixedRate}</td>
                    <td>{Math.round(expectedTracesPerSecond(rule, rate) * stream.durationSeconds)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
