/** Display helpers shared by the simulator views. */
import type { Frame, SimulationConfig } from "@/lib/engines/simulation";

/** Seconds as m:ss (or h:mm:ss past an hour). */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** Minutes with one decimal, for durations in tables. */
export function formatMinutes(seconds: number): string {
  return `${(Math.round((seconds / 60) * 10) / 10).toLocaleString("en")} min`;
}

/** "v1 75% · v2 25%" */
export function formatWeights(weights: Record<string, number>): string {
  const entries = Object.entries(weights).filter(([, w]) => w > 0);
  if (entries.length === 0) return "no traffic served";
  return entries.map(([version, w]) => `${version} ${Math.round(w)}%`).join(" · ");
}

/** What "instances" are called on each platform. */
export function unitName(config: SimulationConfig, count = 2): string {
  const plural = count !== 1;
  if (config.kind === "codedeploy-lambda") return plural ? "function versions" : "function version";
  if (config.kind === "codedeploy-ecs" || config.kind === "ecs-rolling") return plural ? "tasks" : "task";
  return plural ? "instances" : "instance";
}

/** A plain-language description of a frame, used when no event explains the step. */
export function describeFrame(frame: Frame, config: SimulationConfig): string {
  const unit = unitName(config, frame.runningCount);
  const updating = frame.instances.filter((i) => i.lifecycle === "updating").length;
  const launching = frame.instances.filter((i) => i.lifecycle === "launching").length;
  const draining = frame.instances.filter((i) => i.registration === "draining").length;
  const parts = [
    frame.currentBatch ? `${frame.currentBatch.label}.` : null,
    `${frame.inServiceCount} of ${frame.runningCount} ${unit} in service.`,
    launching > 0 ? `${launching} launching.` : null,
    updating > 0 ? `${updating} updating.` : null,
    draining > 0 ? `${draining} draining connections.` : null,
    `Traffic: ${formatWeights(frame.trafficWeights)}.`,
  ];
  return parts.filter((p) => p !== null).join(" ");
}
