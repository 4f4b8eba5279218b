import type { KeyboardEvent } from "react";
import type { SimulatorActions } from "@/lib/stores/simulator-store";

const TYPING = new Set(["INPUT", "SELECT", "TEXTAREA"]);
const ACTIVATES_ON_SPACE = new Set(["BUTTON", "A", "SUMMARY", "INPUT", "SELECT", "TEXTAREA"]);

/**
 * Space plays or pauses, arrow keys step, Home and End jump — unless focus is in a control that
 * needs those keys itself (a text box, a select, the scrub slider, or a button that Space presses).
 */
export function handleSimulatorKey(event: KeyboardEvent, actions: SimulatorActions): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const tag = (event.target as HTMLElement).tagName;
  if (event.key === " " && !ACTIVATES_ON_SPACE.has(tag)) {
    event.preventDefault();
    actions.togglePlay();
    return;
  }
  if (TYPING.has(tag)) return;
  const action = {
    ArrowRight: actions.stepForward,
    ArrowDown: actions.stepForward,
    ArrowLeft: actions.stepBack,
    ArrowUp: actions.stepBack,
    Home: actions.goToStart,
    End: actions.goToEnd,
  }[event.key];
  if (action === undefined) return;
  event.preventDefault();
  action();
}
