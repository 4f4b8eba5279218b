/**
 * Simulator controls as a zustand store. Created per mount by {@link createSimulatorStore} (see
 * simulator-store-provider.tsx), never as a module singleton. Holds one run, or two to four side
 * by side on one clock; every run comes from the pure engine.
 */
import { createStore } from "zustand/vanilla";
import type { SimulationConfig, Timeline, ValidationError } from "@/lib/engines/simulation";
import { simulate, validateConfig } from "@/lib/engines/simulation";
import type { Speed } from "./simulator-playback";
import { advanceClock, endOf, nextStop, previousStop, stopsOf } from "./simulator-playback";

export type PlaybackStatus = "ready" | "playing" | "paused" | "finished";

/** Why the configs last changed; the URL sync writes history for `push` and `replace` only. */
export type ChangeOrigin = "initial" | "push" | "replace" | "url";

export interface SimulatorRun {
  /** What the caller calls this run (e.g. a strategy id), so views can label it; null if unnamed. */
  id: string | null;
  config: SimulationConfig;
  timeline: Timeline;
}

export interface SimulatorInit {
  configs: SimulationConfig[];
  /** Names for the runs, in the same order as `configs`. */
  ids?: string[];
  seed: number;
  speed?: Speed;
  /** A message for the learner, e.g. why the link's parameters were not used. */
  notice?: string | null;
}

export interface SimulatorState {
  runs: SimulatorRun[];
  seed: number;
  stops: number[];
  end: number;
  /** Simulated seconds since the deployment started. */
  time: number;
  status: PlaybackStatus;
  speed: Speed;
  /** Problems with the last edit, which was not applied. Empty when the shown run matches the controls. */
  errors: ValidationError[];
  notice: string | null;
  origin: ChangeOrigin;
}

export interface SimulatorActions {
  /** Validates and runs new configs; returns false (and records the errors) if any is invalid. */
  setConfigs: (configs: SimulationConfig[], origin: ChangeOrigin, seed?: number, ids?: string[]) => boolean;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  stepForward: () => void;
  stepBack: () => void;
  seek: (time: number) => void;
  goToStart: () => void;
  goToEnd: () => void;
  setSpeed: (speed: Speed) => void;
  /** Called by the animation loop with the wall-clock milliseconds since the last call. */
  tick: (realMs: number) => void;
  setNotice: (notice: string | null) => void;
  /** Records problems with an edit the caller refused to apply (e.g. a fleet too large to draw). */
  rejectEdit: (errors: ValidationError[]) => void;
}

export type SimulatorStore = ReturnType<typeof createSimulatorStore>;

function runAll(configs: readonly SimulationConfig[], seed: number, ids: readonly string[] = []): SimulatorRun[] {
  return configs.map((config, i) => ({ id: ids[i] ?? null, config, timeline: simulate(config, seed) }));
}

function clockFor(runs: readonly SimulatorRun[]): Pick<SimulatorState, "stops" | "end"> {
  const stops = stopsOf(runs.map((r) => r.timeline));
  return { stops, end: endOf(stops) };
}

function pausedAt(time: number, end: number): Pick<SimulatorState, "time" | "status"> {
  return { time, status: time >= end ? "finished" : "paused" };
}

/** Creates a store for one mounted simulator. Throws if the initial configs are invalid. */
export function createSimulatorStore(init: SimulatorInit) {
  const runs = runAll(init.configs, init.seed, init.ids);
  return createStore<SimulatorState & SimulatorActions>()((set, get) => ({
    runs,
    seed: init.seed,
    ...clockFor(runs),
    time: 0,
    status: "ready",
    speed: init.speed ?? 2,
    errors: [],
    notice: init.notice ?? null,
    origin: "initial",

    setConfigs: (configs, origin, seed = get().seed, ids = []) => {
      const errors = configs.flatMap((config, index) => {
        const result = validateConfig(config);
        if (result.ok) return [];
        const prefix = configs.length > 1 ? `run ${index + 1}: ` : "";
        return result.errors.map((e) => ({ field: `${prefix}${e.field}`, message: e.message }));
      });
      if (errors.length > 0) {
        set({ errors });
        return false;
      }
      const next = runAll(configs, seed, ids);
      set({ runs: next, seed, ...clockFor(next), time: 0, status: "ready", errors: [], origin });
      return true;
    },
    play: () => {
      const { time, end } = get();
      set({ status: "playing", time: time >= end ? 0 : time });
    },
    pause: () => {
      if (get().status === "playing") set({ status: "paused" });
    },
    togglePlay: () => (get().status === "playing" ? get().pause() : get().play()),
    stepForward: () => {
      const { stops, time, end } = get();
      set(pausedAt(nextStop(stops, time), end));
    },
    stepBack: () => {
      const { stops, time, end } = get();
      set(pausedAt(previousStop(stops, time), end));
    },
    seek: (time) => {
      const { end } = get();
      set(pausedAt(Math.min(Math.max(0, time), end), end));
    },
    goToStart: () => set({ time: 0, status: "paused" }),
    goToEnd: () => set({ time: get().end, status: "finished" }),
    setSpeed: (speed) => set({ speed }),
    tick: (realMs) => {
      const { status, stops, time, speed, end } = get();
      if (status !== "playing") return;
      const next = advanceClock(stops, time, realMs, speed);
      set({ time: next, status: next >= end ? "finished" : "playing" });
    },
    setNotice: (notice) => set({ notice }),
    rejectEdit: (errors) => set({ errors }),
  }));
}
