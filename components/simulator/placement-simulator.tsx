import { useId, useMemo, useState } from "react";
import type { PlacementConstraint, PlacementStrategy, PlacementScenario } from "@/lib/engines/simulation";
import { PRESETS, placeTasks, tasksPerZone } from "@/lib/engines/simulation";
import { NumberField, SelectField } from "./field-controls";

const STRATEGIES: { label: string; strategy: PlacementStrategy[] }[] = [
  {
    label: "spread(AZ), then binpack(memory)",
    strategy: [
      { type: "spread", field: "attribute:ecs.availability-zone" },
      { type: "binpack", field: "memory" },
    ],
  },
  { label: "binpack(memory)", strategy: [{ type: "binpack", field: "memory" }] },
  { label: "spread(instanceId)", strategy: [{ type: "spread", field: "instanceId" }] },
  { label: "random", strategy: [{ type: "random" }] },
];

function scenario(): PlacementScenario {
  const preset = PRESETS["ecs-placement"];
  if (preset.engine !== "placement") throw new Error("ecs-placement is a placement preset.");
  return preset.scenario;
}

function readInt(params: URLSearchParams, key: string, fallback: number, min: number, max: number): number {
  const value = Number(params.get(key));
  return params.has(key) && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

function ClusterGrid({
  base,
  strategy,
  label,
  taskCount,
  shown,
  constraint,
  seed,
}: {
  base: PlacementScenario;
  strategy: PlacementStrategy[];
  label: string;
  taskCount: number;
  shown: number;
  constraint: PlacementConstraint;
  seed: number;
}) {
  const tasks = useMemo(
    () => Array.from({ length: taskCount }, (_, i) => ({ id: `task-${i + 1}`, cpu: 256, memory: 512 })),
    [taskCount],
  );
  const result = useMemo(
    () => placeTasks(base.cluster, tasks.slice(0, shown), strategy, seed, constraint),
    [base.cluster, tasks, shown, strategy, seed, constraint],
  );
  const zones = tasksPerZone(base.cluster, result);
  const unplaced = result.placements.filter((p) => p.instanceId === null);
  return (
    <section className="sim-cluster" aria-label={`Placement with ${label}`}>
      <h3 className="sim-subheading">{label}</h3>
      <ul className="sim-cluster-grid">
        {base.cluster.instances.map((instance) => {
          const placed = result.placements.filter((p) => p.instanceId === instance.id);
          const free = result.remaining[instance.id]?.memory ?? instance.memory;
          return (
            <li key={instance.id} className="sim-container-instance">
              <span className="sim-ci-name">
                {instance.id} <span className="sim-muted">{instance.availabilityZone}</span>
              </span>
              <span className="sim-ci-tasks" aria-hidden="true">
                {placed.map((p) => (
                  <span key={p.taskId} className="sim-task" title={p.taskId} />
                ))}
              </span>
              <span className="sim-muted">
                {placed.length} task{placed.length === 1 ? "" : "s"} · {free} MiB free
              </span>
            </li>
          );
        })}
      </ul>
      <p className="sim-muted">
        Per zone:{" "}
        {Object.entries(zones)
          .map(([zone, n]) => `${zone} ${n}`)
          .join(" · ")}
        {unplaced.length > 0 ? ` · ${unplaced.length} not placed (${unplaced[0]?.reason ?? ""})` : ""}
      </p>
    </section>
  );
}

/** ECS task placement: the same tasks placed on the same cluster by each strategy, task by task. */
export function PlacementSimulator({ syncUrl = true }: { syncUrl?: boolean }) {
  const id = useId();
  const base = useMemo(() => scenario(), []);
  const [initial] = useState(() => new URLSearchParams(syncUrl ? window.location.search : ""));
  const [taskCount, setTaskCount] = useState(() => readInt(initial, "tasks", base.tasks.length, 1, 48));
  const [shown, setShown] = useState(taskCount);
  const [constraint, setConstraint] = useState<PlacementConstraint>(() =>
    initial.get("constraint") === "distinctInstance" ? "distinctInstance" : base.constraint,
  );
  const [seed, setSeed] = useState(() => readInt(initial, "seed", 1, 0, 2 ** 31 - 1));
  const sync = (next: { tasks?: number; constraint?: PlacementConstraint; seed?: number }) => {
    if (!syncUrl) return;
    const params = new URLSearchParams({
      tasks: String(next.tasks ?? taskCount),
      constraint: next.constraint ?? constraint,
      seed: String(next.seed ?? seed),
    });
    window.history.replaceState(null, "", `${window.location.pathname}?${params.toString()}`);
  };
  return (
    <div className="sim">
      <div className="sim-layout">
        <section className="sim-settings" aria-label="Settings">
          <h2 className="sim-subheading">Settings</h2>
          <NumberField
            label="Tasks (256 CPU units, 512 MiB each)"
            value={taskCount}
            min={1}
            max={48}
            onChange={(v) => {
              const n = Math.min(48, Math.max(1, Math.round(v)));
              setTaskCount(n);
              setShown(n);
              sync({ tasks: n });
            }}
          />
          <SelectField
            label="Constraint"
            value={constraint}
            options={[
              { value: "none", label: "None" },
              { value: "distinctInstance", label: "distinctInstance" },
            ]}
            onChange={(v) => {
              const next = v === "distinctInstance" ? "distinctInstance" : "none";
              setConstraint(next);
              sync({ constraint: next });
            }}
          />
          <NumberField
            label="Seed (breaks ties)"
            value={seed}
            min={0}
            max={2 ** 31 - 1}
            onChange={(v) => {
              if (!Number.isInteger(v)) return;
              setSeed(v);
              sync({ seed: v });
            }}
          />
        </section>
        <div className="sim-stage">
          <div className="sim-scrub">
            <label htmlFor={`${id}-placed`}>Tasks placed</label>
            <input
              id={`${id}-placed`}
              type="range"
              min={0}
              max={taskCount}
              value={shown}
              onChange={(e) => setShown(Number(e.target.value))}
            />
            <output htmlFor={`${id}-placed`}>
              {shown} of {taskCount}
            </output>
          </div>
          <p className="sim-narration" aria-live="polite">
            {shown === 0
              ? "No tasks placed yet. Move the slider to place them one by one."
              : `Task ${shown} placed. Each strategy chooses among instances with enough free CPU and memory${constraint === "distinctInstance" ? " that run no task yet" : ""}.`}
          </p>
          <div className="sim-cluster-list">
            {STRATEGIES.map((s) => (
              <ClusterGrid
                key={s.label}
                base={base}
                strategy={s.strategy}
                label={s.label}
                taskCount={taskCount}
                shown={shown}
                constraint={constraint}
                seed={seed}
              />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
