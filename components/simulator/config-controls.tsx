import { useId } from "react";
import type { PlatformKind } from "@/lib/engines/simulation";
import { useSimulatorActions, useSimulatorStore } from "@/lib/stores/simulator-store-provider";
import { NumberField } from "./field-controls";
import { CodeDeployEcsSettings, CodeDeployLambdaSettings, CodeDeployServerSettings } from "./settings-codedeploy";
import { EbSettings } from "./settings-eb";
import { EcsRollingSettings } from "./settings-ecs";
import { FailureSettings } from "./settings-failure";

const PLATFORM_SETTINGS: Record<PlatformKind, () => React.JSX.Element> = {
  "elastic-beanstalk": EbSettings,
  "codedeploy-server": CodeDeployServerSettings,
  "codedeploy-lambda": CodeDeployLambdaSettings,
  "codedeploy-ecs": CodeDeployEcsSettings,
  "ecs-rolling": EcsRollingSettings,
};

/** Every setting of the run; each change re-runs the engine (invalid edits are explained, not applied). */
export function ConfigControls() {
  const headingId = useId();
  const kind = useSimulatorStore((s) => s.runs[0]?.config.kind);
  const config = useSimulatorStore((s) => s.runs[0]?.config);
  const seed = useSimulatorStore((s) => s.seed);
  const errors = useSimulatorStore((s) => s.errors);
  const { setConfigs } = useSimulatorActions();
  if (kind === undefined || config === undefined) return null;
  const Settings = PLATFORM_SETTINGS[kind];
  return (
    <section className="sim-settings" aria-labelledby={headingId}>
      <h2 id={headingId} className="sim-subheading">
        Settings
      </h2>
      <fieldset className="sim-fieldset">
        <legend>Deployment</legend>
        <Settings />
      </fieldset>
      <FailureSettings />
      <NumberField
        label="Seed"
        value={seed}
        min={0}
        max={2 ** 31 - 1}
        onChange={(v) => {
          if (Number.isInteger(v)) setConfigs([config], "replace", v);
        }}
        hint="Random choices (request routing) follow the seed, so a link replays the same run."
      />
      {errors.length > 0 ? (
        <div className="sim-errors" role="alert">
          <p>This change was not applied; the run shown uses the last valid settings.</p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.field}-${e.message}`}>
                <code>{e.field}</code> {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
