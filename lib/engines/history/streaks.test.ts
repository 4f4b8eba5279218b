import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDayKey } from "./calendar";
import { streaksOf } from "./streaks";

const today = parseDayKey("2026-05-06");
const ago = (...offsets: number[]) => offsets.map((n) => today - n);

describe("streaksOf", () => {
  it("is all zeros with no activity", () => {
    expect(streaksOf([], today)).toEqual({ current: 0, longest: 0, activeToday: false, lastActive: null });
  });

  it("counts a run that includes today", () => {
    expect(streaksOf(ago(0, 1, 2), today)).toMatchObject({ current: 3, longest: 3, activeToday: true });
  });

  it("keeps a streak that ran until yesterday when today is not active yet", () => {
    expect(streaksOf(ago(1, 2, 3, 4), today)).toEqual({
      current: 4,
      longest: 4,
      activeToday: false,
      lastActive: "2026-05-05",
    });
  });

  it("breaks the current streak after a whole day without activity", () => {
    expect(streaksOf(ago(2, 3, 4), today)).toMatchObject({ current: 0, longest: 3, activeToday: false });
  });

  it("starts again after a gap day, and the longest run is remembered", () => {
    expect(streaksOf(ago(0, 1, 3, 4, 5, 6, 9), today)).toMatchObject({ current: 2, longest: 4 });
  });

  it("counts each day once and ignores days after today", () => {
    expect(streaksOf([...ago(0, 0, 1, 1), today + 1, today + 2], today)).toMatchObject({
      current: 2,
      longest: 2,
      lastActive: "2026-05-06",
    });
  });

  it("agrees with counting day by day, whatever the days", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 40 }), (offsets) => {
        const active = new Set(offsets);
        const result = streaksOf(ago(...offsets), today);
        let current = 0;
        for (let n = active.has(0) ? 0 : 1; active.has(n); n += 1) current += 1;
        let longest = 0;
        for (let end = 0; end <= 40; end += 1) {
          let run = 0;
          while (active.has(end + run)) run += 1;
          longest = Math.max(longest, run);
        }
        expect(result.current).toBe(current);
        expect(result.longest).toBe(longest);
        expect(result.current).toBeLessThanOrEqual(result.longest);
      }),
    );
  });
});
