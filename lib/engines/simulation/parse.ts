/**
 * Turns untrusted data (decoded URL params, JSON) into a typed config, or clear field errors.
 * Structure only; AWS rules are checked afterwards by `validateConfig`.
 */
import type { Timing } from "./types";
import type { EbPolicy, FailureInjection, ServerDeploymentConfig, SimulationConfig } from "./types";
import type { ValidationError, ValidationResult } from "./validate";
import { validateConfig } from "./validate";

type Obj = Record<string, unknown>;

function show(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return value.toString();
  return JSON.stringify(value) ?? typeof value;
}

class Reader {
  readonly errors: ValidationError[] = [];
  constructor(private readonly prefix: string = "") {}

  private field(key: string): string {
    return this.prefix === "" ? key : `${this.prefix}.${key}`;
  }

  fail(key: string, message: string): void {
    this.errors.push({ field: this.field(key), message });
  }

  object(source: Obj, key: string): Obj {
    const value = source[key];
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Obj;
    this.fail(key, "is required.");
    return {};
  }

  number(source: Obj, key: string, fallback?: number): number {
    const value = source[key];
    const parsed = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof parsed === "number" && Number.isFinite(parsed)) return parsed;
    if (value === undefined && fallback !== undefined) return fallback;
    this.fail(key, value === undefined ? "is required." : `must be a number (got "${show(value)}").`);
    return fallback ?? 0;
  }

  string(source: Obj, key: string, fallback?: string): string {
    const value = source[key];
    if (typeof value === "string" || typeof value === "number") return String(value);
    if (value === undefined && fallback !== undefined) return fallback;
    this.fail(key, "is required.");
    return fallback ?? "";
  }

  oneOf<T extends string>(source: Obj, key: string, allowed: readonly T[], fallback?: T): T {
    const value = source[key];
    if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
    if (value === undefined && fallback !== undefined) return fallback;
    this.fail(key, `must be one of ${allowed.join(", ")} (got "${show(value)}").`);
    return fallback ?? (allowed[0] as T);
  }
}

const TIMING_KEYS: (keyof Timing)[] = [
  "launchSeconds",
  "deploySeconds",
  "healthCheckIntervalSeconds",
  "healthyThresholdCount",
  "deregistrationDelaySeconds",
  "requestsPerSecond",
  "hookSeconds",
  "hookTimeoutSeconds",
  "commandTimeoutSeconds",
];

function readTiming(r: Reader, source: Obj): Partial<Timing> | undefined {
  const raw = source.timing;
  if (raw === undefined) return undefined;
  if (typeof raw !== "object" || raw === null) {
    r.fail("timing", "must be an object.");
    return undefined;
  }
  const timing: Partial<Timing> = {};
  for (const key of Object.keys(raw)) {
    if (!(TIMING_KEYS as string[]).includes(key)) r.fail(`timing.${key}`, "is not a known timing field.");
  }
  for (const key of TIMING_KEYS) if (key in raw) timing[key] = r.number(raw as Obj, key);
  return timing;
}

function readFailure(r: Reader, source: Obj): FailureInjection {
  if (source.failure === undefined) return { kind: "none" };
  const f = r.object(source, "failure");
  const kind = r.oneOf(f, "kind", ["none", "health-check-failure", "hook-failure", "alarm", "instance-dies"] as const);
  if (kind === "hook-failure") {
    return { kind, hook: r.string(f, "hook"), outcome: r.oneOf(f, "outcome", ["script-fails", "times-out"] as const) };
  }
  if (kind === "alarm") return { kind, afterSeconds: r.number(f, "afterSeconds") };
  if (kind === "instance-dies")
    return { kind, instanceIndex: r.number(f, "instanceIndex"), afterSeconds: r.number(f, "afterSeconds") };
  return { kind };
}

function readEbPolicy(r: Reader, source: Obj): EbPolicy {
  const p = r.object(source, "policy");
  const kind = r.oneOf(p, "kind", [
    "all-at-once",
    "rolling",
    "rolling-with-additional-batch",
    "immutable",
    "traffic-splitting",
    "blue-green",
  ] as const);
  if (kind === "rolling" || kind === "rolling-with-additional-batch") {
    return {
      kind,
      batchSizeType: r.oneOf(p, "batchSizeType", ["Percentage", "Fixed"] as const),
      batchSize: r.number(p, "batchSize"),
    };
  }
  if (kind === "traffic-splitting") {
    return {
      kind,
      newVersionPercent: r.number(p, "newVersionPercent", 10),
      evaluationTimeMinutes: r.number(p, "evaluationTimeMinutes", 5),
    };
  }
  if (kind === "blue-green") {
    return {
      kind,
      dnsTtlSeconds: r.number(p, "dnsTtlSeconds", 60),
      terminateBlueAfterSeconds: r.number(p, "terminateBlueAfterSeconds", 600),
    };
  }
  return { kind };
}

