// CSS only: the simulator styles live beside the /simulate route, and notes embed the simulator too.
// eslint-disable-next-line no-restricted-imports
import "@/app/simulate/simulator.css";
import type { PresetId } from "@/lib/engines/simulation";
import { PRESETS } from "@/lib/engines/simulation";
import { SimulatorStoreProvider, useSimulatorActions } from "@/lib/stores/simulator-store-provider";
import { handleSimulatorKey } from "./keyboard";
import { PlacementSimulator } from "./placement-simulator";
import { PlaybackControls } from "./playback-controls";
import { RunSummary } from "./run-summary";
import { Narration, RunFleet } from "./run-views";
import { SamplingSimulator } from "./sampling-simulator";
import { usePlaybackLoop } from "./use-playback-loop";

function CompactBody({ title }: { title: string }) {
  usePlaybackLoop();
  const actions = useSimulatorActions();
  return (
    <div className="sim sim-compact" onKeyDown={(e) => handleSimulatorKey(e, actions)}>
      <PlaybackControls />
      <Narration />
      <div className="sim-picture" tabIndex={0} role="group" aria-label={`${title} fleet (Space plays, arrows step)`}>
        <RunFleet index={0} label={title} />
      </div>
      <RunSummary />
    </div>
  );
}

export interface CompactSimulatorProps {
  preset: PresetId;
}

/** A small simulator for one preset, as embedded in notes (its own store per embed). */
export function CompactSimulator({ preset }: CompactSimulatorProps) {
  const p = PRESETS[preset];
  if (p.engine === "placement") return <PlacementSimulator syncUrl={false} />;
  if (p.engine === "xray-sampling") return <SamplingSimulator />;
  return (
    <SimulatorStoreProvider init={{ configs: [p.config], seed: 1 }}>
      <CompactBody title={p.title} />
    </SimulatorStoreProvider>
  );
}
