import { describe, expect, it } from "vitest";
import type { SimulationConfig } from "@/lib/engines/simulation";
import { PRESETS } from "@/lib/engines/simulation";
import { advanceClock, eventsUntil, frameAt, stopsOf } from "./simulator-playback";
import { createSimulatorStore } from "./simulator-store";

function preset(id: keyof typeof PRESETS): SimulationConfig {
  const p = PRESETS[id];
  if (p.engine !== "deployment") throw new Error("not a deployment preset");
  return p.config;
}

const rolling = preset("eb-rolling");
const immutable = preset("eb-immutable");

describe("createSimulatorStore", () => {
  it("starts ready at time 0 with the engine's timeline", () => {
    const store = createSimulatorStore({ configs: [rolling], seed: 1 });
    const state = store.getState();
    expect(state.status).toBe("ready");
    expect(state.time).toBe(0);
    expect(state.runs[0]?.timeline.frames.length).toBeGreaterThan(2);
    expect(state.stops).toEqual(state.runs[0]?.timeline.frames.map((f) => f.time));
  });

  it("steps forward and back through frame starts", () => {
    const store = createSimulatorStore({ configs: [rolling], seed: 1 });
    const stops = store.getState().stops;
    store.getState().stepForward();
    expect(store.getState().time).toBe(stops[1]);
    expect(store.getState().status).toBe("paused");
    store.getState().stepForward();
    store.getState().stepBack();
    expect(store.getState().time).toBe(stops[1]);
    store.getState().goToEnd();
    expect(store.getState().status).toBe("finished");
    store.getState().stepForward();
    expect(store.getState().time).toBe(store.getState().end);
  });

  it("plays to the end on ticks and restarts when played again", () => {
    const store = createSimulatorStore({ configs: [rolling], seed: 1, speed: 16 });
    store.getState().play();
    for (let i = 0; i < 1000 && store.getState().status === "playing"; i++) store.getState().tick(100);
    expect(store.getState().status).toBe("finished");
    const timeline = store.getState().runs[0]?.timeline;
    expect(timeline && eventsUntil(timeline, store.getState().time)).toEqual(timeline?.events);
    store.getState().play();
    expect(store.getState().time).toBe(0);
  });

  it("ignores ticks unless playing", () => {
    const store = createSimulatorStore({ configs: [rolling], seed: 1 });
    store.getState().tick(5000);
    expect(store.getState().time).toBe(0);
  });

  it("keeps the last good run and reports errors for an invalid edit", () => {
    const store = createSimulatorStore({ configs: [rolling], seed: 1 });
    const before = store.getState().runs;
    const bad = { ...rolling, environmentType: "single-instance" as const };
    expect(store.getState().setConfigs([bad], "push")).toBe(false);
    expect(store.getState().runs).toBe(before);
    expect(store.getState().errors.map((e) => e.field)).toContain("instanceCount");
    expect(store.getState().setConfigs([immutable], "push")).toBe(true);
    expect(store.getState().errors).toEqual([]);
    expect(store.getState().origin).toBe("push");
  });

  it("plays several runs on one clock whose stops are the union of their frames", () => {
    const store = createSimulatorStore({ configs: [rolling, immutable], seed: 1 });
    const [a, b] = store.getState().runs.map((r) => r.timeline);
    if (a === undefined || b === undefined) throw new Error("two runs expected");
    expect(store.getState().stops).toEqual(stopsOf([a, b]));
    expect(store.getState().end).toBe(Math.max(a.frames.at(-1)?.time ?? 0, b.frames.at(-1)?.time ?? 0));
    store.getState().seek(200);
    expect(frameAt(a, 200).time).toBeLessThanOrEqual(200);
    expect(frameAt(b, 200).time).toBeLessThanOrEqual(200);
  });

  it("gives each mount its own store", () => {
    const one = createSimulatorStore({ configs: [rolling], seed: 1 });
    const two = createSimulatorStore({ configs: [rolling], seed: 1 });
    one.getState().goToEnd();
    expect(two.getState().time).toBe(0);
  });
});

describe("advanceClock", () => {
  it("never passes the end and shows short steps for a minimum time", () => {
    const stops = [0, 1, 2, 600];
    expect(advanceClock(stops, 0, 300, 1)).toBeLessThan(1);
    expect(advanceClock(stops, 0, 100_000, 16)).toBe(600);
    expect(advanceClock(stops, 2, 1000, 1)).toBeCloseTo(62);
  });
});
