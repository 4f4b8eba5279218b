import type { EbBatchSizeType, ElasticBeanstalkConfig, EnvironmentType } from "@/lib/engines/simulation";
import { allowedPolicies, ebBatchSize, ebStrategies } from "@/lib/engines/simulation";
import { EB_POLICY_LABELS, withEbPolicy, withEnvironmentType } from "./config-edits";
import { NumberField, SelectField } from "./field-controls";
import { useConfigEdit } from "./use-config-edit";

/** Elastic Beanstalk settings; the policy list is what the environment type allows. */
export function EbSettings() {
  const { config, error, apply } = useConfigEdit<ElasticBeanstalkConfig>("elastic-beanstalk");
  const policy = config.policy;
  const single = config.environmentType === "single-instance";
  return (
    <>
      <SelectField
        label="Environment type"
        value={config.environmentType}
        options={[
          { value: "load-balanced", label: "Load balanced" },
          { value: "single-instance", label: "Single instance" },
        ]}
        onChange={(v) => apply(withEnvironmentType(config, v as EnvironmentType))}
        hint={
          single ? `Single-instance environments allow ${allowedPolicies("single-instance").join(" and ")}.` : undefined
        }
      />
      <NumberField
        label="Instances"
        value={config.instanceCount}
        min={1}
        max={100}
        disabled={single}
        onChange={(v) => apply({ ...config, instanceCount: v }, "replace")}
        error={error("instanceCount")}
      />
      <SelectField
        label="Deployment policy"
        value={policy.kind}
        options={ebStrategies(config.environmentType).map((kind) => ({
          value: kind,
          label: EB_POLICY_LABELS[kind],
          // Blue/green is not a DeploymentPolicy value: it clones the environment and swaps URLs.
          group: allowedPolicies(config.environmentType).includes(kind) ? "Deployment policies" : "Instead of a policy",
        }))}
        onChange={(v) => apply(withEbPolicy(config, v as ElasticBeanstalkConfig["policy"]["kind"]))}
        error={error("policy.kind")}
      />
      {policy.kind === "rolling" || policy.kind === "rolling-with-additional-batch" ? (
        <>
          <SelectField
            label="Batch size type"
            value={policy.batchSizeType}
            options={[
              { value: "Percentage", label: "Percentage" },
              { value: "Fixed", label: "Fixed" },
            ]}
            onChange={(v) => apply({ ...config, policy: { ...policy, batchSizeType: v as EbBatchSizeType } })}
          />
          <NumberField
            label={policy.batchSizeType === "Percentage" ? "Batch size (%)" : "Batch size (instances)"}
            value={policy.batchSize}
            min={1}
            max={policy.batchSizeType === "Percentage" ? 100 : config.instanceCount}
            onChange={(v) => apply({ ...config, policy: { ...policy, batchSize: v } }, "replace")}
            error={error("policy.batchSize")}
            hint={`${ebBatchSize(policy.batchSizeType, policy.batchSize, config.instanceCount)} instance(s) per batch.`}
          />
        </>
      ) : null}
      {policy.kind === "traffic-splitting" ? (
        <>
          <NumberField
            label="New version traffic (%)"
            value={policy.newVersionPercent}
            min={1}
            max={100}
            onChange={(v) => apply({ ...config, policy: { ...policy, newVersionPercent: v } }, "replace")}
            error={error("policy.newVersionPercent")}
          />
          <NumberField
            label="Evaluation time (minutes)"
            value={policy.evaluationTimeMinutes}
            min={3}
            max={600}
            onChange={(v) => apply({ ...config, policy: { ...policy, evaluationTimeMinutes: v } }, "replace")}
            error={error("policy.evaluationTimeMinutes")}
          />
        </>
      ) : null}
      {policy.kind === "blue-green" ? (
        <>
          <NumberField
            label="DNS TTL (seconds)"
            value={policy.dnsTtlSeconds}
            min={0}
            max={172800}
            onChange={(v) => apply({ ...config, policy: { ...policy, dnsTtlSeconds: v } }, "replace")}
            error={error("policy.dnsTtlSeconds")}
          />
          <NumberField
            label="Terminate blue after (seconds)"
            value={policy.terminateBlueAfterSeconds}
            min={0}
            max={86400}
            onChange={(v) => apply({ ...config, policy: { ...policy, terminateBlueAfterSeconds: v } }, "replace")}
            error={error("policy.terminateBlueAfterSeconds")}
          />
        </>
      ) : null}
    </>
  );
}
