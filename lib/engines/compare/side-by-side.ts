/**
 * URL parameters of the side-by-side view: `strategies=eb-rolling,eb-immutable&fleet=8&batch=25&failure=none&seed=1`.
 * Bad input gives clear messages and the defaults, never an exception.
 */
import type { FleetParams, SharedFailure, StrategyId } from "./strategies";
import { DEFAULT_FLEET, SHARED_FAILURES, checkFleetParams, isStrategyId } from "./strategies";

export const MIN_SIDE_BY_SIDE = 2;
export const MAX_SIDE_BY_SIDE = 4;

export interface SideBySideParams {
  strategies: StrategyId[];
  fleet: FleetParams;
  seed: number;
}

export const DEFAULT_SIDE_BY_SIDE: SideBySideParams = {
  strategies: ["eb-rolling", "eb-rolling-additional-batch", "eb-immutable"],
  fleet: DEFAULT_FLEET,
  seed: 1,
};

export interface SideBySideParseResult {
  params: SideBySideParams;
  /** Empty when every parameter was usable. */
  problems: string[];
}

function readInt(params: URLSearchParams, key: string, fallback: number, problems: string[]): number {
  const text = params.get(key);
  if (text === null) return fallback;
  const value = Number(text);
  if (text.trim() === "" || !Number.isInteger(value)) {
    problems.push(`${key} must be a whole number (got "${text}").`);
    return fallback;
  }
  return value;
}

function readStrategies(params: URLSearchParams, problems: string[]): StrategyId[] {
  const text = params.get("strategies");
  if (text === null) return DEFAULT_SIDE_BY_SIDE.strategies;
  const ids = [...new Set(text.split(",").map((s) => s.trim()))].filter((s) => s !== "");
  const unknown = ids.filter((id) => !isStrategyId(id));
  if (unknown.length > 0) problems.push(`Unknown strategies: ${unknown.join(", ")}.`);
  const known = ids.filter(isStrategyId);
  if (known.length < MIN_SIDE_BY_SIDE || known.length > MAX_SIDE_BY_SIDE) {
    problems.push(`Choose ${MIN_SIDE_BY_SIDE} to ${MAX_SIDE_BY_SIDE} strategies (got ${known.length}).`);
    return DEFAULT_SIDE_BY_SIDE.strategies;
  }
  return known;
}

function readFailure(params: URLSearchParams, problems: string[]): SharedFailure {
  const text = params.get("failure");
  if (text === null) return DEFAULT_FLEET.failure;
  const found = SHARED_FAILURES.find((f) => f === text);
  if (found === undefined) problems.push(`failure must be one of ${SHARED_FAILURES.join(", ")} (got "${text}").`);
  return found ?? DEFAULT_FLEET.failure;
}

/** Reads side-by-side parameters, falling back to defaults for anything unusable. */
export function sideBySideFromSearchParams(params: URLSearchParams): SideBySideParseResult {
  const problems: string[] = [];
  const strategies = readStrategies(params, problems);
  const fleet: FleetParams = {
    instanceCount: readInt(params, "fleet", DEFAULT_FLEET.instanceCount, problems),
    batchPercent: readInt(params, "batch", DEFAULT_FLEET.batchPercent, problems),
    failure: readFailure(params, problems),
  };
  const checked = checkFleetParams(fleet);
  if (!checked.ok) problems.push(checked.message);
  const seed = readInt(params, "seed", DEFAULT_SIDE_BY_SIDE.seed, problems);
  return { params: { strategies, fleet: checked.ok ? fleet : DEFAULT_FLEET, seed }, problems };
}

/** Writes side-by-side parameters in a stable order. */
export function sideBySideToSearchParams(params: SideBySideParams): URLSearchParams {
  return new URLSearchParams([
    ["strategies", params.strategies.join(",")],
    ["fleet", String(params.fleet.instanceCount)],
    ["batch", String(params.fleet.batchPercent)],
    ["failure", params.fleet.failure],
    ["seed", String(params.seed)],
  ]);
}
