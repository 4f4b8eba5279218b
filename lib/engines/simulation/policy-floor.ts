/** The in-service floor each policy promises when nothing fails (used by UI hints and property tests). */
import { planServerDeployment } from "./codedeploy-configs";
import { ebBatchSize } from "./eb-in-place";
import { ecsTaskBounds } from "./ecs-rolling";
import type { SimulationConfig } from "./types";

/** Fewest in-service instances/tasks the policy allows during a failure-free deployment. */
export function minimumAllowedInService(config: SimulationConfig): number {
  switch (config.kind) {
    case "elastic-beanstalk": {
      const p = config.policy;
      if (p.kind === "all-at-once") return 0;
      if (p.kind === "rolling")
        return config.instanceCount - ebBatchSize(p.batchSizeType, p.batchSize, config.instanceCount);
      return config.instanceCount;
    }
    case "codedeploy-server": {
      if (config.deploymentType === "blue-green") return config.instanceCount;
      const plan = planServerDeployment(config.deploymentConfig, config.instanceCount);
      return Math.max(0, config.instanceCount - plan.concurrency);
    }
    case "codedeploy-lambda":
      return 1;
    case "codedeploy-ecs":
      return config.taskCount;
    case "ecs-rolling":
      return ecsTaskBounds(config.desiredCount, config.minimumHealthyPercent, config.maximumPercent)
        .minimumHealthyTasks;
  }
}
