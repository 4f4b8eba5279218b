// The deployment files are code too: parse every one and check it agrees with the app and with
// the others (ports, health-check path, container names, target groups, environment variables).
// Nothing here talks to AWS or Docker; see docs/deploy.md for the commands that use these files.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { envSchema } from "@/lib/env";

const ROOT = path.resolve(import.meta.dirname, "..");
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), "utf8");
const readJson = <T>(file: string): T => JSON.parse(read(file)) as T;
const readYaml = <T>(file: string): T => parseYaml(read(file)) as T;

/** The app's health route, derived from where its route handler lives. */
function healthPath(): string {
  const route = path.join(ROOT, "app", "api", "health", "route.ts");
  expect(fs.existsSync(route), "app/api/health/route.ts").toBe(true);
  return "/" + path.relative(path.join(ROOT, "app"), path.dirname(route)).split(path.sep).join("/");
}
const HEALTH_PATH = healthPath();

/** Variables the app reads (lib/env.ts) plus the few that Node, Next.js or the build read. */
const SCHEMA_VARIABLES = Object.keys(envSchema.shape).sort();
const EXTRA_VARIABLES = ["PORT", "HOSTNAME", "NODE_ENV", "NEXT_TELEMETRY_DISABLED"];
const KNOWN_VARIABLES = new Set([...SCHEMA_VARIABLES, ...EXTRA_VARIABLES]);
const SECRET_VARIABLES = ["DATABASE_URL", "BETTER_AUTH_SECRET"];

// ---- Dockerfile -------------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  name: string;
  instructions: Instruction[];
}

