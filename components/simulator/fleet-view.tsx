import { memo } from "react";
import type { Frame, InstanceView, SimulationConfig } from "@/lib/engines/simulation";
import type { FleetLayout, Slot } from "./fleet-layout";
import { describeFrame } from "./format";

export interface FleetViewProps {
  config: SimulationConfig;
  frame: Frame;
  layout: FleetLayout;
  /** Accessible name of the picture, e.g. the strategy in a side-by-side view. */
  label: string;
}

function entryLabel(config: SimulationConfig, frame: Frame, narrow: boolean): string {
  if (config.kind === "codedeploy-lambda") return `Alias "live" of my-function`;
  if (config.kind === "elastic-beanstalk" && config.policy.kind === "blue-green")
    return narrow ? `DNS → ${frame.dns.target}` : `DNS ${frame.dns.record} → ${frame.dns.target}`;
  if (config.kind === "elastic-beanstalk" && config.environmentType === "single-instance")
    return "Single instance (no load balancer)";
  if (config.kind === "codedeploy-server" && config.loadBalancer === "without-load-balancer") return "No load balancer";
  return "Application Load Balancer";
}

function versionClass(config: SimulationConfig, version: string): string {
  if (version === config.toVersion) return "sim-to";
  if (version === config.fromVersion) return "sim-from";
  return "sim-other";
}

function TrafficBar({ config, frame, width }: { config: SimulationConfig; frame: Frame; width: number }) {
  let x = 0;
  const entries = Object.entries(frame.trafficWeights).filter(([, w]) => w > 0);
  return (
    <g className="sim-traffic">
      <rect className="sim-traffic-track" x={0} y={48} width={width} height={18} rx={4} />
      {entries.map(([version, weight]) => {
        const w = (width * weight) / 100;
        const segment = (
          <g key={version}>
            <rect className={versionClass(config, version)} x={x} y={48} width={w} height={18} rx={4} />
            {w > 60 ? (
              <text className="sim-traffic-text" x={x + 6} y={61}>
                {version} {Math.round(weight)}%
              </text>
            ) : null}
          </g>
        );
        x += w;
        return segment;
      })}
      {entries.length === 0 ? (
        <text className="sim-traffic-none" x={8} y={61}>
          Nothing in service: requests fail
        </text>
      ) : null}
    </g>
  );
}

/** One instance; memoised so a frame that leaves an instance unchanged (the engine shares its object) skips it. */
const InstanceCell = memo(function InstanceCell({
  config,
  instance,
  slot,
  cell,
  inBatch,
  showLabel,
}: {
  config: SimulationConfig;
  instance: InstanceView;
  slot: Slot;
  cell: number;
  inBatch: boolean;
  showLabel: boolean;
}) {
  const classes = [
    "sim-instance",
    versionClass(config, instance.version),
    `sim-health-${instance.health}`,
    `sim-life-${instance.lifecycle}`,
    inBatch ? "sim-in-batch" : "",
  ].join(" ");
  const mark = Math.max(4, cell / 6);
  return (
    <g className={classes} transform={`translate(${slot.x} ${slot.y})`}>
      <rect className="sim-instance-box" width={cell} height={cell} rx={cell / 6} />
      {instance.registration !== "not-registered" ? (
        <line className={`sim-reg sim-reg-${instance.registration}`} x1={2} x2={cell - 2} y1={-3} y2={-3} />
      ) : null}
      {instance.inService ? <circle className="sim-in-service" cx={cell - mark} cy={mark} r={mark / 2} /> : null}
      {showLabel ? (
        <text className="sim-instance-text" x={cell / 2} y={cell / 2 + 4} textAnchor="middle">
          {instance.id.slice(-2)}
        </text>
      ) : null}
    </g>
  );
});

/** The fleet at one frame: load balancer and traffic split on top, instances by group below. */
export function FleetView({ config, frame, layout, label }: FleetViewProps) {
  const batch = new Set(frame.currentBatch?.instanceIds ?? []);
  const titleId = `fleet-${label.replace(/[^a-z0-9]+/gi, "-")}`;
  return (
    <svg
      className="sim-fleet"
      viewBox={`-4 -4 ${layout.width + 8} ${layout.height + 8}`}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{`${label}: ${describeFrame(frame, config)}`}</title>
      <rect className="sim-lb" x={0} y={0} width={layout.width} height={40} rx={6} />
      <text className="sim-lb-text" x={10} y={25}>
        {entryLabel(config, frame, layout.width < 500)}
      </text>
      <TrafficBar config={config} frame={frame} width={layout.width} />
      <text className="sim-batch-text" x={0} y={86}>
        {frame.currentBatch ? frame.currentBatch.label : ""}
      </text>
      {layout.groups.map((group) => (
        <text key={group.name} className="sim-group-text" x={0} y={group.y + 15}>
          {group.name}
        </text>
      ))}
      {frame.instances.map((instance) => {
        const slot = layout.slots.get(instance.id);
        if (slot === undefined) return null;
        return (
          <InstanceCell
            key={instance.id}
            config={config}
            instance={instance}
            slot={slot}
            cell={layout.cell}
            inBatch={batch.has(instance.id)}
            showLabel={layout.showLabels}
          />
        );
      })}
    </svg>
  );
}

/** The colour key for the fleet picture, as text. */
export function FleetLegend({ config }: { config: SimulationConfig }) {
  return (
    <ul className="sim-legend" aria-label="Legend">
      <li>
        <span className="sim-swatch sim-from" aria-hidden="true" /> {config.fromVersion} (old)
      </li>
      <li>
        <span className="sim-swatch sim-to" aria-hidden="true" /> {config.toVersion} (new)
      </li>
      <li>
        <span className="sim-swatch sim-swatch-unhealthy" aria-hidden="true" /> unhealthy
      </li>
      <li>
        <span className="sim-swatch sim-swatch-checking" aria-hidden="true" /> health checks running
      </li>
      <li>
        <span className="sim-swatch sim-swatch-batch" aria-hidden="true" /> current batch
      </li>
      <li>
        <span className="sim-dot" aria-hidden="true" /> in service
      </li>
      <li>
        <span className="sim-bar" aria-hidden="true" /> registered (dashed: draining, dotted: initial)
      </li>
      <li>faded: launching or stopped</li>
    </ul>
  );
}
