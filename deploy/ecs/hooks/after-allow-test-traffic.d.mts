export interface HookCheck {
  path: string;
  status: number;
  body?: string;
}

export declare const CHECKS: HookCheck[];

export declare function findFailures(
  baseUrl: string,
  options?: { fetch?: typeof fetch; attempts?: number; delayMs?: number },
): Promise<string[]>;

export declare function handler(event: {
  DeploymentId: string;
  LifecycleEventHookExecutionId: string;
}): Promise<{ failures: string[] }>;
