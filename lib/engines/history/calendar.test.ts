import { describe, expect, it } from "vitest";
import { dayKey, isoWeekOf, isValidTimeZone, localCalendar, parseDayKey, weekdayOf } from "./calendar";

const at = (iso: string) => Date.parse(iso);
const localDay = (iso: string, zone: string) => dayKey(localCalendar(zone).dayOf(at(iso)));

describe("localCalendar", () => {
  it("puts an instant near midnight on the learner's own day", () => {
    expect(localDay("2026-05-01T23:30:00Z", "UTC")).toBe("2026-05-01");
    expect(localDay("2026-05-01T23:30:00Z", "Europe/Paris")).toBe("2026-05-02");
    expect(localDay("2026-05-01T06:30:00Z", "America/Los_Angeles")).toBe("2026-04-30");
    expect(localDay("2026-05-01T07:00:00Z", "America/Los_Angeles")).toBe("2026-05-01");
    expect(localDay("2026-05-01T10:30:00Z", "Pacific/Kiritimati")).toBe("2026-05-02");
  });

  it("gets zones with 45-minute offsets right on both sides of midnight", () => {
    // Kathmandu is UTC+5:45: local midnight is 18:15 UTC.
    expect(localDay("2026-05-01T18:14:59Z", "Asia/Kathmandu")).toBe("2026-05-01");
    expect(localDay("2026-05-01T18:15:00Z", "Asia/Kathmandu")).toBe("2026-05-02");
  });

  it("follows daylight saving time changes", () => {
    // Paris is UTC+1 in winter, UTC+2 from 2026-03-29 01:00 UTC.
    expect(localDay("2026-03-27T23:30:00Z", "Europe/Paris")).toBe("2026-03-28");
    expect(localDay("2026-03-29T22:30:00Z", "Europe/Paris")).toBe("2026-03-30");
    expect(localDay("2026-03-29T21:30:00Z", "Europe/Paris")).toBe("2026-03-29");
  });

  it("is right on both sides of a transition, on the day it happens", () => {
    // Los Angeles falls back from UTC−7 to UTC−8 at 2026-11-01 09:00 UTC.
    expect(localDay("2026-11-01T06:59:00Z", "America/Los_Angeles")).toBe("2026-10-31");
    expect(localDay("2026-11-01T07:00:00Z", "America/Los_Angeles")).toBe("2026-11-01");
    expect(localDay("2026-11-02T07:59:00Z", "America/Los_Angeles")).toBe("2026-11-01");
    expect(localDay("2026-11-02T08:00:00Z", "America/Los_Angeles")).toBe("2026-11-02");
  });

  it.each(["Europe/Paris", "America/Los_Angeles", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"])(
    "agrees with Intl every 15 minutes across the year's transitions in %s",
    (zone) => {
      const reference = new Intl.DateTimeFormat("en-CA", {
        timeZone: zone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      });
      const calendar = localCalendar(zone);
      for (const start of [
        "2026-03-26T00:00:00Z",
        "2026-10-01T00:00:00Z",
        "2026-10-22T00:00:00Z",
        "2026-10-29T00:00:00Z",
      ]) {
        // Visited out of order, so the memo is exercised both ways.
        const steps = 8 * 96;
        for (let i = 0; i < steps; i += 1) {
          const instant = at(start) + ((i * 97) % steps) * 900_000;
          expect(dayKey(calendar.dayOf(instant)), new Date(instant).toISOString()).toBe(reference.format(instant));
        }
      }
    },
  );

  it("names the zone as the runtime does", () => {
    expect(localCalendar("UTC").timeZone).toBe("UTC");
    expect(localCalendar("Europe/Paris").timeZone).toBe("Europe/Paris");
  });
});

describe("isValidTimeZone", () => {
  it.each([
    ["UTC", true],
    ["Europe/Paris", true],
    ["Mars/Olympus_Mons", false],
    ["", false],
    ["../etc/passwd", false],
  ])("%s → %s", (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe("ISO weeks", () => {
  it.each([
    ["2026-05-01", "2026-W18", "2026-04-27"],
    ["2026-04-27", "2026-W18", "2026-04-27"],
    ["2026-05-03", "2026-W18", "2026-04-27"],
    ["2026-05-04", "2026-W19", "2026-05-04"],
    ["2021-01-03", "2020-W53", "2020-12-28"],
    ["2024-12-30", "2025-W01", "2024-12-30"],
    ["2026-01-01", "2026-W01", "2025-12-29"],
    ["2027-01-01", "2026-W53", "2026-12-28"],
  ])("%s is in %s, which starts on %s", (day, key, start) => {
    expect(isoWeekOf(parseDayKey(day))).toEqual({ key, start });
  });

  it("counts Monday as the first weekday", () => {
    expect(weekdayOf(parseDayKey("2026-05-04"))).toBe(0);
    expect(weekdayOf(parseDayKey("2026-05-10"))).toBe(6);
    expect(weekdayOf(parseDayKey("1969-12-29"))).toBe(0);
  });

  it("round-trips day keys", () => {
    for (const key of ["1970-01-01", "2024-02-29", "2026-12-31"]) expect(dayKey(parseDayKey(key))).toBe(key);
  });
});
