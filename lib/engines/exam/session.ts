/** The runner's view of one question in an attempt. */
export interface SessionItem {
  questionId: string;
  selected: readonly string[];
  flagged: boolean;
  struck: readonly string[];
}

export interface ExamSessionState {
  items: readonly SessionItem[];
  current: number;
  view: "question" | "review";
}

export type QuestionKind = "single" | "multi" | "order";

export type ExamAction =
  | { type: "choose"; optionId: string; kind: QuestionKind }
  | { type: "reorder"; order: readonly string[] }
  | { type: "toggle-flag" }
  | { type: "toggle-strike"; optionId: string }
  | { type: "go"; index: number }
  | { type: "next" }
  | { type: "previous" }
  | { type: "open-review" };

export type ItemStatus = "answered" | "unanswered" | "flagged";

function updateCurrent(state: ExamSessionState, change: (item: SessionItem) => SessionItem): ExamSessionState {
  return { ...state, items: state.items.map((item, index) => (index === state.current ? change(item) : item)) };
}

function go(state: ExamSessionState, index: number): ExamSessionState {
  if (index < 0 || index >= state.items.length) return state;
  return { ...state, current: index, view: "question" };
}

/** The exam runner's pure reducer: choices, flags, strike-outs and navigation. */
export function examReducer(state: ExamSessionState, action: ExamAction): ExamSessionState {
  switch (action.type) {
    case "choose":
      return updateCurrent(state, (item) => {
        if (action.kind === "single")
          return { ...item, selected: [action.optionId], struck: item.struck.filter((id) => id !== action.optionId) };
        const chosen = item.selected.includes(action.optionId);
        return {
          ...item,
          selected: chosen ? item.selected.filter((id) => id !== action.optionId) : [...item.selected, action.optionId],
          struck: item.struck.filter((id) => id !== action.optionId),
        };
      });
    case "reorder":
      return updateCurrent(state, (item) => ({ ...item, selected: [...action.order] }));
    case "toggle-flag":
      return updateCurrent(state, (item) => ({ ...item, flagged: !item.flagged }));
    case "toggle-strike":
      return updateCurrent(state, (item) => {
        const struck = item.struck.includes(action.optionId);
        return {
          ...item,
          struck: struck ? item.struck.filter((id) => id !== action.optionId) : [...item.struck, action.optionId],
          selected: struck ? item.selected : item.selected.filter((id) => id !== action.optionId),
        };
      });
    case "go":
      return go(state, action.index);
    case "next":
      return state.current === state.items.length - 1 ? { ...state, view: "review" } : go(state, state.current + 1);
    case "previous":
      return go(state, state.current - 1);
    case "open-review":
      return { ...state, view: "review" };
  }
}

/** How the navigator shows an item. */
export function itemStatus(item: SessionItem): ItemStatus {
  if (item.flagged) return "flagged";
  return item.selected.length > 0 ? "answered" : "unanswered";
}

/** Positions (0-based) of unanswered and of flagged items, for the review screen. */
export function reviewLists(items: readonly SessionItem[]): { unanswered: number[]; flagged: number[] } {
  const unanswered: number[] = [];
  const flagged: number[] = [];
  items.forEach((item, index) => {
    if (item.selected.length === 0) unanswered.push(index);
    if (item.flagged) flagged.push(index);
  });
  return { unanswered, flagged };
}
