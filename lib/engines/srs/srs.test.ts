import { describe, expect, it } from "vitest";
import { isDue, newCard, ratingFor, retrievability, reviewCard } from "./index";

const day = 24 * 60 * 60 * 1000;
const start = new Date("2026-01-01T09:00:00Z");
const at = (days: number) => new Date(start.getTime() + days * day);

describe("ratingFor", () => {
  it("maps correctness and confidence to FSRS ratings", () => {
    expect(ratingFor(false, "sure")).toBe("again");
    expect(ratingFor(false, "guessed")).toBe("again");
    expect(ratingFor(true, "guessed")).toBe("hard");
    expect(ratingFor(true, "unsure")).toBe("good");
    expect(ratingFor(true, "sure")).toBe("easy");
  });
});

describe("reviewCard with a fixed clock", () => {
  it("makes a missed question due again the same day", () => {
    const card = reviewCard(null, { correct: false, confidence: "unsure" }, start);
    expect(card.lapses).toBe(0);
    expect(card.state).toBe("learning");
    expect(card.due.getTime() - start.getTime()).toBeLessThan(day);
    expect(isDue(card, at(1))).toBe(true);
  });

  it("spaces a confident right answer further than a guessed one", () => {
    const sure = reviewCard(null, { correct: true, confidence: "sure" }, start);
    const guessed = reviewCard(null, { correct: true, confidence: "guessed" }, start);
    expect(sure.due.getTime()).toBeGreaterThan(guessed.due.getTime());
    expect(isDue(sure, start)).toBe(false);
  });

  it("grows intervals with repeated success and shrinks them after a lapse", () => {
    let card = reviewCard(null, { correct: true, confidence: "sure" }, start);
    const first = card.scheduledDays;
    card = reviewCard(card, { correct: true, confidence: "sure" }, card.due);
    expect(card.scheduledDays).toBeGreaterThan(first);
    const lapsed = reviewCard(card, { correct: false, confidence: "sure" }, card.due);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe("relearning");
    expect(lapsed.due.getTime()).toBeLessThan(card.due.getTime() + day);
  });

  it("is deterministic: the same history gives the same schedule", () => {
    const run = () =>
      reviewCard(
        reviewCard(null, { correct: true, confidence: "unsure" }, start),
        { correct: true, confidence: "unsure" },
        at(3),
      );
    expect(run()).toEqual(run());
  });

  it("schedules sooner when the learner wants higher retention", () => {
    const base = reviewCard(null, { correct: true, confidence: "sure" }, start);
    const strict = reviewCard(base, { correct: true, confidence: "sure" }, base.due, 0.97);
    const relaxed = reviewCard(base, { correct: true, confidence: "sure" }, base.due, 0.75);
    expect(strict.scheduledDays).toBeLessThan(relaxed.scheduledDays);
  });

  it("reports retrievability falling with time", () => {
    const card = reviewCard(null, { correct: true, confidence: "sure" }, start);
    expect(retrievability(newCard(start), start)).toBe(0);
    expect(retrievability(card, at(1))).toBeGreaterThan(retrievability(card, at(30)));
  });
});
