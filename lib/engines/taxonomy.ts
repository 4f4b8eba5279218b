/** DVA-C02 exam domains. */
export const EXAM_DOMAINS = ["D1", "D2", "D3", "D4"] as const;
export type ExamDomain = (typeof EXAM_DOMAINS)[number];

export const DOMAIN_TITLES: Record<ExamDomain, string> = {
  D1: "Development with AWS Services",
  D2: "Security",
  D3: "Deployment",
  D4: "Troubleshooting and Optimization",
};

/** DVA-C02 task statements, by id ("3.4" = domain 3, task 4). */
export const EXAM_TASKS = {
  "1.1": "Develop code for applications hosted on AWS",
  "1.2": "Develop code for AWS Lambda",
  "1.3": "Use data stores in application development",
  "2.1": "Implement authentication and/or authorization for applications and AWS services",
  "2.2": "Implement encryption by using AWS services",
  "2.3": "Manage sensitive data in application code",
  "3.1": "Prepare application artifacts to be deployed to AWS",
  "3.2": "Test applications in development environments",
  "3.3": "Automate deployment testing",
  "3.4": "Deploy code by using AWS CI/CD services",
  "4.1": "Assist in a root cause analysis",
  "4.2": "Instrument code for observability",
  "4.3": "Optimize applications by using AWS services and features",
} as const;
export type ExamTask = keyof typeof EXAM_TASKS;
export const EXAM_TASK_IDS = Object.keys(EXAM_TASKS) as ExamTask[];

/** The domain a task belongs to ("3.4" → "D3"). */
export function domainOfTask(task: ExamTask): ExamDomain {
  return `D${task.charAt(0)}` as ExamDomain;
}

/** Study areas, in the order the notes index shows them. */
export const AREAS = [
  { slug: "elastic-beanstalk", title: "Elastic Beanstalk" },
  { slug: "ecs", title: "ECS, Fargate and ECR" },
  { slug: "codedeploy-cicd", title: "CodeDeploy and CI/CD" },
  { slug: "xray", title: "X-Ray" },
  { slug: "networking", title: "Networking" },
  { slug: "docker-cicd", title: "CI/CD with Docker" },
  { slug: "compute-iam", title: "EC2, IAM and the SDK" },
  { slug: "storage-data", title: "Storage and data" },
] as const;
export type AreaSlug = (typeof AREAS)[number]["slug"];
export const AREA_SLUGS = AREAS.map((area) => area.slug) as [AreaSlug, ...AreaSlug[]];

export function areaTitle(slug: AreaSlug): string {
  return AREAS.find((area) => area.slug === slug)?.title ?? slug;
}
