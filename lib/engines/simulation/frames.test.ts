import { describe, expect, it } from "vitest";
import { computeMetrics } from "./metrics";
import { simulate } from "./simulate";
import { makeEb, makeServer } from "./test-builders";
import type { Timeline } from "./types";

const rolling = (instanceCount: number, batchSize: number): Timeline =>
  simulate(makeEb({ kind: "rolling", batchSizeType: "Percentage", batchSize }, { instanceCount }), 1);

describe("frame granularity", () => {
  it("records frames per batch step, not per second or per instance", () => {
    const big = rolling(1000, 25);
    const batches = 4;
    // Each batch drains, installs and passes health checks (3 stretches), plus the final frame.
    expect(big.frames).toHaveLength(3 * batches + 1);
    expect(computeMetrics(big).totalDurationSeconds).toBeGreaterThan(10 * big.frames.length);
    expect(rolling(8, 25).frames).toHaveLength(big.frames.length);
    expect(rolling(1000, 10).frames).toHaveLength(3 * 10 + 1);
  });

  it("tiles time: each frame starts where the previous one ends", () => {
    const { frames } = rolling(1000, 25);
    for (const [index, frame] of frames.entries()) {
      expect(frame.index).toBe(index);
      const next = frames[index + 1];
      if (next !== undefined) expect(frame.time + frame.durationSeconds).toBe(next.time);
    }
  });

  it("shares unchanged instance views between frames", () => {
    const { frames } = rolling(1000, 25);
    for (let index = 1; index < frames.length; index += 1) {
      const before = new Set(frames[index - 1]?.instances);
      const fresh = frames[index]?.instances.filter((view) => !before.has(view)) ?? [];
      // At most two batches change at once: one comes back healthy as the next starts draining.
      expect(fresh.length).toBeLessThanOrEqual(2 * 250);
    }
  });

  it("gives a one-at-a-time deployment one frame per lifecycle event", () => {
    const oneAtATime = (instanceCount: number): Timeline => simulate(makeServer({ instanceCount }), 1);
    for (const timeline of [oneAtATime(10), oneAtATime(40)]) {
      expect(timeline.frames).toHaveLength(timeline.lifecycleLog.length + 1);
    }
  });
});
