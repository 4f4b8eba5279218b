"use client";

import dynamic from "next/dynamic";
import type { EngineSlug } from "@/lib/engines/compare";
import { ENGINES } from "@/lib/engines/compare";
import type { RecordRun } from "./use-run-recorder";

function Loading() {
  return <p className="sim-loading">Loading the simulator…</p>;
}

// Each view is its own chunk, fetched after the page shell; none of it is server-rendered
// because the run depends on the URL's query, which a static page does not see.
const DeploymentSimulator = dynamic(() => import("./deployment-simulator").then((m) => m.DeploymentSimulator), {
  ssr: false,
  loading: Loading,
});
const PlacementSimulator = dynamic(() => import("./placement-simulator").then((m) => m.PlacementSimulator), {
  ssr: false,
  loading: Loading,
});
const SamplingSimulator = dynamic(() => import("./sampling-simulator").then((m) => m.SamplingSimulator), {
  ssr: false,
  loading: Loading,
});
const SideBySide = dynamic(() => import("./side-by-side").then((m) => m.SideBySide), {
  ssr: false,
  loading: Loading,
});

export interface SimulatorLoaderProps {
  slug: EngineSlug | "side-by-side";
  recordRun?: RecordRun;
}

/** Loads the right simulator lazily for a route. */
export function SimulatorLoader({ slug, recordRun }: SimulatorLoaderProps) {
  if (slug === "side-by-side") return <SideBySide />;
  const view = ENGINES[slug].engine.view;
  if (view === "placement") return <PlacementSimulator />;
  if (view === "xray-sampling") return <SamplingSimulator />;
  return <DeploymentSimulator slug={slug} recordRun={recordRun} />;
}
