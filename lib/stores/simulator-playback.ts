/**
 * The simulator's clock, as pure functions over timelines: where the stops are (every time a
 * frame starts in any run), which frame each run shows at a time, and how real time advances it.
 * One clock drives one run or several side by side.
 */
import type { Frame, SimEvent, Timeline } from "@/lib/engines/simulation";

export const SPEEDS = [0.5, 1, 2, 4, 8, 16] as const;
export type Speed = (typeof SPEEDS)[number];

/** At 1×, one minute of deployment plays in one second… */
const SIMULATED_SECONDS_PER_REAL_SECOND = 60;
/** …but every step stays on screen for at least this long, so short steps can be seen. */
const MIN_REAL_SECONDS_PER_STOP = 0.6;

/** Sorted, unique frame start times across all runs; the last one is where the longest run ends. */
export function stopsOf(timelines: readonly Timeline[]): number[] {
  const times = new Set<number>();
  for (const timeline of timelines) for (const frame of timeline.frames) times.add(frame.time);
  return [...times].sort((a, b) => a - b);
}

export function endOf(stops: readonly number[]): number {
  return stops[stops.length - 1] ?? 0;
}

/** Index of the last element ≤ value in a sorted list (0 when value precedes them all). */
function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (item !== undefined && key(item) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The index of the stop the clock is at or has most recently passed. */
export function stopIndexAt(stops: readonly number[], time: number): number {
  return lastAtOrBefore(stops, time, (t) => t);
}

/** The frame a run shows at a time: the last one that has started. */
export function frameAt(timeline: Timeline, time: number): Frame {
  const index = lastAtOrBefore(timeline.frames, time, (f) => f.time);
  const frame = timeline.frames[index];
  if (frame === undefined) throw new Error("A timeline always has at least one frame.");
  return frame;
}

/** Events that have happened by `time` (AWS's event log as it reads at that moment). */
export function eventsUntil(timeline: Timeline, time: number): SimEvent[] {
  return timeline.events.filter((e) => e.time <= time);
}

/** Events that happen while the frame shown at `time` is on screen. */
export function eventsOfFrameAt(timeline: Timeline, time: number): SimEvent[] {
  const frame = frameAt(timeline, time);
  const next = timeline.frames[frame.index + 1];
  const until = next === undefined ? Number.POSITIVE_INFINITY : next.time;
  return timeline.events.filter((e) => e.time >= frame.time && e.time < until);
}

/** The next stop after `time`, or the end. */
export function nextStop(stops: readonly number[], time: number): number {
  return stops.find((t) => t > time) ?? endOf(stops);
}

/** The last stop before `time`, or the start. */
export function previousStop(stops: readonly number[], time: number): number {
  let previous = stops[0] ?? 0;
  for (const t of stops) {
    if (t >= time) break;
    previous = t;
  }
  return previous;
}

/** Moves the clock forward by `realMs` of wall time at `speed`; never past the end. */
export function advanceClock(stops: readonly number[], time: number, realMs: number, speed: Speed): number {
  const end = endOf(stops);
  let now = time;
  let remaining = realMs / 1000;
  while (remaining > 0 && now < end) {
    const from = stops[stopIndexAt(stops, now)] ?? 0;
    const to = nextStop(stops, now);
    const length = Math.max(to - from, 1e-9);
    const realSeconds = Math.max(length / SIMULATED_SECONDS_PER_REAL_SECOND, MIN_REAL_SECONDS_PER_STOP) / speed;
    const rate = length / realSeconds;
    const needed = (to - now) / rate;
    if (remaining >= needed) {
      now = to;
      remaining -= needed;
    } else {
      now += remaining * rate;
      remaining = 0;
    }
  }
  return Math.min(now, end);
}
