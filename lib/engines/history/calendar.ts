import type { DayKey, IsoWeek } from "./types";

const DAY_MS = 86_400_000;
/**
 * Every UTC offset in use is a multiple of 15 minutes and zones change offset on 15-minute
 * boundaries, so the offset is constant within a 15-minute UTC slot.
 */
const SLOT_MS = 15 * 60_000;

/** Whether the runtime knows this IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The canonical name of a valid zone ("utc" → "UTC", "Asia/Calcutta" stays as the runtime spells it). */
export function canonicalTimeZone(timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** "YYYY-MM-DD" of a day number. */
export function dayKey(dayNumber: number): DayKey {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** The day number of a "YYYY-MM-DD" key. */
export function parseDayKey(key: DayKey): number {
  const [year, month, day] = key.split("-").map(Number);
  return dayNumberOf(year ?? 1970, month ?? 1, day ?? 1);
}

export interface LocalCalendar {
  timeZone: string;
  /** The local day number (days since 1970-01-01 in the zone) of an instant. */
  dayOf(at: number): number;
}

/**
 * A calendar for one IANA zone. Asking Intl for every instant is slow (tens of ms for 20,000
 * answers), so it asks for the zone's UTC offset at both ends of each UTC day: when they agree (no
 * transition that day) the whole day shares that offset; otherwise each 15-minute slot is asked.
 * The memo lives in the calendar, not the module. Throws RangeError for an unknown zone.
 */
export function localCalendar(timeZone: string): LocalCalendar {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  });
  const offsetAt = (at: number) => {
    const parts = format.formatToParts(at);
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    const local = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
    return local - Math.floor(at / 60_000) * 60_000;
  };
  const days = new Map<number, number | null>();
  const slots = new Map<number, number>();
  const slotOffset = (at: number) => {
    const slot = Math.floor(at / SLOT_MS);
    let offset = slots.get(slot);
    if (offset === undefined) {
      offset = offsetAt(slot * SLOT_MS);
      slots.set(slot, offset);
    }
    return offset;
  };
  const offsetOf = (at: number) => {
    const utcDay = Math.floor(at / DAY_MS);
    let offset = days.get(utcDay);
    if (offset === undefined) {
      const first = offsetAt(utcDay * DAY_MS);
      offset = first === offsetAt((utcDay + 1) * DAY_MS - SLOT_MS) ? first : null;
      days.set(utcDay, offset);
    }
    return offset ?? slotOffset(at);
  };
  return {
    timeZone: format.resolvedOptions().timeZone,
    dayOf: (at) => Math.floor((at + offsetOf(at)) / DAY_MS),
  };
}

/** Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** The day number of the Monday starting the ISO week that holds the day. */
export function weekStartOf(dayNumber: number): number {
  return dayNumber - weekdayOf(dayNumber);
}

/** The ISO 8601 week of a day: the year is the year of its Thursday ("2021-01-03" → "2020-W53"). */
export function isoWeekOf(dayNumber: number): IsoWeek {
  const monday = weekStartOf(dayNumber);
  const thursday = monday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - dayNumberOf(year, 1, 1)) / 7) + 1;
  return { key: `${year}-W${String(week).padStart(2, "0")}`, start: dayKey(monday) };
}
