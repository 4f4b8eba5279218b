import { describe, expect, it, vi } from "vitest";
import { createExamStore, type ExamPersistence, type ItemChange } from "./exam-store";

const initial = {
  current: 0,
  view: "question" as const,
  items: ["q1", "q2"].map((questionId) => ({ questionId, selected: [], flagged: false, struck: [] })),
};

function fakePersistence(failures = 0): ExamPersistence & { saves: unknown[]; visits: unknown[] } {
  let left = failures;
  const saves: unknown[] = [];
  const visits: unknown[] = [];
  return {
    saves,
    visits,
    saveItem: (position: number, change: ItemChange) => {
      if (left-- > 0) return Promise.reject(new Error("offline"));
      saves.push({ position, change });
      return Promise.resolve({ ok: true as const });
    },
    visit: (from: number, to: number, elapsedMs: number) => {
      visits.push({ from, to, elapsedMs });
      return Promise.resolve({ ok: true as const });
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("exam store", () => {
  it("autosaves each change in order and records visits with time spent", async () => {
    let clock = 1_000;
    const persistence = fakePersistence();
    const store = createExamStore(initial, persistence, () => clock);
    store.getState().dispatch({ type: "choose", optionId: "a", kind: "single" });
    store.getState().dispatch({ type: "choose", optionId: "b", kind: "single" });
    store.getState().dispatch({ type: "toggle-flag" });
    clock += 42_000;
    store.getState().dispatch({ type: "next" });
    await vi.waitFor(() => expect(store.getState().pending).toBe(0));
    expect(persistence.saves).toEqual([
      { position: 0, change: { selected: ["a"] } },
      { position: 0, change: { selected: ["b"] } },
      { position: 0, change: { flagged: true } },
    ]);
    expect(persistence.visits).toEqual([{ from: 0, to: 1, elapsedMs: 42_000 }]);
  });

  it("retries a save that failed on the network and keeps the learner's choice", async () => {
    vi.useFakeTimers();
    const persistence = fakePersistence(2);
    const store = createExamStore(initial, persistence);
    store.getState().dispatch({ type: "choose", optionId: "c", kind: "single" });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().saveError).toMatch(/Retrying/);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(persistence.saves).toEqual([{ position: 0, change: { selected: ["c"] } }]);
    expect(store.getState()).toMatchObject({ pending: 0, saveError: null });
    expect(store.getState().items[0]?.selected).toEqual(["c"]);
    vi.useRealTimers();
  });

  it("stops taking changes once the server says the attempt is closed", async () => {
    const persistence = fakePersistence();
    persistence.saveItem = () => Promise.resolve({ ok: false, error: "Time is up", closed: true });
    const store = createExamStore(initial, persistence);
    store.getState().dispatch({ type: "choose", optionId: "a", kind: "single" });
    await settle();
    await settle();
    expect(store.getState().closed).toBe(true);
    store.getState().dispatch({ type: "choose", optionId: "b", kind: "single" });
    expect(store.getState().items[0]?.selected).toEqual(["a"]);
  });
});
