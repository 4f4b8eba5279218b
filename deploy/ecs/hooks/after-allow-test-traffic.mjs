// CodeDeploy lifecycle hook of the ECS blue/green deployment (appspec.yaml: AfterAllowTestTraffic).
// At that point the test listener routes to the replacement (green) tasks only, so asking it for
// the health route and two pages checks the new version against the real database before any
// learner is moved to it. The result goes back to CodeDeploy: Failed stops the deployment and
// rolls it back (the production listener never left the original tasks).
//
// Lambda settings: Node.js 20 or later (global fetch; the runtime includes the AWS SDK v3),
// environment TEST_LISTENER_URL such as http://internal-rollout-123.eu-west-1.elb.amazonaws.com:8080,
// in subnets that reach the load balancer, timeout 60 s, a role that may call
// codedeploy:PutLifecycleEventHookExecutionStatus. Name it CodeDeployHook_rollout-after-allow-test-traffic.

/** What must answer on the test listener, and how. */
export const CHECKS = [
  { path: "/api/health", status: 200, body: '"db":"ok"' },
  { path: "/notes", status: 200, body: "Study notes" },
  { path: "/practice", status: 200 },
];

/**
 * Runs every check against `baseUrl`, retrying each a few times (new targets may still be
 * registering). Returns the checks that never passed, as one line each.
 * @param {string} baseUrl
 * @param {{ fetch?: typeof fetch, attempts?: number, delayMs?: number }} [options]
 * @returns {Promise<string[]>}
 */
export async function findFailures(baseUrl, { fetch: fetchImpl = fetch, attempts = 5, delayMs = 3000 } = {}) {
  const failures = [];
  for (const check of CHECKS) {
    let last = "not tried";
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        const response = await fetchImpl(new URL(check.path, baseUrl), { signal: AbortSignal.timeout(5000) });
        const text = await response.text();
        if (response.status === check.status && (!check.body || text.includes(check.body))) {
          last = "";
          break;
        }
        last = `answered ${response.status}${check.body && !text.includes(check.body) ? ` without ${check.body}` : ""}`;
      } catch (error) {
        last = `failed: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
    if (last) failures.push(`${check.path} ${last}`);
  }
  return failures;
}

/** @param {{ DeploymentId: string, LifecycleEventHookExecutionId: string }} event */
export async function handler(event) {
  const baseUrl = process.env.TEST_LISTENER_URL;
  const failures = baseUrl ? await findFailures(baseUrl) : ["TEST_LISTENER_URL is not set"];
  for (const failure of failures) console.error(failure);
  const { CodeDeployClient, PutLifecycleEventHookExecutionStatusCommand } = await import("@aws-sdk/client-codedeploy");
  await new CodeDeployClient({}).send(
    new PutLifecycleEventHookExecutionStatusCommand({
      deploymentId: event.DeploymentId,
      lifecycleEventHookExecutionId: event.LifecycleEventHookExecutionId,
      status: failures.length === 0 ? "Succeeded" : "Failed",
    }),
  );
  return { failures };
}
