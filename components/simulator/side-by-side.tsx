import { useSearchParams } from "next/navigation";
import { useEffect, useId, useMemo, useState } from "react";
import type { SharedFailure, SideBySideParams, StrategyId } from "@/lib/engines/compare";
import {
  FAILURE_LABELS,
  FLEET_STRATEGIES,
  MAX_FLEET,
  MAX_SIDE_BY_SIDE,
  MIN_SIDE_BY_SIDE,
  SHARED_FAILURES,
  checkFleetParams,
  configForStrategy,
  isStrategyId,
  presetHref,
  sideBySideFromSearchParams,
  sideBySideToSearchParams,
  strategyTitle,
} from "@/lib/engines/compare";
import { eventsOfFrameAt, frameAt } from "@/lib/stores/simulator-playback";
import {
  SimulatorStoreProvider,
  useSimulatorActions,
  useSimulatorStore,
  useSimulatorStoreApi,
} from "@/lib/stores/simulator-store-provider";
import { NumberField, SelectField } from "./field-controls";
import { describeFrame, formatClock } from "./format";
import { handleSimulatorKey } from "./keyboard";
import { PlaybackControls } from "./playback-controls";
import { RunSummary } from "./run-summary";
import { RunFleet, RunsCapacityChart, SimulatorNotice } from "./run-views";
import { usePlaybackLoop } from "./use-playback-loop";

function configsFor(params: SideBySideParams) {
  return params.strategies.map((s) => configForStrategy(s, params.fleet));
}

function RunNarration({ index }: { index: number }) {
  const timeline = useSimulatorStore((s) => s.runs[index]?.timeline);
  const time = useSimulatorStore((s) => (timeline ? frameAt(timeline, s.time).time : 0));
  if (timeline === undefined) return null;
  const events = eventsOfFrameAt(timeline, time);
  const text =
    events.length > 0 ? events.map((e) => e.text).join(" ") : describeFrame(frameAt(timeline, time), timeline.config);
  return <p className="sim-run-note">{text}</p>;
}

function ClockAnnouncer() {
  const time = useSimulatorStore(
    (s) =>
      s.stops[
        Math.max(
          0,
          s.stops.findLastIndex((t) => t <= s.time),
        )
      ] ?? 0,
  );
  const status = useSimulatorStore((s) => s.status);
  return (
    <p className="visually-hidden" aria-live="polite">
      {status === "finished" ? "All runs finished." : `All runs at ${formatClock(time)}.`}
    </p>
  );
}

