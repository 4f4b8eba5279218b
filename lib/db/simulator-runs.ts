import type { SimulatorRunInput } from "@/lib/validations/simulator-run";
import type { Db } from "./client";

/** A simulator run as pages and the export see it. */
export interface SimulatorRunDto extends SimulatorRunInput {
  finishedAt: Date;
}

/**
 * Records that the learner played a run to the end. One row per learner, simulator and
 * configuration: replaying the same run only moves its time forward, so the call is idempotent.
 */
export async function recordSimulatorRun(
  client: Db,
  input: SimulatorRunInput & { learnerId: string; now: Date },
): Promise<void> {
  const { learnerId, engine, config, outcome, durationS, now } = input;
  const key = { learnerId_engine_config: { learnerId, engine, config } };
  try {
    await client.simulatorRun.upsert({
      where: key,
      update: { outcome, durationS, finishedAt: now },
      create: { learnerId, engine, config, outcome, durationS, finishedAt: now },
    });
  } catch (error) {
    // Two tabs finishing the same run together: the loser of the insert race updates instead.
    if (!(typeof error === "object" && error !== null && "code" in error && error.code === "P2002")) throw error;
    await client.simulatorRun.update({ where: key, data: { outcome, durationS, finishedAt: now } });
  }
}

/** The learner's most recent runs, newest first. */
export async function recentSimulatorRuns(client: Db, learnerId: string, take = 20): Promise<SimulatorRunDto[]> {
  const rows = await client.simulatorRun.findMany({
    where: { learnerId },
    orderBy: { finishedAt: "desc" },
    take,
  });
  return rows.map(({ engine, config, outcome, durationS, finishedAt }) => ({
    engine: engine as SimulatorRunDto["engine"],
    config,
    outcome: outcome as SimulatorRunDto["outcome"],
    durationS,
    finishedAt,
  }));
}
