/**
 * The simulators a learner can open, by URL slug, and which presets each one plays.
 * Slugs are stable public URLs (`/simulate/<slug>`); question explanations link to them.
 */
import type { PlatformKind, PresetId, SimulationConfig } from "../simulation";
import { PRESETS, PRESET_IDS } from "../simulation";

export const ENGINE_SLUGS = [
  "elastic-beanstalk",
  "codedeploy-server",
  "codedeploy-lambda",
  "codedeploy-ecs",
  "ecs-rolling",
  "ecs-placement",
  "xray-sampling",
] as const;

export type EngineSlug = (typeof ENGINE_SLUGS)[number];

/** What a slug renders: a deployment timeline of one platform, the placement grid or the sampling stream. */
export type EngineView =
  { view: "deployment"; platform: PlatformKind } | { view: "placement" } | { view: "xray-sampling" };

export interface EngineInfo {
  slug: EngineSlug;
  title: string;
  summary: string;
  engine: EngineView;
  defaultPreset: PresetId;
}

export const ENGINES: Readonly<Record<EngineSlug, EngineInfo>> = {
  "elastic-beanstalk": {
    slug: "elastic-beanstalk",
    title: "Elastic Beanstalk deployment policies",
    summary: "All at once, rolling, rolling with additional batch, immutable, traffic splitting and blue/green.",
    engine: { view: "deployment", platform: "elastic-beanstalk" },
    defaultPreset: "eb-rolling",
  },
  "codedeploy-server": {
    slug: "codedeploy-server",
    title: "CodeDeploy on EC2",
    summary: "In-place deployments by minimum healthy hosts, and blue/green with replacement instances.",
    engine: { view: "deployment", platform: "codedeploy-server" },
    defaultPreset: "codedeploy-inplace-half-at-a-time",
  },
  "codedeploy-lambda": {
    slug: "codedeploy-lambda",
    title: "CodeDeploy for Lambda",
    summary: "Canary, linear and all-at-once traffic shifting on a function alias.",
    engine: { view: "deployment", platform: "codedeploy-lambda" },
    defaultPreset: "codedeploy-lambda-canary",
  },
  "codedeploy-ecs": {
    slug: "codedeploy-ecs",
    title: "CodeDeploy blue/green for ECS",
    summary: "A replacement task set takes production traffic by canary, linear or all at once.",
    engine: { view: "deployment", platform: "codedeploy-ecs" },
    defaultPreset: "codedeploy-ecs-canary",
  },
  "ecs-rolling": {
    slug: "ecs-rolling",
    title: "ECS rolling update",
    summary: "minimumHealthyPercent, maximumPercent and the deployment circuit breaker.",
    engine: { view: "deployment", platform: "ecs-rolling" },
    defaultPreset: "ecs-rolling",
  },
  "ecs-placement": {
    slug: "ecs-placement",
    title: "ECS task placement",
    summary: "Binpack, spread and random strategies, and the distinctInstance constraint, on a cluster grid.",
    engine: { view: "placement" },
    defaultPreset: "ecs-placement",
  },
  "xray-sampling": {
    slug: "xray-sampling",
    title: "X-Ray sampling rules",
    summary: "Which requests a reservoir and a fixed rate trace, rule by rule.",
    engine: { view: "xray-sampling" },
    defaultPreset: "xray-sampling",
  },
};

/** Narrows an untrusted route segment to a known slug. */
export function isEngineSlug(value: string): value is EngineSlug {
  return (ENGINE_SLUGS as readonly string[]).includes(value);
}

/** Narrows an untrusted string to a known preset id. */
export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

/** The simulator a preset opens in. */
export function engineForPreset(id: PresetId): EngineSlug {
  const preset = PRESETS[id];
  if (preset.engine === "placement") return "ecs-placement";
  if (preset.engine === "xray-sampling") return "xray-sampling";
  return preset.config.kind;
}

/** The simulator a deployment config belongs to (platform kinds double as slugs). */
export function engineForConfig(config: SimulationConfig): EngineSlug {
  return config.kind;
}

/** Presets a simulator offers, in display order. */
export function presetsFor(slug: EngineSlug): PresetId[] {
  return PRESET_IDS.filter((id) => engineForPreset(id) === slug);
}

/** `/simulate/<engine>?preset=<id>`: the "replay this scenario" link for a preset. */
export function presetHref(id: PresetId): string {
  return `/simulate/${engineForPreset(id)}?preset=${id}`;
}
