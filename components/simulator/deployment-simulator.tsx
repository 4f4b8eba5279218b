import { useSearchParams } from "next/navigation";
import { useState } from "react";
import type { EngineSlug } from "@/lib/engines/compare";
import { SimulatorStoreProvider, useSimulatorActions, useSimulatorStore } from "@/lib/stores/simulator-store-provider";
import { ConfigControls } from "./config-controls";
import { FleetLegend } from "./fleet-view";
import { handleSimulatorKey } from "./keyboard";
import { PlaybackControls } from "./playback-controls";
import { readSimulatorLink } from "./read-url";
import { RunSummary } from "./run-summary";
import { EventLog, Narration, RunFleet, RunsCapacityChart, SimulatorNotice } from "./run-views";
import { ShareLink } from "./share-link";
import { usePlaybackLoop } from "./use-playback-loop";
import { useRunRecorder, type RecordRun } from "./use-run-recorder";
import { useUrlSync } from "./use-url-sync";

const LABELS = ["This run"];

function SimulatorBody({ slug, recordRun }: DeploymentSimulatorProps) {
  usePlaybackLoop();
  useUrlSync(slug);
  useRunRecorder(slug, recordRun);
  const actions = useSimulatorActions();
  const config = useSimulatorStore((s) => s.runs[0]?.config);
  if (config === undefined) return null;
  return (
    <div className="sim" onKeyDown={(e) => handleSimulatorKey(e, actions)}>
      <SimulatorNotice />
      <div className="sim-layout">
        <ConfigControls />
        <div className="sim-stage">
          <PlaybackControls />
          <Narration />
          <div className="sim-picture" tabIndex={0} role="group" aria-label="Fleet picture (Space plays, arrows step)">
            <RunFleet index={0} label="Fleet" />
            <FleetLegend config={config} />
          </div>
          <RunSummary />
          <RunsCapacityChart labels={LABELS} />
          <EventLog />
          <ShareLink />
        </div>
      </div>
    </div>
  );
}

export interface DeploymentSimulatorProps {
  slug: EngineSlug;
  /** Keeps finished runs in the learner's progress; embeds in notes leave it out. */
  recordRun?: RecordRun;
}

/** The full simulator for one platform; its whole configuration lives in the URL. */
export function DeploymentSimulator({ slug, recordRun }: DeploymentSimulatorProps) {
  const searchParams = useSearchParams();
  const [link] = useState(() => readSimulatorLink(slug, searchParams.toString()));
  return (
    <SimulatorStoreProvider init={{ configs: [link.config], seed: link.seed, notice: link.notice }}>
      <SimulatorBody slug={slug} recordRun={recordRun} />
    </SimulatorStoreProvider>
  );
}
