/**
 * Reads a simulator link: `?preset=<id>` loads a preset; dotted config params (from
 * `configToSearchParams`) load a shared run. Anything unusable gives a clear notice and the
 * simulator's default preset, never an error page.
 */
import type { EngineSlug } from "@/lib/engines/compare";
import { ENGINES, MAX_FLEET, engineForPreset, isPresetId } from "@/lib/engines/compare";
import type { PresetId, SimulationConfig } from "@/lib/engines/simulation";
import { PRESETS, configFromSearchParams } from "@/lib/engines/simulation";
import { fleetSize } from "./config-edits";

export interface SimulatorLink {
  config: SimulationConfig;
  seed: number;
  /** Set when the link's parameters were not used, saying why. */
  notice: string | null;
  /** The preset the run came from, when it came from one unchanged. */
  preset: PresetId | null;
}

function presetConfig(id: PresetId): SimulationConfig {
  const preset = PRESETS[id];
  if (preset.engine !== "deployment") throw new Error(`${id} is not a deployment preset.`);
  return preset.config;
}

function fallback(slug: EngineSlug, reason: string): SimulatorLink {
  const id = ENGINES[slug].defaultPreset;
  return {
    config: presetConfig(id),
    seed: 1,
    preset: id,
    notice: `${reason} Showing the defaults for “${PRESETS[id].title}” instead.`,
  };
}

/** Turns a deployment simulator's search string into the run to show. */
export function readSimulatorLink(slug: EngineSlug, search: string): SimulatorLink {
  const params = new URLSearchParams(search);
  const presetParam = params.get("preset");
  params.delete("preset");
  const seedText = params.get("seed");
  const configKeys = [...params.keys()].filter((k) => k !== "seed");
  if (configKeys.length === 0) {
    const seed = seedText === null ? 1 : Number(seedText);
    if (!Number.isInteger(seed)) return fallback(slug, `The seed in this link (“${seedText}”) is not a whole number.`);
    if (presetParam === null) return { ...fallback(slug, ""), notice: null, seed };
    if (!isPresetId(presetParam)) return fallback(slug, `There is no preset called “${presetParam}”.`);
    if (engineForPreset(presetParam) !== slug)
      return fallback(slug, `The preset “${presetParam}” belongs to the ${engineForPreset(presetParam)} simulator.`);
    return { config: presetConfig(presetParam), seed, preset: presetParam, notice: null };
  }
  const parsed = configFromSearchParams(params);
  if (!parsed.ok) {
    const detail = parsed.errors.map((e) => `${e.field === "" ? "config" : e.field} ${e.message}`).join("; ");
    return fallback(slug, `Some settings in this link could not be used: ${detail}.`);
  }
  if (parsed.config.kind !== slug)
    return fallback(slug, `This link describes a ${parsed.config.kind} deployment, not ${slug}.`);
  if (fleetSize(parsed.config) > MAX_FLEET)
    return fallback(
      slug,
      `The simulator draws fleets of up to ${MAX_FLEET}; this link asks for ${fleetSize(parsed.config)}.`,
    );
  return { config: parsed.config, seed: parsed.seed, preset: null, notice: null };
}