/** Splits a Dockerfile into stages of instructions (continuations joined, comments dropped). */
function parseDockerfile(text: string): Stage[] {
  const lines = text.split("\n").filter((line) => !line.trim().startsWith("#"));
  const joined = lines.join("\n").replace(/\\\n/g, " ");
  const stages: Stage[] = [];
  for (const line of joined.split("\n")) {
    const match = /^\s*([A-Z]+)\s+(.*)$/.exec(line);
    if (!match?.[1] || match[2] === undefined) continue;
    const instruction = { keyword: match[1], args: match[2].trim() };
    if (instruction.keyword === "FROM") {
      stages.push({ name: /\bAS\s+(\S+)/i.exec(instruction.args)?.[1] ?? "", instructions: [] });
    }
    stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

const stages = parseDockerfile(read("Dockerfile"));
const runtime = stages.at(-1) ?? { name: "", instructions: [] };
const runtimeArgs = (keyword: string) => runtime.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
const APP_PORT = Number(runtimeArgs("EXPOSE")[0]);

describe("Dockerfile", () => {
  it("has a deps stage with the toolchain better-sqlite3 needs, a build stage and a slim runtime", () => {
    expect(stages.map((s) => s.name)).toEqual(["deps", "build", "runtime"]);
    const deps = stages[0]?.instructions.map((i) => i.args).join("\n") ?? "";
    for (const tool of ["python3", "make", "g++"]) expect(deps).toContain(tool);
    expect(deps).toMatch(/npm rebuild better-sqlite3/);
    const runtimeText = runtime.instructions.map((i) => i.args).join("\n");
    expect(runtimeText).not.toMatch(/g\+\+|python3|npm (ci|install)/);
  });

  it("listens on one port, the one PORT names", () => {
    expect(runtimeArgs("EXPOSE")).toHaveLength(1);
    expect(APP_PORT).toBeGreaterThan(0);
    expect(runtimeArgs("ENV").join(" ")).toMatch(new RegExp(`\\bPORT=${APP_PORT}\\b`));
    expect(runtimeArgs("ENV").join(" ")).toMatch(/\bHOSTNAME=0\.0\.0\.0\b/);
  });

  it("runs as an unprivileged user", () => {
    const users = runtimeArgs("USER");
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^(root|0)(:|$)/);
    const userAt = runtime.instructions.findIndex((i) => i.keyword === "USER");
    const cmdAt = runtime.instructions.findIndex((i) => i.keyword === "CMD");
    expect(userAt).toBeGreaterThan(-1);
    expect(userAt).toBeLessThan(cmdAt);
  });

  it("checks its health on the app's health route with node, not curl", () => {
    const [healthcheck] = runtimeArgs("HEALTHCHECK");
    expect(healthcheck).toContain(HEALTH_PATH);
    expect(healthcheck).toMatch(/CMD \["node",/);
    expect(healthcheck).not.toMatch(/curl|wget/);
  });

  it("turns telemetry off and starts the standalone server", () => {
    expect(stages[1]?.instructions.some((i) => i.keyword === "ENV" && /NEXT_TELEMETRY_DISABLED=1/.test(i.args))).toBe(
      true,
    );
    expect(runtimeArgs("ENV").join(" ")).toMatch(/NEXT_TELEMETRY_DISABLED=1/);
    expect(runtimeArgs("CMD")).toEqual(['["node", "server.js"]']);
    const text = read("Dockerfile");
    expect(text).toContain(".next/standalone");
    expect(text).toContain(".next/static");
    // The standalone folder is <distDir>/standalone: the image must build into the default .next.
    expect(text).not.toMatch(/NEXT_DIST_DIR/);
    if (fs.existsSync(path.join(ROOT, "public"))) expect(text).toMatch(/COPY --from=build \S*public/);
  });
});

// ---- .dockerignore and the build inputs --------------------------------------------------------

function dockerIgnored(file: string): boolean {
  const patterns = read(".dockerignore")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const toRegex = (pattern: string) =>
    new RegExp(
      "^" +
        pattern
          .replace(/[.+^${}()|[\]\\]/g, "\\$&")
          .replace(/\*\*\//g, "(.*/)?")
          .replace(/\*\*/g, ".*")
          .replace(/\*/g, "[^/]*")
          .replace(/\?/g, "[^/]") +
        "$",
    );
  const parts = file.split("/");
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
  return patterns.some((pattern) => prefixes.some((prefix) => toRegex(pattern).test(prefix)));
}

describe(".dockerignore", () => {
  it("keeps local databases, secrets, dependencies and build output out of the build context", () => {
    for (const file of ["node_modules/x", "data/rollout.db", ".env", ".env.local", ".next/cache/x", ".git/HEAD"]) {
      expect(dockerIgnored(file), file).toBe(true);
    }
  });

  it("keeps everything `next build` reads, including the loader next.config.js names", async () => {
    const config = (await import(pathToFileURL(path.join(ROOT, "next.config.js")).href)) as {
      default: { output?: string; turbopack?: { rules?: Record<string, { loaders?: string[] }> } };
    };
    expect(config.default.output).toBe("standalone");
    const loaders = Object.values(config.default.turbopack?.rules ?? {}).flatMap((rule) => rule.loaders ?? []);
    expect(loaders.length).toBeGreaterThan(0);
    const needed = [
      "package.json",
      "package-lock.json",
      "next.config.js",
      "prisma/schema.prisma",
      "scripts/prisma-generate.mjs",
      "content/notes",
      "app/api/health/route.ts",
      ...loaders.map((loader) => path.normalize(loader)),
      ...[...read("next.config.js").matchAll(/from "\.\/([^"]+)"/g)].map((m) => m[1] ?? ""),
    ];
    for (const file of needed) {
      expect(fs.existsSync(path.join(ROOT, file)), file).toBe(true);
      expect(dockerIgnored(file), file).toBe(false);
    }
  });
});

describe("trace-hints loader", () => {
  it("only adds turbopackIgnore comments to dynamic paths and file-system calls", async () => {
    const { default: loader } = (await import(
      pathToFileURL(path.join(ROOT, "deploy/build/trace-hints-loader.cjs")).href
    )) as {
      default: (source: string) => string;
    };
    const source =
      'config.dirname = path.join(process.cwd(), alt); fs.existsSync(path.join(__dirname, "x")); ' +
      "t=Ri.resolve(process.cwd(),'.env'); Ci.readFileSync(t); path.resolve(config.dirname, p)";
    const output = loader(source);
    expect(output.match(/turbopackIgnore: true/g)).toHaveLength(5);
    expect(output.replace(/\/\* turbopackIgnore: true \*\/ /g, "")).toBe(source);
  });
});

// ---- compose.yaml and nginx ---------------------------------------------------------------------

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string> | string[];
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: string[] | string };
  ports?: string[];
  volumes?: string[];
}
const compose = readYaml<{ services: Record<string, ComposeService>; volumes?: Record<string, unknown> }>(
  "compose.yaml",
);
const services = compose.services;
const appServices = Object.entries(services).filter(([, s]) => s.build !== undefined);
const environmentOf = (service: ComposeService): Record<string, string> =>
  Array.isArray(service.environment)
    ? Object.fromEntries(
        service.environment.map((entry) => [entry.split("=")[0] ?? "", entry.split("=").slice(1).join("=")]),
      )
    : (service.environment ?? {});

const nginxConf = read("deploy/nginx/nginx.conf");
const nginxListenPort = Number(/^\s*listen\s+(\d+)\s*;/m.exec(nginxConf)?.[1]);

describe("compose.yaml", () => {
  it("runs PostgreSQL 16 with a health check and a named volume", () => {
    const postgres = services.postgres;
    expect(postgres?.image).toMatch(/^postgres:16(\b|$)/);
    expect(String(postgres?.healthcheck?.test)).toContain("pg_isready");
    const volume = postgres?.volumes?.find((v) => v.endsWith(":/var/lib/postgresql/data"));
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(volume?.split(":")[0]);
  });

  it("runs exactly two app instances from the Dockerfile, against PostgreSQL once it is healthy", () => {
    expect(appServices.map(([name]) => name)).toEqual(["app1", "app2"]);
    for (const [name, service] of appServices) {
      const databaseUrl = environmentOf(service).DATABASE_URL ?? "";
      expect(databaseUrl, name).toMatch(/^postgres(ql)?:\/\/[^@]+@postgres:5432\/\w+$/);
      expect(service.depends_on?.postgres?.condition, name).toBe("service_healthy");
      for (const variable of Object.keys(environmentOf(service))) expect(KNOWN_VARIABLES, variable).toContain(variable);
    }
  });

  it("puts nginx in front on 8080 with the repository's config, once both apps are healthy", () => {
    const nginx = services.nginx;
    expect(nginx?.image).toMatch(/^nginx:/);
    expect(nginx?.ports).toContain(`8080:${nginxListenPort}`);
    expect(nginx?.volumes).toContain("./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro");
    for (const [name] of appServices) expect(nginx?.depends_on?.[name]?.condition, name).toBe("service_healthy");
    expect(Object.keys(services).sort()).toEqual(["app1", "app2", "nginx", "postgres"]);
  });
});

describe("deploy/nginx/nginx.conf", () => {
  const upstream = /upstream\s+(\w+)\s*\{([^}]*)\}/.exec(nginxConf);
  const servers = [...(upstream?.[2] ?? "").matchAll(/^\s*server\s+([\w.-]+):(\d+)/gm)];

  it("balances over both app services on the container port", () => {
    expect(servers.map((m) => m[1]).sort()).toEqual(appServices.map(([name]) => name).sort());
    for (const server of servers) expect(Number(server[2])).toBe(APP_PORT);
    expect(nginxConf).toContain(`proxy_pass http://${upstream?.[1]};`);
  });

  it("forwards the client's address, scheme and host, with timeouts and a body limit", () => {
    for (const header of ["X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "Host"]) {
      expect(nginxConf).toMatch(new RegExp(`proxy_set_header\\s+${header}\\s`));
    }
    for (const directive of ["proxy_connect_timeout", "proxy_read_timeout", "proxy_send_timeout"]) {
      expect(nginxConf).toMatch(new RegExp(`${directive}\\s+\\d+s;`));
    }
    expect(nginxConf).toMatch(/client_max_body_size\s+\d+[km];/);
    expect(nginxConf).toContain(`location = ${HEALTH_PATH}`);
  });
});

// ---- Elastic Beanstalk --------------------------------------------------------------------------

// The namespaces of "General options for all environments" in the Elastic Beanstalk developer guide,
// plus the Docker platform's proxy namespace.
const EB_NAMESPACES = new Set([
  "aws:autoscaling:asg",
  "aws:autoscaling:launchconfiguration",
  "aws:autoscaling:scheduledaction",
  "aws:autoscaling:trigger",
  "aws:autoscaling:updatepolicy:rollingupdate",
  "aws:ec2:instances",
  "aws:ec2:vpc",
  "aws:elasticbeanstalk:application",
  "aws:elasticbeanstalk:application:environment",
  "aws:elasticbeanstalk:application:environmentsecrets",
  "aws:elasticbeanstalk:cloudwatch:logs",
  "aws:elasticbeanstalk:cloudwatch:logs:health",
  "aws:elasticbeanstalk:command",
  "aws:elasticbeanstalk:environment",
  "aws:elasticbeanstalk:environment:process:default",
  "aws:elasticbeanstalk:environment:proxy",
  "aws:elasticbeanstalk:environment:proxy:staticfiles",
  "aws:elasticbeanstalk:healthreporting:system",
  "aws:elasticbeanstalk:hostmanager",
  "aws:elasticbeanstalk:managedactions",
  "aws:elasticbeanstalk:managedactions:platformupdate",
  "aws:elasticbeanstalk:monitoring",
  "aws:elasticbeanstalk:sns:topics",
  "aws:elasticbeanstalk:sqsd",
  "aws:elasticbeanstalk:trafficsplitting",
  "aws:elasticbeanstalk:xray",
  "aws:elbv2:listener:default",
  "aws:elbv2:loadbalancer",
  "aws:rds:dbinstance",
]);
const EB_DIR = "deploy/elastic-beanstalk";
const ebConfigFiles = fs
  .readdirSync(path.join(ROOT, EB_DIR, ".ebextensions"))
  .filter((name) => name.endsWith(".config"))
  .map((name) => `${EB_DIR}/.ebextensions/${name}`);
const ebOptions: Record<string, Record<string, string>> = {};
for (const file of ebConfigFiles) {
  const parsed = readYaml<{ option_settings?: Record<string, Record<string, unknown>>; Resources?: unknown }>(file);
  for (const [namespace, options] of Object.entries(parsed.option_settings ?? {})) {
    ebOptions[namespace] = { ...ebOptions[namespace], ...(options as Record<string, string>) };
  }
}
const ebOption = (namespace: string, name: string) => ebOptions[namespace]?.[name];

describe("Elastic Beanstalk bundle", () => {
  it("runs the ECR image on the container port (Dockerrun.aws.json v1)", () => {
    const dockerrun = readJson<{
      AWSEBDockerrunVersion: string;
      Image: { Name: string };
      Ports: { ContainerPort: number | string }[];
    }>(`${EB_DIR}/Dockerrun.aws.json`);
    expect(dockerrun.AWSEBDockerrunVersion).toBe("1");
    expect(dockerrun.Image.Name).toMatch(/^[^/]+\.dkr\.ecr\.[^/]+\.amazonaws\.com\/rollout:\S+$/);
    expect(dockerrun.Ports.map((p) => Number(p.ContainerPort))).toEqual([APP_PORT]);
  });

  it("uses only real option namespaces, in YAML option_settings", () => {
    expect(ebConfigFiles.length).toBeGreaterThan(0);
    for (const namespace of Object.keys(ebOptions)) expect(EB_NAMESPACES, namespace).toContain(namespace);
  });

  it("checks health on the app's health route through the platform proxy, with enhanced health", () => {
    expect(ebOption("aws:elasticbeanstalk:environment", "LoadBalancerType")).toBe("application");
    expect(ebOption("aws:elasticbeanstalk:environment:process:default", "HealthCheckPath")).toBe(HEALTH_PATH);
    // The default process is the instance's nginx (port 80), which forwards to the container port.
    expect(String(ebOption("aws:elasticbeanstalk:environment:process:default", "Port"))).toBe("80");
    expect(ebOption("aws:elasticbeanstalk:healthreporting:system", "SystemType")).toBe("enhanced");
  });

  it("deploys immutably or with an additional batch, never at reduced capacity", () => {
    expect(["Immutable", "RollingWithAdditionalBatch"]).toContain(
      ebOption("aws:elasticbeanstalk:command", "DeploymentPolicy"),
    );
    expect(Number(ebOption("aws:autoscaling:asg", "MinSize"))).toBeGreaterThanOrEqual(2);
  });

  it("takes the database from outside the environment and secrets from Secrets Manager or SSM", () => {
    expect(ebOptions["aws:rds:dbinstance"]).toBeUndefined();
    for (const file of ebConfigFiles) expect(read(file)).not.toMatch(/AWS::RDS::/);
    const plain = ebOptions["aws:elasticbeanstalk:application:environment"] ?? {};
    const secrets = ebOptions["aws:elasticbeanstalk:application:environmentsecrets"] ?? {};
    for (const variable of SECRET_VARIABLES) {
      expect(Object.keys(plain), variable).not.toContain(variable);
      expect(secrets[variable], variable).toMatch(/^arn:aws:(secretsmanager|ssm):/);
    }
    for (const variable of [...Object.keys(plain), ...Object.keys(secrets)]) {
      expect(KNOWN_VARIABLES, variable).toContain(variable);
    }
    expect(plain.ROLLOUT_AUTH).toBe("accounts");
  });
});

// ---- ECS on Fargate, ALB and CodeDeploy blue/green ------------------------------------------------

/** Task-level memory (MiB) Fargate accepts for a task-level CPU value. */
function fargateMemory(cpu: number): number[] {
  const steps = (from: number, to: number, step: number) =>
    Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);
  const table: Record<number, number[]> = {
    256: [512, 1024, 2048],
    512: steps(1024, 4096, 1024),
    1024: steps(2048, 8192, 1024),
    2048: steps(4096, 16384, 1024),
    4096: steps(8192, 30720, 1024),
    8192: steps(16384, 61440, 4096),
    16384: steps(32768, 122880, 8192),
  };
  return table[cpu] ?? [];
}

