import { useId } from "react";
import { SPEEDS, stopIndexAt } from "@/lib/stores/simulator-playback";
import type { Speed } from "@/lib/stores/simulator-playback";
import { useSimulatorActions, useSimulatorStore } from "@/lib/stores/simulator-store-provider";
import { formatClock } from "./format";

function Icon({ d }: { d: string }) {
  return (
    <svg className="sim-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

const STATUS_TEXT = { ready: "Ready", playing: "Playing", paused: "Paused", finished: "Finished" } as const;

/** Play, pause, step, scrub and speed. One set drives every run in the store. */
export function PlaybackControls() {
  const id = useId();
  const status = useSimulatorStore((s) => s.status);
  const stops = useSimulatorStore((s) => s.stops);
  const end = useSimulatorStore((s) => s.end);
  const speed = useSimulatorStore((s) => s.speed);
  const stopIndex = useSimulatorStore((s) => stopIndexAt(s.stops, s.time));
  const time = useSimulatorStore((s) => Math.floor(s.time));
  const actions = useSimulatorActions();
  const playing = status === "playing";
  return (
    <div className="sim-playback" role="group" aria-label="Playback">
      <div className="sim-buttons">
        <button type="button" className="sim-button" onClick={actions.goToStart} aria-label="Back to the start">
          <Icon d="M3 2h2v12H3zM14 2v12L6 8z" />
        </button>
        <button type="button" className="sim-button" onClick={actions.stepBack} aria-label="Step back">
          <Icon d="M12 2v12L4 8z" />
        </button>
        <button type="button" className="sim-button sim-play" onClick={actions.togglePlay}>
          {playing ? "Pause" : status === "finished" ? "Replay" : "Play"}
        </button>
        <button type="button" className="sim-button" onClick={actions.stepForward} aria-label="Step forward">
          <Icon d="M4 2v12l8-6z" />
        </button>
        <button type="button" className="sim-button" onClick={actions.goToEnd} aria-label="Skip to the end">
          <Icon d="M11 2h2v12h-2zM2 2v12l8-6z" />
        </button>
        <label className="sim-speed" htmlFor={`${id}-speed`}>
          Speed
        </label>
        <select id={`${id}-speed`} value={speed} onChange={(e) => actions.setSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </div>
      <div className="sim-scrub">
        <label htmlFor={`${id}-scrub`}>Step</label>
        <input
          id={`${id}-scrub`}
          type="range"
          min={0}
          max={Math.max(0, stops.length - 1)}
          step={1}
          value={stopIndex}
          aria-valuetext={`Step ${stopIndex + 1} of ${stops.length}, at ${formatClock(stops[stopIndex] ?? 0)}`}
          onChange={(e) => actions.seek(stops[Number(e.target.value)] ?? 0)}
        />
        <output className="sim-clock" htmlFor={`${id}-scrub`}>
          {formatClock(time)} / {formatClock(end)}
        </output>
        <span className="sim-status" data-status={status}>
          {STATUS_TEXT[status]}
        </span>
      </div>
      <p className="sim-hint">
        Keys: <kbd>Space</kbd> play/pause, <kbd>←</kbd> <kbd>→</kbd> step, <kbd>Home</kbd> <kbd>End</kbd>. 1× plays one
        minute of the deployment per second.
      </p>
    </div>
  );
}
