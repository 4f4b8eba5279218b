/** Public API of the deployment simulation engine. Pure TypeScript: no clock, no Math.random, no I/O. */
export type * from "./types";
export { simulate, createRun, step, SimulationConfigError } from "./simulate";
export type { SimulationRun, StepResult, RunStatus } from "./simulate";
export { computeMetrics } from "./metrics";
export type { DeploymentMetrics, RequestSharePoint } from "./metrics";
export { validateConfig, allowedPolicies, ebStrategies, allowedFailures } from "./validate";
export type { ValidationError, ValidationResult } from "./validate";
export { parseConfig } from "./parse";
export { configToSearchParams, configFromSearchParams } from "./url";
export type { UrlParseResult } from "./url";
export { DEFAULT_TIMING, resolveTiming } from "./defaults";
export { LIFECYCLE_EVENT_ORDER, scriptableHooks } from "./hooks";
export type { HookPlatform, HookKind, LifecycleEventSpec } from "./hooks";
export {
  LAMBDA_DEPLOYMENT_CONFIGS,
  ECS_DEPLOYMENT_CONFIGS,
  trafficShiftSchedule,
  planServerDeployment,
  minimumHealthyHosts,
} from "./codedeploy-configs";
export type { ServerPlan, ShiftStep } from "./codedeploy-configs";
export { ebBatchSize } from "./eb-in-place";
export { ecsTaskBounds, circuitBreakerThreshold } from "./ecs-rolling";
export type { EcsTaskBounds } from "./ecs-rolling";
export { minimumAllowedInService } from "./policy-floor";
export { placeTasks, tasksPerZone } from "./placement";
export type {
  Cluster,
  ContainerInstance,
  TaskRequest,
  PlacementStrategy,
  PlacementConstraint,
  PlacementResult,
  Placement,
} from "./placement";
export {
  DEFAULT_SAMPLING_RULE,
  sampleRequests,
  generateRequests,
  matchRule,
  matchesWildcard,
  orderRules,
  expectedTracedCount,
  expectedTracesPerSecond,
} from "./xray";
export type {
  SamplingRule,
  TracedRequest,
  SamplingResult,
  SamplingDecision,
  SamplingReason,
  RequestStream,
  RequestMix,
  RuleTally,
} from "./xray";
export { PRESETS, PRESET_IDS } from "./presets";
export type { Preset, PresetId, PlacementScenario, SamplingScenario } from "./presets";
export { createRandom } from "./random";
export type { Random } from "./random";