function readServerConfig(r: Reader, source: Obj): ServerDeploymentConfig {
  const d = r.object(source, "deploymentConfig");
  const kind = r.oneOf(d, "kind", ["predefined", "custom"] as const);
  if (kind === "predefined") {
    return {
      kind,
      name: r.oneOf(d, "name", [
        "CodeDeployDefault.AllAtOnce",
        "CodeDeployDefault.HalfAtATime",
        "CodeDeployDefault.OneAtATime",
      ] as const),
    };
  }
  return { kind, type: r.oneOf(d, "type", ["HOST_COUNT", "FLEET_PERCENT"] as const), value: r.number(d, "value") };
}

const ROLLBACK = ["rollback-on-failure", "no-rollback"] as const;

function readPlatform(
  r: Reader,
  s: Obj,
  base: { fromVersion: string; toVersion: string; failure: FailureInjection; timing?: Partial<Timing> },
): SimulationConfig | null {
  const kind = r.oneOf(s, "kind", [
    "elastic-beanstalk",
    "codedeploy-server",
    "codedeploy-lambda",
    "codedeploy-ecs",
    "ecs-rolling",
  ] as const);
  switch (kind) {
    case "elastic-beanstalk":
      return {
        ...base,
        kind,
        environmentType: r.oneOf(s, "environmentType", ["single-instance", "load-balanced"] as const),
        instanceCount: r.number(s, "instanceCount"),
        policy: readEbPolicy(r, s),
      };
    case "codedeploy-server":
      return {
        ...base,
        kind,
        deploymentType: r.oneOf(s, "deploymentType", ["in-place", "blue-green"] as const),
        instanceCount: r.number(s, "instanceCount"),
        deploymentConfig: readServerConfig(r, s),
        loadBalancer: r.oneOf(s, "loadBalancer", ["with-load-balancer", "without-load-balancer"] as const),
        autoRollback: r.oneOf(s, "autoRollback", ROLLBACK, "rollback-on-failure"),
        terminationWaitMinutes: r.number(s, "terminationWaitMinutes", 60),
      };
    case "codedeploy-lambda":
      return {
        ...base,
        kind,
        deploymentConfigName: r.string(s, "deploymentConfigName"),
        autoRollback: r.oneOf(s, "autoRollback", ROLLBACK, "rollback-on-failure"),
      };
    case "codedeploy-ecs":
      return {
        ...base,
        kind,
        deploymentConfigName: r.string(s, "deploymentConfigName"),
        taskCount: r.number(s, "taskCount"),
        autoRollback: r.oneOf(s, "autoRollback", ROLLBACK, "rollback-on-failure"),
        terminationWaitMinutes: r.number(s, "terminationWaitMinutes", 5),
      };
    case "ecs-rolling":
      return {
        ...base,
        kind,
        desiredCount: r.number(s, "desiredCount"),
        minimumHealthyPercent: r.number(s, "minimumHealthyPercent", 100),
        maximumPercent: r.number(s, "maximumPercent", 200),
        circuitBreaker: r.oneOf(
          s,
          "circuitBreaker",
          ["disabled", "enabled", "enabled-with-rollback"] as const,
          "disabled",
        ),
      };
  }
}

/** Parses unknown input into a valid config: structure first, then AWS rules. */
export function parseConfig(input: unknown): ValidationResult {
  const r = new Reader();
  if (typeof input !== "object" || input === null)
    return { ok: false, errors: [{ field: "", message: "config must be an object." }] };
  const s = input as Obj;
  const base = {
    fromVersion: r.string(s, "fromVersion", "v1"),
    toVersion: r.string(s, "toVersion", "v2"),
    failure: readFailure(r, s),
    timing: readTiming(r, s),
  };
  if (base.timing === undefined) delete base.timing;
  const config = readPlatform(r, s, base);
  if (r.errors.length > 0 || config === null) return { ok: false, errors: r.errors };
  return validateConfig(config);
}