function Controls({ params, onChange }: { params: SideBySideParams; onChange: (next: SideBySideParams) => void }) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = (strategy: StrategyId, on: boolean) => {
    const next = on ? [...params.strategies, strategy] : params.strategies.filter((s) => s !== strategy);
    if (next.length < MIN_SIDE_BY_SIDE || next.length > MAX_SIDE_BY_SIDE) {
      setProblem(`Choose ${MIN_SIDE_BY_SIDE} to ${MAX_SIDE_BY_SIDE} strategies.`);
      return;
    }
    setProblem(null);
    onChange({ ...params, strategies: FLEET_STRATEGIES.filter((s) => next.includes(s)) });
  };
  const setFleet = (fleet: SideBySideParams["fleet"]) => {
    const checked = checkFleetParams(fleet);
    setProblem(checked.ok ? null : checked.message);
    if (checked.ok) onChange({ ...params, fleet });
  };
  return (
    <section className="sim-settings" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="sim-subheading">
        Same fleet, same failure
      </h2>
      <NumberField
        label="Instances or tasks"
        value={params.fleet.instanceCount}
        min={1}
        max={MAX_FLEET}
        onChange={(v) => setFleet({ ...params.fleet, instanceCount: v })}
      />
      <NumberField
        label="Rolling batch size (%)"
        value={params.fleet.batchPercent}
        min={1}
        max={100}
        onChange={(v) => setFleet({ ...params.fleet, batchPercent: v })}
      />
      <SelectField
        label="Failure"
        value={params.fleet.failure}
        options={SHARED_FAILURES.map((f) => ({ value: f, label: FAILURE_LABELS[f] }))}
        onChange={(v) => setFleet({ ...params.fleet, failure: v as SharedFailure })}
      />
      <fieldset className="sim-fieldset">
        <legend>
          Strategies ({MIN_SIDE_BY_SIDE}–{MAX_SIDE_BY_SIDE})
        </legend>
        {FLEET_STRATEGIES.map((strategy) => (
          <label key={strategy} className="sim-check">
            <input
              type="checkbox"
              checked={params.strategies.includes(strategy)}
              onChange={(e) => toggle(strategy, e.target.checked)}
            />{" "}
            {strategyTitle(strategy)}
          </label>
        ))}
      </fieldset>
      {problem ? (
        <p className="sim-field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

/** Fleet drawing width in a column: narrower than the full view, so instances stay legible. */
const COLUMN_WIDTH = 300;

function titleOf(id: string | null): string {
  return id !== null && isStrategyId(id) ? strategyTitle(id) : "Run";
}

function sameConfigs(a: readonly { config: unknown }[], b: readonly unknown[]): boolean {
  return JSON.stringify(a.map((r) => r.config)) === JSON.stringify(b);
}

function Body({ initial }: { initial: SideBySideParams }) {
  usePlaybackLoop();
  const actions = useSimulatorActions();
  const store = useSimulatorStoreApi();
  const search = useSearchParams().toString();
  const [params, setParams] = useState(initial);
  const [seenSearch, setSeenSearch] = useState(search);
  if (search !== seenSearch) {
    // Back/forward (or a link) changed the URL: show the run it describes.
    setSeenSearch(search);
    setParams(sideBySideFromSearchParams(new URLSearchParams(search)).params);
  }
  const runs = useSimulatorStore((s) => s.runs);
  const labels = useMemo(() => runs.map((run) => titleOf(run.id)), [runs]);
  useEffect(() => {
    // After back/forward the params change first; the store (and so the columns) follows here.
    const configs = configsFor(params);
    if (!sameConfigs(store.getState().runs, configs))
      actions.setConfigs(configs, "url", params.seed, params.strategies);
  }, [actions, params, store]);
  const change = (next: SideBySideParams) => {
    if (!actions.setConfigs(configsFor(next), "push", next.seed, next.strategies)) return;
    setParams(next);
    window.history.pushState(null, "", `${window.location.pathname}?${sideBySideToSearchParams(next).toString()}`);
  };
  return (
    <div className="sim" onKeyDown={(e) => handleSimulatorKey(e, actions)}>
      <SimulatorNotice />
      <div className="sim-layout">
        <Controls params={params} onChange={change} />
        <div className="sim-stage">
          <PlaybackControls />
          <ClockAnnouncer />
          <div className={`sim-columns sim-columns-${runs.length}`}>
            {runs.map((run, index) => (
              <section key={run.id ?? index} className="sim-column" aria-label={titleOf(run.id)}>
                <h2 className="sim-subheading">
                  {run.id !== null && isStrategyId(run.id) ? (
                    <a href={presetHref(run.id)}>{titleOf(run.id)}</a>
                  ) : (
                    titleOf(run.id)
                  )}
                </h2>
                <div className="sim-picture" tabIndex={0} role="group" aria-label={`${titleOf(run.id)} fleet`}>
                  <RunFleet index={index} label={titleOf(run.id)} width={COLUMN_WIDTH} />
                </div>
                <RunNarration index={index} />
                <RunSummary index={index} />
              </section>
            ))}
          </div>
          <RunsCapacityChart labels={labels} />
        </div>
      </div>
    </div>
  );
}

/** Two to four strategies on the same fleet with the same failure, played on one clock. */
export function SideBySide() {
  const searchParams = useSearchParams();
  const [parsed] = useState(() => sideBySideFromSearchParams(new URLSearchParams(searchParams.toString())));
  const { params, problems } = parsed;
  const notice =
    problems.length === 0
      ? null
      : `Some settings in this link could not be used: ${problems.join(" ")} Defaults are shown instead.`;
  return (
    <SimulatorStoreProvider init={{ configs: configsFor(params), ids: params.strategies, seed: params.seed, notice }}>
      <Body initial={params} />
    </SimulatorStoreProvider>
  );
}
