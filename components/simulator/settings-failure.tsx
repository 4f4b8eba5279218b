import type { FailureKind, HookFailureOutcome, SimulationConfig } from "@/lib/engines/simulation";
import { FAILURE_KIND_LABELS, defaultFailure, failureChoices, fleetSize, hookChoices } from "./config-edits";
import { NumberField, SelectField } from "./field-controls";
import { unitName } from "./format";
import { useConfigEdit } from "./use-config-edit";

/** What goes wrong on purpose; only failures the platform (and this policy) can meet. */
export function FailureSettings() {
  const { config, apply, error } = useConfigEdit<SimulationConfig>();
  const failure = config.failure;
  const size = fleetSize(config);
  return (
    <fieldset className="sim-fieldset">
      <legend>Failure</legend>
      <SelectField
        label="Inject"
        value={failure.kind}
        options={failureChoices(config).map((kind) => ({ value: kind, label: FAILURE_KIND_LABELS[kind] }))}
        onChange={(v) => apply({ ...config, failure: defaultFailure(config, v as FailureKind) })}
        error={error("failure.kind")}
      />
      {failure.kind === "instance-dies" ? (
        <>
          <SelectField
            label={`Which ${unitName(config, 1)}`}
            value={String(failure.instanceIndex)}
            options={Array.from({ length: size }, (_, i) => ({ value: String(i), label: `#${i + 1}` }))}
            onChange={(v) => apply({ ...config, failure: { ...failure, instanceIndex: Number(v) } })}
            error={error("failure.instanceIndex")}
          />
          <NumberField
            label="After (seconds)"
            value={failure.afterSeconds}
            min={0}
            max={86400}
            onChange={(v) => apply({ ...config, failure: { ...failure, afterSeconds: v } }, "replace")}
            error={error("failure.afterSeconds")}
          />
        </>
      ) : null}
      {failure.kind === "alarm" ? (
        <NumberField
          label="Alarm after (seconds)"
          value={failure.afterSeconds}
          min={0}
          max={86400}
          onChange={(v) => apply({ ...config, failure: { ...failure, afterSeconds: v } }, "replace")}
          error={error("failure.afterSeconds")}
        />
      ) : null}
      {failure.kind === "hook-failure" ? (
        <>
          <SelectField
            label="Hook"
            value={failure.hook}
            options={hookChoices(config).map((hook) => ({ value: hook, label: hook }))}
            onChange={(v) => apply({ ...config, failure: { ...failure, hook: v } })}
            error={error("failure.hook")}
          />
          <SelectField
            label="How it fails"
            value={failure.outcome}
            options={[
              { value: "script-fails", label: "Script exits with an error" },
              { value: "times-out", label: "Script times out" },
            ]}
            onChange={(v) => apply({ ...config, failure: { ...failure, outcome: v as HookFailureOutcome } })}
          />
        </>
      ) : null}
    </fieldset>
  );
}
