/**
 * CodeDeploy lifecycle events per compute platform, in run order, as data.
 * Source: CodeDeploy User Guide, "AppSpec 'hooks' section" (run order and hook availability tables).
 */

/** `scriptable` events run your scripts/Lambda functions; `reserved` ones are CodeDeploy's own. */
export type HookKind = "scriptable" | "reserved";

export interface LifecycleEventSpec {
  name: string;
  kind: HookKind;
}

export type HookPlatform =
  | "server-in-place-with-load-balancer"
  | "server-in-place-without-load-balancer"
  | "server-blue-green-replacement"
  | "server-blue-green-original"
  | "lambda"
  | "ecs";

const s = (name: string): LifecycleEventSpec => ({ name, kind: "scriptable" });
const r = (name: string): LifecycleEventSpec => ({ name, kind: "reserved" });

const BLOCK = [s("BeforeBlockTraffic"), r("BlockTraffic"), s("AfterBlockTraffic")];
const INSTALL = [
  s("ApplicationStop"),
  r("DownloadBundle"),
  s("BeforeInstall"),
  r("Install"),
  s("AfterInstall"),
  s("ApplicationStart"),
  s("ValidateService"),
];
const ALLOW = [s("BeforeAllowTraffic"), r("AllowTraffic"), s("AfterAllowTraffic")];

/** Lifecycle events (excluding Start/End) in the order CodeDeploy runs them. */
export const LIFECYCLE_EVENT_ORDER: Readonly<Record<HookPlatform, readonly LifecycleEventSpec[]>> = {
  "server-in-place-with-load-balancer": [...BLOCK, ...INSTALL, ...ALLOW],
  "server-in-place-without-load-balancer": INSTALL,
  "server-blue-green-replacement": [...INSTALL, ...ALLOW],
  "server-blue-green-original": BLOCK,
  lambda: [s("BeforeAllowTraffic"), r("AllowTraffic"), s("AfterAllowTraffic")],
  ecs: [
    s("BeforeInstall"),
    r("Install"),
    s("AfterInstall"),
    r("AllowTestTraffic"),
    s("AfterAllowTestTraffic"),
    s("BeforeAllowTraffic"),
    r("AllowTraffic"),
    s("AfterAllowTraffic"),
  ],
};

/** Names of the hooks you can attach scripts or functions to, per platform, in run order. */
export function scriptableHooks(platform: HookPlatform): string[] {
  return LIFECYCLE_EVENT_ORDER[platform].filter((e) => e.kind === "scriptable").map((e) => e.name);
}