interface ContainerDefinition {
  name: string;
  image: string;
  essential?: boolean;
  portMappings: { containerPort: number; protocol?: string }[];
  environment?: { name: string; value: string }[];
  secrets?: { name: string; valueFrom: string }[];
  healthCheck: { command: string[]; interval: number; timeout: number; retries: number; startPeriod: number };
  logConfiguration: { logDriver: string; options: Record<string, string> };
}
const taskDef = readJson<{
  family: string;
  requiresCompatibilities: string[];
  networkMode: string;
  cpu: string;
  memory: string;
  executionRoleArn: string;
  taskRoleArn: string;
  containerDefinitions: ContainerDefinition[];
}>("deploy/ecs/task-definition.json");
const container = taskDef.containerDefinitions[0] as ContainerDefinition;
const service = readJson<{
  cluster: string;
  serviceName: string;
  taskDefinition: string;
  desiredCount: number;
  launchType: string;
  deploymentController: { type: string };
  loadBalancers: { targetGroupArn: string; containerName: string; containerPort: number }[];
  networkConfiguration: {
    awsvpcConfiguration: { subnets: string[]; securityGroups: string[]; assignPublicIp: string };
  };
  healthCheckGracePeriodSeconds: number;
}>("deploy/ecs/service.json");
const targetGroups = readJson<
  {
    Name: string;
    Protocol: string;
    Port: number;
    TargetType: string;
    HealthCheckPath: string;
    HealthCheckPort: string;
    HealthCheckIntervalSeconds: number;
    HealthCheckTimeoutSeconds: number;
    Matcher: { HttpCode: string };
  }[]
