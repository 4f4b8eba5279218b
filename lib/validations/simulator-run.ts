import { z } from "zod";

/** The simulators whose runs are recorded (the deployment timelines). */
export const RECORDED_ENGINES = [
  "elastic-beanstalk",
  "codedeploy-server",
  "codedeploy-lambda",
  "codedeploy-ecs",
  "ecs-rolling",
] as const;

export const simulatorRunSchema = z.object({
  engine: z.enum(RECORDED_ENGINES, { message: "is not a deployment simulator" }),
  /** The share link's query string, e.g. `platform=eb&policy=rolling&…&seed=1`. */
  config: z
    .string()
    .min(1)
    .max(2_000)
    .regex(/^[A-Za-z0-9_.~%&=+,-]+$/, { message: "must be a URL query string" }),
  outcome: z.enum(["succeeded", "rolled_back", "failed"]),
  durationS: z.number().int().min(0).max(10_000_000),
});

export type SimulatorRunInput = z.infer<typeof simulatorRunSchema>;
