import type { Timing } from "./types";

/** Timing used when a config leaves a field out. AWS defaults where AWS has one. */
export const DEFAULT_TIMING: Timing = {
  launchSeconds: 90,
  deploySeconds: 60,
  healthCheckIntervalSeconds: 30,
  healthyThresholdCount: 2,
  deregistrationDelaySeconds: 300,
  requestsPerSecond: 100,
  hookSeconds: 15,
  hookTimeoutSeconds: 3600,
  commandTimeoutSeconds: 600,
};

/** Fills missing timing fields with {@link DEFAULT_TIMING}. */
export function resolveTiming(partial: Partial<Timing> | undefined): Timing {
  return { ...DEFAULT_TIMING, ...(partial ?? {}) };
}

/** Seconds for a freshly registered target to pass enough health checks to receive traffic. */
export function healthCheckSeconds(timing: Timing): number {
  return timing.healthCheckIntervalSeconds * timing.healthyThresholdCount;
}