>("deploy/ecs/target-groups.json");
const deploymentGroup = readJson<{
  deploymentConfigName: string;
  deploymentStyle: { deploymentType: string; deploymentOption: string };
  blueGreenDeploymentConfiguration: {
    deploymentReadyOption: { actionOnTimeout: string };
    terminateBlueInstancesOnDeploymentSuccess: { action: string; terminationWaitTimeInMinutes: number };
  };
  autoRollbackConfiguration: { enabled: boolean; events: string[] };
  alarmConfiguration: { enabled: boolean; alarms: { name: string }[] };
  ecsServices: { clusterName: string; serviceName: string }[];
  loadBalancerInfo: {
    targetGroupPairInfoList: {
      targetGroups: { name: string }[];
      prodTrafficRoute: { listenerArns: string[] };
      testTrafficRoute?: { listenerArns: string[] };
    }[];
  };
}>("deploy/ecs/codedeploy-deployment-group.json");
const appspec = readYaml<{
  version: number | string;
  Resources: {
    TargetService: {
      Type: string;
      Properties: { TaskDefinition: string; LoadBalancerInfo: { ContainerName: string; ContainerPort: number } };
    };
  }[];
  Hooks?: Record<string, string>[];
}>("deploy/ecs/appspec.yaml");
const ARN = (service: string) => new RegExp(`^arn:aws:${service}:`);

