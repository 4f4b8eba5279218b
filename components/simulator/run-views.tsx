/** Store-connected pieces that show one run at the store's clock. */
import { useMemo } from "react";
import { eventsOfFrameAt, eventsUntil, frameAt } from "@/lib/stores/simulator-playback";
import { useSimulatorActions, useSimulatorStore } from "@/lib/stores/simulator-store-provider";
import { CHART, CapacityChart, chartX } from "./capacity-chart";
import { layoutFleet } from "./fleet-layout";
import { FleetView } from "./fleet-view";
import { describeFrame, formatClock } from "./format";

function useRun(index: number) {
  const run = useSimulatorStore((s) => s.runs[index]);
  if (run === undefined) throw new Error(`No run ${index} in this simulator.`);
  return run;
}

/** The fleet picture of run `index` at the current time; re-renders only when its frame changes. */
export function RunFleet({ index, label, width }: { index: number; label: string; width?: number }) {
  const run = useRun(index);
  const layout = useMemo(() => layoutFleet(run.timeline, width), [run.timeline, width]);
  const frame = useSimulatorStore((s) => frameAt(run.timeline, s.time));
  return <FleetView config={run.config} frame={frame} layout={layout} label={label} />;
}

/** The playback position on the capacity chart. */
export function ChartCursor() {
  const x = useSimulatorStore((s) => chartX(s.time, s.end));
  return <line className="sim-cursor" x1={x} x2={x} y1={CHART.top} y2={CHART.height - CHART.bottom} />;
}

/** Plain-language narration of the current step, announced to screen readers. */
export function Narration({ index = 0 }: { index?: number }) {
  const run = useRun(index);
  const frame = useSimulatorStore((s) => frameAt(run.timeline, s.time));
  const status = useSimulatorStore((s) => s.status);
  const events = useMemo(() => eventsOfFrameAt(run.timeline, frame.time), [run.timeline, frame.time]);
  const text = events.length > 0 ? events.map((e) => e.narration).join(" ") : describeFrame(frame, run.config);
  const done = status === "finished" ? ` Finished: the deployment ${run.timeline.outcome.replace("-", " ")}.` : "";
  return (
    <p className="sim-narration" aria-live="polite" aria-atomic="true">
      <span className="sim-narration-time">{formatClock(frame.time)}</span> {text}
      {done}
    </p>
  );
}

/** AWS's event log, in AWS's words, as far as the clock has got. */
export function EventLog({ index = 0, heading = "Event log" }: { index?: number; heading?: string }) {
  const run = useRun(index);
  const count = useSimulatorStore((s) => eventsUntil(run.timeline, s.time).length);
  const events = run.timeline.events.slice(0, count);
  return (
    <section className="sim-log" aria-label={heading}>
      <h2 className="sim-subheading">{heading}</h2>
      <div className="sim-log-scroll" tabIndex={0} role="region" aria-label={`${heading} entries`}>
        {events.length === 0 ? (
          <p className="sim-muted">No events yet. Press Play or step forward.</p>
        ) : (
          <ol className="sim-log-list" data-testid="event-log">
            {events.map((e, i) => (
              <li key={i} className={`sim-event sim-event-${e.severity}`}>
                <span className="sim-event-time">{formatClock(e.time)}</span>
                <span className="sim-event-severity">{e.severity.toUpperCase()}</span>
                <span className="sim-event-text">{e.text}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

/** The capacity chart of every run in the store, with the playback cursor. */
export function RunsCapacityChart({ labels }: { labels: string[] }) {
  const runs = useSimulatorStore((s) => s.runs);
  const end = useSimulatorStore((s) => s.end);
  const series = useMemo(
    () => runs.map((run, i) => ({ label: labels[i] ?? `Run ${i + 1}`, timeline: run.timeline })),
    [runs, labels],
  );
  return (
    <CapacityChart series={series} end={end}>
      <ChartCursor />
    </CapacityChart>
  );
}

/** Why a link's settings were not used, until dismissed. */
export function SimulatorNotice() {
  const notice = useSimulatorStore((s) => s.notice);
  const { setNotice } = useSimulatorActions();
  if (notice === null) return null;
  return (
    <div className="sim-notice" role="alert">
      <p>{notice}</p>
      <button type="button" className="button secondary" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </div>
  );
}
