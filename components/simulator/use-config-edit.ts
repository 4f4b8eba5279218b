import type { SimulationConfig, ValidationError } from "@/lib/engines/simulation";
import { useSimulatorActions, useSimulatorStore } from "@/lib/stores/simulator-store-provider";
import { MAX_FLEET } from "@/lib/engines/compare";
import { fleetSize, withFailureChecked } from "./config-edits";

export interface ConfigEdit<T extends SimulationConfig> {
  config: T;
  /** The message for a field from the last rejected edit. */
  error: (field: string) => string | undefined;
  /** Discrete choices add a history entry; typing replaces the current one. */
  apply: (next: T, how?: "push" | "replace") => void;
}

/** The single run's config, and a way to change it through the store (which validates it). */
export function useConfigEdit<T extends SimulationConfig>(kind?: T["kind"]): ConfigEdit<T> {
  const config = useSimulatorStore((s) => s.runs[0]?.config);
  const errors: ValidationError[] = useSimulatorStore((s) => s.errors);
  const { setConfigs, rejectEdit } = useSimulatorActions();
  if (config === undefined || (kind !== undefined && config.kind !== kind))
    throw new Error(`Expected a ${kind ?? "deployment"} run.`);
  return {
    config: config as T,
    error: (field) => {
      const found = errors.filter((e) => e.field === field);
      return found.length === 0 ? undefined : found.map((e) => e.message).join(" ");
    },
    apply: (next, how = "push") => {
      const size = fleetSize(next);
      if (size > MAX_FLEET) {
        const field =
          next.kind === "codedeploy-ecs" ? "taskCount" : next.kind === "ecs-rolling" ? "desiredCount" : "instanceCount";
        rejectEdit([{ field, message: `The simulator draws up to ${MAX_FLEET} (got ${size}).` }]);
        return;
      }
      setConfigs([withFailureChecked(next)], how);
    },
  };
}