describe("ECS task definition", () => {
  it("is a Fargate task with a valid CPU and memory pair", () => {
    expect(taskDef.requiresCompatibilities).toContain("FARGATE");
    expect(taskDef.networkMode).toBe("awsvpc");
    expect(fargateMemory(Number(taskDef.cpu))).toContain(Number(taskDef.memory));
    expect(taskDef.executionRoleArn).toMatch(/^arn:aws:iam::[^:]+:role\/\S+$/);
    expect(taskDef.taskRoleArn).toMatch(/^arn:aws:iam::[^:]+:role\/\S+$/);
  });

  it("runs one essential container on the Dockerfile's port, image filled in by the pipeline", () => {
    expect(taskDef.containerDefinitions).toHaveLength(1);
    expect(container.essential).toBe(true);
    expect(container.image).toBe("<IMAGE1_NAME>");
    expect(container.portMappings.map((p) => p.containerPort)).toEqual([APP_PORT]);
  });

  it("checks the container on the health route, within ECS's limits", () => {
    const { command, interval, timeout, retries, startPeriod } = container.healthCheck;
    expect(command[0]).toBe("CMD");
    expect(command.join(" ")).toContain(`:${APP_PORT}${HEALTH_PATH}`);
    expect(command.join(" ")).not.toMatch(/curl|wget/);
    expect(interval).toBeGreaterThanOrEqual(5);
    expect(interval).toBeLessThanOrEqual(300);
    expect(timeout).toBeGreaterThanOrEqual(2);
    expect(timeout).toBeLessThan(interval);
    expect(retries).toBeGreaterThanOrEqual(1);
    expect(retries).toBeLessThanOrEqual(10);
    expect(startPeriod).toBeLessThanOrEqual(300);
  });

  it("logs to CloudWatch with awslogs", () => {
    expect(container.logConfiguration.logDriver).toBe("awslogs");
    for (const option of ["awslogs-group", "awslogs-region", "awslogs-stream-prefix"]) {
      expect(container.logConfiguration.options[option], option).toBeTruthy();
    }
  });

  it("gets secrets from Secrets Manager or SSM and names only variables the app knows", () => {
    const plain = (container.environment ?? []).map((e) => e.name);
    const secrets = Object.fromEntries((container.secrets ?? []).map((s) => [s.name, s.valueFrom]));
    for (const variable of SECRET_VARIABLES) {
      expect(plain, variable).not.toContain(variable);
      expect(secrets[variable], variable).toMatch(/^arn:aws:(secretsmanager|ssm):/);
    }
    for (const variable of [...plain, ...Object.keys(secrets)]) expect(KNOWN_VARIABLES, variable).toContain(variable);
  });
});

