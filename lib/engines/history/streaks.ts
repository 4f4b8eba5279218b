import { dayKey } from "./calendar";
import type { Streak } from "./types";

/**
 * Current and longest streaks of consecutive active days. `activeDays` are local day numbers;
 * days after `today` are ignored. Today without activity yet does not break a streak that ran
 * until yesterday: the current streak then ends yesterday (and `activeToday` says so).
 */
export function streaksOf(activeDays: Iterable<number>, today: number): Streak {
  const days = new Set<number>();
  for (const day of activeDays) if (day <= today) days.add(day);
  const sorted = [...days].sort((a, b) => a - b);

  let longest = 0;
  let run = 0;
  let previous: number | undefined;
  for (const day of sorted) {
    run = previous !== undefined && day === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }

  const activeToday = days.has(today);
  let current = 0;
  for (let day = activeToday ? today : today - 1; days.has(day); day -= 1) current += 1;

  const last = sorted.at(-1);
  return { current, longest, activeToday, lastActive: last === undefined ? null : dayKey(last) };
}
