/** Small helpers shared by the policy scripts. */
import { scheduleInstanceLoss } from "./recorder";
import type { DeploymentOutcome, FailureInjection, RollbackPath, RollbackRecord } from "./types";
import type { Sim } from "./world";

/** What a policy script reports back to `simulate`. */
export interface ScriptResult {
  outcome: DeploymentOutcome;
  rollback: RollbackRecord | null;
}

export const SUCCEEDED: ScriptResult = { outcome: "succeeded", rollback: null };

export function failedWithoutRollback(): ScriptResult {
  return { outcome: "failed", rollback: null };
}

export function rolledBack(path: RollbackPath, startedAt: number, completedAt: number): ScriptResult {
  return { outcome: "rolled-back", rollback: { path, startedAt, completedAt } };
}

/** Splits items into consecutive groups of `size` (the last one may be smaller). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += step) out.push(items.slice(i, i + step));
  return out;
}

/** Console-style instance list, shortened for big fleets. */
export function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 6).join(", ");
  return ids.length > 6 ? `[${shown}, … ${ids.length - 6} more]` : `[${shown}]`;
}

/** Whether the injected failure makes the new version fail its health checks. */
export function healthOutcome(failure: FailureInjection, version: string, badVersion: string): "passes" | "fails" {
  return failure.kind === "health-check-failure" && version === badVersion ? "fails" : "passes";
}

/** Arms the "instance dies" failure against the instance at `instanceIndex` of the original fleet. */
export function armInstanceLoss(sim: Sim, failure: FailureInjection, originalIds: readonly string[]): void {
  if (failure.kind !== "instance-dies") return;
  const victim = originalIds[failure.instanceIndex];
  if (victim !== undefined) scheduleInstanceLoss(sim, victim, failure.afterSeconds);
}

/** Seconds until an alarm fires, or null when no alarm is injected. */
export function alarmTime(failure: FailureInjection): number | null {
  return failure.kind === "alarm" ? failure.afterSeconds : null;
}
