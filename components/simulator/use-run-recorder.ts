import { useEffect, useRef } from "react";
import type { EngineSlug } from "@/lib/engines/compare";
import { configToSearchParams } from "@/lib/engines/simulation";
import { useSimulatorStoreApi } from "@/lib/stores/simulator-store-provider";

/** What is kept of a run that reached its end (see app/simulate/actions.ts). */
export interface FinishedRun {
  engine: EngineSlug;
  config: string;
  outcome: "succeeded" | "rolled_back" | "failed";
  durationS: number;
}

export type RecordRun = (run: FinishedRun) => Promise<unknown>;

/**
 * Reports each configuration's first arrival at "finished" in this view, so the learner's
 * progress lists the deployment modes they have played through. Failures to record are ignored:
 * the simulator never waits on, or breaks because of, the server.
 */
export function useRunRecorder(engine: EngineSlug, recordRun: RecordRun | undefined): void {
  const store = useSimulatorStoreApi();
  const recorded = useRef(new Set<string>());
  useEffect(() => {
    if (!recordRun) return;
    return store.subscribe((state, previous) => {
      if (state.status !== "finished" || previous.status === "finished") return;
      const run = state.runs[0];
      if (!run) return;
      const config = configToSearchParams(run.config, state.seed).toString();
      if (recorded.current.has(config)) return;
      recorded.current.add(config);
      const outcome = run.timeline.outcome === "rolled-back" ? "rolled_back" : run.timeline.outcome;
      recordRun({ engine, config, outcome, durationS: Math.round(state.end) }).catch(() => undefined);
    });
  }, [store, engine, recordRun]);
}