describe("ECS service, target groups and CodeDeploy", () => {
  const pair = deploymentGroup.loadBalancerInfo.targetGroupPairInfoList[0];

  it("runs the task definition on Fargate, deployed by CodeDeploy, behind the blue target group", () => {
    expect(service.launchType).toBe("FARGATE");
    expect(service.deploymentController.type).toBe("CODE_DEPLOY");
    expect(service.taskDefinition).toBe(taskDef.family);
    expect(service.desiredCount).toBeGreaterThanOrEqual(2);
    expect(service.loadBalancers).toHaveLength(1);
    const [loadBalancer] = service.loadBalancers;
    expect(loadBalancer?.containerName).toBe(container.name);
    expect(loadBalancer?.containerPort).toBe(APP_PORT);
    expect(loadBalancer?.targetGroupArn).toMatch(ARN("elasticloadbalancing"));
    expect(loadBalancer?.targetGroupArn).toContain(`:targetgroup/${targetGroups[0]?.Name}/`);
    expect(service.networkConfiguration.awsvpcConfiguration.subnets.length).toBeGreaterThanOrEqual(2);
    expect(service.networkConfiguration.awsvpcConfiguration.securityGroups.length).toBeGreaterThanOrEqual(1);
    expect(service.healthCheckGracePeriodSeconds).toBeGreaterThanOrEqual(container.healthCheck.startPeriod);
  });

  it("has two IP target groups checking the health route on the container port", () => {
    expect(targetGroups).toHaveLength(2);
    for (const group of targetGroups) {
      expect(group.Protocol, group.Name).toBe("HTTP");
      expect(group.Port, group.Name).toBe(APP_PORT);
      expect(group.TargetType, group.Name).toBe("ip");
      expect(group.HealthCheckPath, group.Name).toBe(HEALTH_PATH);
      expect(group.HealthCheckPort, group.Name).toBe("traffic-port");
      expect(group.Matcher.HttpCode, group.Name).toBe("200");
      expect(group.HealthCheckTimeoutSeconds).toBeLessThan(group.HealthCheckIntervalSeconds);
    }
    expect(new Set(targetGroups.map((g) => g.Name)).size).toBe(2);
  });

  it("shifts traffic blue/green between those target groups and rolls back on failure or alarm", () => {
    expect(deploymentGroup.deploymentStyle).toEqual({
      deploymentType: "BLUE_GREEN",
      deploymentOption: "WITH_TRAFFIC_CONTROL",
    });
    expect([
      "CodeDeployDefault.ECSAllAtOnce",
      "CodeDeployDefault.ECSLinear10PercentEvery1Minutes",
      "CodeDeployDefault.ECSLinear10PercentEvery3Minutes",
      "CodeDeployDefault.ECSCanary10Percent5Minutes",
      "CodeDeployDefault.ECSCanary10Percent15Minutes",
    ]).toContain(deploymentGroup.deploymentConfigName);
    const termination = deploymentGroup.blueGreenDeploymentConfiguration.terminateBlueInstancesOnDeploymentSuccess;
    expect(termination.action).toBe("TERMINATE");
    expect(termination.terminationWaitTimeInMinutes).toBeGreaterThan(0);
    expect(termination.terminationWaitTimeInMinutes).toBeLessThanOrEqual(2880);
    expect(deploymentGroup.autoRollbackConfiguration.enabled).toBe(true);
    expect(deploymentGroup.autoRollbackConfiguration.events).toEqual(
      expect.arrayContaining(["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]),
    );
    expect(deploymentGroup.alarmConfiguration.enabled).toBe(true);
    expect(deploymentGroup.alarmConfiguration.alarms.length).toBeGreaterThan(0);
    expect(deploymentGroup.ecsServices).toEqual([{ clusterName: service.cluster, serviceName: service.serviceName }]);
    expect(pair?.targetGroups.map((g) => g.name)).toEqual(targetGroups.map((g) => g.Name));
    const production = pair?.prodTrafficRoute.listenerArns ?? [];
    const test = pair?.testTrafficRoute?.listenerArns ?? [];
    expect(production).toHaveLength(1);
    expect(test).toHaveLength(1);
    expect(production[0]).toMatch(ARN("elasticloadbalancing"));
    expect(test[0]).not.toBe(production[0]);
  });

  it("has an AppSpec naming the task definition's container and port", () => {
    expect(String(appspec.version)).toBe("0");
    expect(read("deploy/ecs/appspec.yaml")).toMatch(/^version: 0\.0$/m);
    expect(appspec.Resources).toHaveLength(1);
    const target = appspec.Resources[0]?.TargetService;
    expect(target?.Type).toBe("AWS::ECS::Service");
    expect(target?.Properties.TaskDefinition).toBe("<TASK_DEFINITION>");
    expect(target?.Properties.LoadBalancerInfo).toEqual({ ContainerName: container.name, ContainerPort: APP_PORT });
    const events = (appspec.Hooks ?? []).flatMap((hook) => Object.keys(hook));
    for (const event of events) {
      expect([
        "BeforeInstall",
        "AfterInstall",
        "AfterAllowTestTraffic",
        "BeforeAllowTraffic",
        "AfterAllowTraffic",
      ]).toContain(event);
    }
  });

  it("has a buildspec that pushes the image and emits what the pipeline's deploy actions read", () => {
    const buildspec = readYaml<{
      version: number;
      env: { variables: Record<string, string> };
      phases: Record<string, { commands: string[] }>;
      artifacts: { files: string[] };
    }>("deploy/ecs/buildspec.yml");
    expect(buildspec.version).toBe(0.2);
    expect(buildspec.env.variables.CONTAINER_NAME).toBe(container.name);
    const commands = Object.values(buildspec.phases).flatMap((phase) => phase.commands);
    const script = commands.join("\n");
    expect(script).toMatch(/docker build .* \.$/m);
    expect(script).toMatch(/docker push/);
    expect(script).toContain(`'{"ImageURI":"%s"}'`);
    expect(script).toContain(`'[{"name":"%s","imageUri":"%s"}]'`);
    for (const [from, to] of [
      ["deploy/ecs/task-definition.json", "taskdef.json"],
      ["deploy/ecs/appspec.yaml", "appspec.yaml"],
    ] as const) {
      expect(fs.existsSync(path.join(ROOT, from)), from).toBe(true);
      expect(script).toContain(`cp ${from} ${to}`);
    }
    expect(buildspec.artifacts.files).toEqual(
      expect.arrayContaining(["imageDetail.json", "imagedefinitions.json", "taskdef.json", "appspec.yaml"]),
    );
  });
});

// ---- the guide and the rest of deploy/ -----------------------------------------------------------

describe("docs/deploy.md", () => {
  const guide = read("docs/deploy.md");

  it("documents exactly the variables the app reads plus the runtime extras", () => {
    const section = guide.split(/^## /m).find((part) => part.startsWith("What to set")) ?? "";
    const documented = [...section.matchAll(/^\| `([A-Z_]+)`/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual([...SCHEMA_VARIABLES, ...EXTRA_VARIABLES].sort());
  });

  it("cites the AWS documentation", () => {
    expect(guide.match(/https:\/\/docs\.aws\.amazon\.com\/\S+/g)?.length ?? 0).toBeGreaterThanOrEqual(8);
  });
});

describe("deploy/", () => {
  it("has no file these tests do not read", () => {
    const checked = new Set([
      "deploy/deploy-files.test.ts",
      "deploy/build/trace-hints-loader.cjs",
      "deploy/nginx/nginx.conf",
      `${EB_DIR}/Dockerrun.aws.json`,
      ...ebConfigFiles,
      "deploy/ecs/task-definition.json",
      "deploy/ecs/service.json",
      "deploy/ecs/target-groups.json",
      "deploy/ecs/appspec.yaml",
      "deploy/ecs/codedeploy-deployment-group.json",
      "deploy/ecs/buildspec.yml",
      "deploy/ecs/hooks/after-allow-test-traffic.mjs",
      "deploy/ecs/hooks/after-allow-test-traffic.d.mts",
      "deploy/ecs/hooks/after-allow-test-traffic.test.ts",
    ]);
    const files = fs
      .readdirSync(path.join(ROOT, "deploy"), { recursive: true, encoding: "utf8" })
      .map((file) => `deploy/${file.split(path.sep).join("/")}`)
      .filter((file) => fs.statSync(path.join(ROOT, file)).isFile());
    expect(files.filter((file) => !checked.has(file))).toEqual([]);
  });
});
