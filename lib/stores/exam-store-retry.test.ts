// Fault: the server refuses a save it could take in a moment (SQLite busy → `retry: true`). The
// runner must keep the learner's answer and send it again, in order, until it is saved.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createExamStore, type ExamPersistence, type ItemChange, type SaveResult } from "./exam-store";

const initial = {
  current: 0,
  view: "question" as const,
  items: ["q1", "q2"].map((questionId) => ({ questionId, selected: [], flagged: false, struck: [] })),
};

// What the exam actions answer when SQLite stayed locked (app/exam/actions.ts).
const BUSY = {
  ok: false as const,
  error: "Not saved yet: the database is busy. Retrying…",
  closed: false,
  retry: true,
};

/** A server that answers each save with the next scripted result (then ok), recording every call. */
function scriptedServer(script: SaveResult[]): ExamPersistence & { calls: { position: number; change: ItemChange }[] } {
  const calls: { position: number; change: ItemChange }[] = [];
  return {
    calls,
    saveItem: (position, change) => {
      calls.push({ position, change });
      return Promise.resolve(script.shift() ?? { ok: true });
    },
    visit: () => Promise.resolve({ ok: true }),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("exam store: a save the server could not take yet", () => {
  it("keeps the answer, says so, and sends the same change again until it is saved", async () => {
    const server = scriptedServer([BUSY, BUSY]);
    const store = createExamStore(initial, server);
    store.getState().dispatch({ type: "choose", optionId: "c", kind: "single" });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState()).toMatchObject({
      saveError: "Not saved yet: the database is busy. Retrying…",
      pending: 1,
      closed: false,
    });
    expect(store.getState().items[0]?.selected).toEqual(["c"]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(server.calls).toEqual([
      { position: 0, change: { selected: ["c"] } },
      { position: 0, change: { selected: ["c"] } },
      { position: 0, change: { selected: ["c"] } },
    ]);
    expect(store.getState()).toMatchObject({ saveError: null, pending: 0, closed: false });
  });

  it("keeps later changes waiting behind it, so the server sees them in the learner's order", async () => {
    const server = scriptedServer([BUSY]);
    const store = createExamStore(initial, server);
    store.getState().dispatch({ type: "choose", optionId: "a", kind: "single" });
    store.getState().dispatch({ type: "choose", optionId: "b", kind: "single" });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.calls.map((call) => call.change)).toEqual([
      { selected: ["a"] },
      { selected: ["a"] },
      { selected: ["b"] },
    ]);
    expect(store.getState()).toMatchObject({ saveError: null, pending: 0 });
    expect(store.getState().items[0]?.selected).toEqual(["b"]);
  });

  it("does not resend a change the server refused for good (bad input), and stays open", async () => {
    const server = scriptedServer([{ ok: false, error: "That change could not be read.", closed: false }]);
    const store = createExamStore(initial, server);
    store.getState().dispatch({ type: "toggle-flag" });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.calls).toHaveLength(1);
    expect(store.getState()).toMatchObject({ saveError: "That change could not be read.", pending: 0, closed: false });
    store.getState().dispatch({ type: "choose", optionId: "d", kind: "single" });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState()).toMatchObject({ saveError: null, pending: 0 });
  });
});
