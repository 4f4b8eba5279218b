import type { CircuitBreakerSetting, EcsRollingConfig } from "@/lib/engines/simulation";
import { circuitBreakerThreshold, ecsTaskBounds } from "@/lib/engines/simulation";
import { NumberField, SelectField } from "./field-controls";
import { useConfigEdit } from "./use-config-edit";

/** ECS rolling update: desired count, the two percentages and the circuit breaker. */
export function EcsRollingSettings() {
  const { config, apply, error } = useConfigEdit<EcsRollingConfig>("ecs-rolling");
  const bounds = ecsTaskBounds(config.desiredCount, config.minimumHealthyPercent, config.maximumPercent);
  return (
    <>
      <NumberField
        label="Desired tasks"
        value={config.desiredCount}
        min={1}
        max={100}
        onChange={(v) => apply({ ...config, desiredCount: v }, "replace")}
        error={error("desiredCount")}
      />
      <NumberField
        label="Minimum healthy percent"
        value={config.minimumHealthyPercent}
        min={0}
        max={100}
        onChange={(v) => apply({ ...config, minimumHealthyPercent: v }, "replace")}
        error={error("minimumHealthyPercent")}
        hint={`At least ${bounds.minimumHealthyTasks} task(s) stay running (rounded up).`}
      />
      <NumberField
        label="Maximum percent"
        value={config.maximumPercent}
        min={100}
        max={200}
        onChange={(v) => apply({ ...config, maximumPercent: v }, "replace")}
        error={error("maximumPercent")}
        hint={`At most ${bounds.maximumTasks} task(s) at once (rounded down).`}
      />
      <SelectField
        label="Deployment circuit breaker"
        value={config.circuitBreaker}
        options={[
          { value: "disabled", label: "Off" },
          { value: "enabled", label: "On" },
          { value: "enabled-with-rollback", label: "On, with rollback" },
        ]}
        onChange={(v) => apply({ ...config, circuitBreaker: v as CircuitBreakerSetting })}
        hint={
          config.circuitBreaker === "disabled"
            ? undefined
            : `Fails after ${circuitBreakerThreshold(config.desiredCount)} tasks fail to start.`
        }
      />
    </>
  );
}
