import type {
  CodeDeployEcsConfig,
  CodeDeployLambdaConfig,
  CodeDeployServerConfig,
  LoadBalancerMode,
  MinimumHealthyHostsType,
  PredefinedServerConfigName,
  RollbackSetting,
  ServerDeploymentType,
} from "@/lib/engines/simulation";
import { ECS_DEPLOYMENT_CONFIGS, LAMBDA_DEPLOYMENT_CONFIGS, planServerDeployment } from "@/lib/engines/simulation";
import { NumberField, SelectField } from "./field-controls";
import { useConfigEdit } from "./use-config-edit";

const ROLLBACK_OPTIONS = [
  { value: "rollback-on-failure", label: "Roll back when a deployment fails" },
  { value: "no-rollback", label: "Do not roll back" },
];

const SERVER_CONFIGS = [
  "CodeDeployDefault.AllAtOnce",
  "CodeDeployDefault.HalfAtATime",
  "CodeDeployDefault.OneAtATime",
] as const satisfies readonly PredefinedServerConfigName[];

function serverConfigValue(config: CodeDeployServerConfig): string {
  const d = config.deploymentConfig;
  return d.kind === "predefined" ? d.name : `custom-${d.type}`;
}

/** CodeDeploy EC2/on-premises: deployment type, configuration, load balancer, rollback. */
export function CodeDeployServerSettings() {
  const { config, error, apply } = useConfigEdit<CodeDeployServerConfig>("codedeploy-server");
  const d = config.deploymentConfig;
  const plan = planServerDeployment(d, config.instanceCount);
  return (
    <>
      <SelectField
        label="Deployment type"
        value={config.deploymentType}
        options={[
          { value: "in-place", label: "In-place" },
          { value: "blue-green", label: "Blue/green" },
        ]}
        onChange={(v) => {
          const deploymentType = v as ServerDeploymentType;
          // Blue/green reroutes through a load balancer, so it cannot run without one.
          const loadBalancer = deploymentType === "blue-green" ? "with-load-balancer" : config.loadBalancer;
          apply({ ...config, deploymentType, loadBalancer });
        }}
      />
      <NumberField
        label="Instances"
        value={config.instanceCount}
        min={1}
        max={100}
        onChange={(v) => apply({ ...config, instanceCount: v }, "replace")}
        error={error("instanceCount")}
      />
      <SelectField
        label="Deployment configuration"
        value={serverConfigValue(config)}
        options={[
          ...SERVER_CONFIGS.map((name) => ({ value: name, label: name })),
          { value: "custom-HOST_COUNT", label: "Custom: minimum healthy hosts (count)" },
          { value: "custom-FLEET_PERCENT", label: "Custom: minimum healthy hosts (% of fleet)" },
        ]}
        onChange={(v) => {
          const name = SERVER_CONFIGS.find((n) => n === v);
          const type: MinimumHealthyHostsType = v === "custom-HOST_COUNT" ? "HOST_COUNT" : "FLEET_PERCENT";
          apply({
            ...config,
            deploymentConfig:
              name !== undefined
                ? { kind: "predefined", name }
                : { kind: "custom", type, value: type === "HOST_COUNT" ? 1 : 75 },
          });
        }}
        hint={`Minimum healthy hosts ${plan.minimumHealthy}; ${plan.concurrency} instance(s) at a time.`}
      />
      {d.kind === "custom" ? (
        <NumberField
          label={d.type === "HOST_COUNT" ? "Minimum healthy hosts" : "Minimum healthy hosts (%)"}
          value={d.value}
          min={0}
          max={d.type === "HOST_COUNT" ? config.instanceCount : 100}
          onChange={(v) => apply({ ...config, deploymentConfig: { ...d, value: v } }, "replace")}
          error={error("deploymentConfig.value")}
        />
      ) : null}
      {config.deploymentType === "in-place" ? (
        <SelectField
          label="Load balancer"
          value={config.loadBalancer}
          options={[
            { value: "with-load-balancer", label: "Enable load balancing" },
            { value: "without-load-balancer", label: "No load balancer" },
          ]}
          onChange={(v) => apply({ ...config, loadBalancer: v as LoadBalancerMode })}
          error={error("loadBalancer")}
        />
      ) : (
        <NumberField
          label="Terminate originals after (minutes)"
          value={config.terminationWaitMinutes}
          min={0}
          max={2880}
          onChange={(v) => apply({ ...config, terminationWaitMinutes: v }, "replace")}
          error={error("terminationWaitMinutes")}
        />
      )}
      <SelectField
        label="Rollback"
        value={config.autoRollback}
        options={ROLLBACK_OPTIONS}
        onChange={(v) => apply({ ...config, autoRollback: v as RollbackSetting })}
      />
    </>
  );
}

/** CodeDeploy for Lambda: one of the predefined traffic-shifting configurations. */
export function CodeDeployLambdaSettings() {
  const { config, apply, error } = useConfigEdit<CodeDeployLambdaConfig>("codedeploy-lambda");
  return (
    <>
      <SelectField
        label="Deployment configuration"
        value={config.deploymentConfigName}
        options={Object.keys(LAMBDA_DEPLOYMENT_CONFIGS).map((name) => ({ value: name, label: name }))}
        onChange={(v) => apply({ ...config, deploymentConfigName: v })}
        error={error("deploymentConfigName")}
      />
      <SelectField
        label="Rollback"
        value={config.autoRollback}
        options={ROLLBACK_OPTIONS}
        onChange={(v) => apply({ ...config, autoRollback: v as RollbackSetting })}
      />
    </>
  );
}

/** CodeDeploy blue/green for ECS: predefined configuration, task count, wait, rollback. */
export function CodeDeployEcsSettings() {
  const { config, apply, error } = useConfigEdit<CodeDeployEcsConfig>("codedeploy-ecs");
  return (
    <>
      <SelectField
        label="Deployment configuration"
        value={config.deploymentConfigName}
        options={Object.keys(ECS_DEPLOYMENT_CONFIGS).map((name) => ({ value: name, label: name }))}
        onChange={(v) => apply({ ...config, deploymentConfigName: v })}
        error={error("deploymentConfigName")}
      />
      <NumberField
        label="Tasks"
        value={config.taskCount}
        min={1}
        max={100}
        onChange={(v) => apply({ ...config, taskCount: v }, "replace")}
        error={error("taskCount")}
      />
      <NumberField
        label="Terminate original task set after (minutes)"
        value={config.terminationWaitMinutes}
        min={0}
        max={2880}
        onChange={(v) => apply({ ...config, terminationWaitMinutes: v }, "replace")}
        error={error("terminationWaitMinutes")}
      />
      <SelectField
        label="Rollback"
        value={config.autoRollback}
        options={ROLLBACK_OPTIONS}
        onChange={(v) => apply({ ...config, autoRollback: v as RollbackSetting })}
      />
    </>
  );
}
