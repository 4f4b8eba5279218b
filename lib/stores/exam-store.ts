import { createStore, type StoreApi } from "zustand/vanilla";
import { examReducer, type ExamAction, type ExamSessionState, type SessionItem } from "@/lib/engines/exam/session";

/** `retry`: the server saved nothing but may take the same change in a moment (a busy database). */
export type SaveResult = { ok: true } | { ok: false; error: string; closed: boolean; retry?: boolean };
export type ItemChange = { selected: string[] } | { flagged: boolean } | { struck: string[] };

/** How the store reaches the server: the exam's autosave actions. */
export interface ExamPersistence {
  saveItem(position: number, change: ItemChange): Promise<SaveResult>;
  visit(from: number, to: number, elapsedMs: number): Promise<SaveResult>;
}

export interface ExamStoreState extends ExamSessionState {
  /** Saves sent and not yet confirmed. */
  pending: number;
  saveError: string | null;
  /** The server refused a save because time ran out or the attempt was submitted. */
  closed: boolean;
  dispatch: (action: ExamAction) => void;
}

export type ExamStore = StoreApi<ExamStoreState>;

const RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000];
const DROPPED = "Not saved yet: the connection dropped. Retrying…";
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => b[i] === id);

function changesBetween(before: SessionItem, after: SessionItem): ItemChange[] {
  const changes: ItemChange[] = [];
  if (!sameList(before.selected, after.selected)) changes.push({ selected: [...after.selected] });
  if (before.flagged !== after.flagged) changes.push({ flagged: after.flagged });
  if (!sameList(before.struck, after.struck)) changes.push({ struck: [...after.struck] });
  return changes;
}

/**
 * A store per attempt (made by the provider on mount, never shared between attempts). Every
 * action runs the pure exam reducer, then autosaves what changed, in order, retrying on network
 * failure so a flaky connection loses nothing.
 */
export function createExamStore(
  initial: ExamSessionState,
  persistence: ExamPersistence,
  now: () => number = Date.now,
): ExamStore {
  let queue: Promise<void> = Promise.resolve();
  let shownAt = now();

  const store = createStore<ExamStoreState>()((set, get) => {
    const send = (task: () => Promise<SaveResult>) => {
      set((s) => ({ pending: s.pending + 1 }));
      queue = queue.then(async () => {
        for (let attempt = 0; ; attempt++) {
          const result = await task().catch((): SaveResult => ({
            ok: false,
            error: DROPPED,
            closed: false,
            retry: true,
          }));
          if (result.ok) {
            set({ saveError: null });
            break;
          }
          if (!result.retry) {
            set({ saveError: result.error, closed: result.closed });
            break;
          }
          // The change is still in the store: send it again after a growing pause.
          set({ saveError: result.error });
          await wait(RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 8_000);
        }
        set((s) => ({ pending: s.pending - 1 }));
      });
    };

    return {
      ...initial,
      pending: 0,
      saveError: null,
      closed: false,
      dispatch: (action) => {
        const before = get();
        if (before.closed) return;
        const after = examReducer(before, action);
        if (after === before) return;
        set({ items: after.items, current: after.current, view: after.view });
        const index = before.current;
        const previous = before.items[index];
        const next = after.items[index];
        if (previous && next)
          for (const change of changesBetween(previous, next)) send(() => persistence.saveItem(index, change));
        if (after.current !== before.current) {
          const elapsed = now() - shownAt;
          shownAt = now();
          send(() => persistence.visit(before.current, after.current, elapsed));
        }
      },
    };
  });
  return store;
}
