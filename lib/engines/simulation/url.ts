/**
 * Share a run by URL: a config flattens to dotted search params (`policy.batchSize=25`) and back.
 * The seed travels as `seed`. Uses only the standard URLSearchParams global.
 */
import { parseConfig } from "./parse";
import type { SimulationConfig } from "./types";
import type { ValidationError } from "./validate";

export type UrlParseResult =
  { ok: true; config: SimulationConfig; seed: number } | { ok: false; errors: ValidationError[] };

function flatten(value: unknown, prefix: string, out: [string, string][]): void {
  if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix === "" ? key : `${prefix}.${key}`, out);
    return;
  }
  if (typeof value === "string") out.push([prefix, value]);
  else if (typeof value === "number" || typeof value === "boolean") out.push([prefix, value.toString()]);
}

/** Encodes a config (and optional seed) as URL search params. */
export function configToSearchParams(config: SimulationConfig, seed?: number): URLSearchParams {
  const pairs: [string, string][] = [];
  flatten(config, "", pairs);
  if (seed !== undefined) pairs.push(["seed", String(seed)]);
  return new URLSearchParams(pairs);
}

const FORBIDDEN_KEYS = new Set(["__proto__", "prototype", "constructor"]);

function unflatten(params: URLSearchParams, errors: ValidationError[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of params.entries()) {
    if (key === "seed") continue;
    const parts = key.split(".");
    if (parts.some((p) => p === "" || FORBIDDEN_KEYS.has(p))) {
      errors.push({ field: key, message: "is not a valid parameter name." });
      continue;
    }
    let node = root;
    parts.slice(0, -1).forEach((part) => {
      const next = node[part];
      if (typeof next !== "object" || next === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
    });
    node[parts[parts.length - 1] ?? key] = value;
  }
  return root;
}

/** Decodes search params made by {@link configToSearchParams}; bad input yields field errors. */
export function configFromSearchParams(params: URLSearchParams): UrlParseResult {
  const errors: ValidationError[] = [];
  const raw = unflatten(params, errors);
  const seedText = params.get("seed");
  const seed = seedText === null ? 1 : Number(seedText);
  if (!Number.isInteger(seed))
    errors.push({ field: "seed", message: `must be a whole number (got "${seedText ?? ""}").` });
  if (errors.length > 0) return { ok: false, errors };
  const parsed = parseConfig(raw);
  return parsed.ok ? { ok: true, config: parsed.config, seed } : parsed;
}
