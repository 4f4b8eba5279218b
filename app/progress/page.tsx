import type { Metadata } from "next";
import Link from "next/link";
import { HistorySection } from "@/components/progress/history-section";
import { ReadinessPanel } from "@/components/progress/readiness-panel";
import { findQuestion } from "@/lib/content/questions";
import { listAttempts } from "@/lib/db/attempts";
import { db } from "@/lib/db/client";
import { answersSince } from "@/lib/db/evidence";
import { currentLearner } from "@/lib/auth/current-learner";
import { READINESS_MODEL } from "@/lib/engines/readiness";
import { AREAS } from "@/lib/engines/taxonomy";
import { learnerHistory } from "../history";
import { learnerReadiness } from "../readiness";
import { resetData } from "./actions";
import { DataControls } from "@/components/progress/data-controls";
import { SimulatorRuns } from "@/components/progress/simulator-runs";
import { recentSimulatorRuns } from "@/lib/db/simulator-runs";

export const metadata: Metadata = { title: "Progress" };
export const dynamic = "force-dynamic";

async function progressData() {
  const now = new Date();
  const learner = await currentLearner();
  const [progress, answers, attempts, history, simulatorRuns] = await Promise.all([
    learnerReadiness(learner.id, now),
    answersSince(db(), learner.id, new Date(0)),
    listAttempts(db(), learner.id),
    learnerHistory(learner.id, now),
    recentSimulatorRuns(db(), learner.id),
  ]);
  const byArea = AREAS.map((area) => {
    const inArea = answers.filter((a) => findQuestion(a.questionId)?.area === area.slug);
    return { area: area.title, correct: inArea.filter((a) => a.correct).length, total: inArea.length };
  });
  return { progress, byArea, attempts: attempts.filter((a) => a.scaledScore !== null), history, simulatorRuns };
}

export default async function ProgressPage() {
  const { progress, byArea, attempts, history, simulatorRuns } = await progressData();
  return (
    <>
      <h1>Progress</h1>
      <p className="lead">Where you stand against the DVA-C02 blueprint, and how the estimate is made.</p>
      <ReadinessPanel readiness={progress.readiness} answered={progress.answered} passScaled={720} />
      <h2>Accuracy by area</h2>
      <table className="summary-table">
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Right / answered</th>
          </tr>
        </thead>
        <tbody>
          {byArea.map((row) => (
            <tr key={row.area}>
              <th scope="row">{row.area}</th>
              <td>
                {row.total
                  ? `${row.correct} / ${row.total} (${Math.round((100 * row.correct) / row.total)}%)`
                  : "not practised yet"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Exams</h2>
      <p>
        {attempts.length ? `${attempts.length} graded exams.` : "No graded exams yet."}{" "}
        <Link href="/exam">Exam history and trend</Link>
      </p>
      <HistorySection history={history.history} timeZoneIsDefault={history.timeZoneIsDefault} />
      <SimulatorRuns runs={simulatorRuns} />
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>
          Everything you have done (answers, practice sessions, reviews, exams, notes read, simulator runs and reports)
          in one JSON file. Importing merges: importing the same file twice changes nothing.
        </p>
        <DataControls resetData={resetData} />
      </section>
      <section aria-labelledby="model" className="model-doc">
        <h2 id="model">How readiness is estimated</h2>
        <p>
          Rollout predicts the scaled score you would get on a DVA-C02 exam today. It is an estimate with honest error
          bars, not a promise; AWS does not publish how it scales scores.
        </p>
        <ol>
          <li>
            For each domain, it keeps a Beta distribution of your chance of answering that domain&apos;s questions
            right, starting from a loose coin flip (Beta({READINESS_MODEL.priorCorrect}, {READINESS_MODEL.priorWrong})).
          </li>
          <li>
            Every answer in the last 120 days updates it. Answers fade with a half-life of{" "}
            {READINESS_MODEL.halfLifeDays} days. A right answer on a hard question counts{" "}
            {READINESS_MODEL.difficultyWeight.hard}×, on an easy one {READINESS_MODEL.difficultyWeight.easy}×; misses
            are weighted the other way round.
          </li>
          <li>
            A right answer counts only as far as you still remember it: it is multiplied by the spaced-repetition
            model&apos;s (FSRS) recall probability for that question today.
          </li>
          <li>
            Domains are combined by the exam guide&apos;s weights (D1 32%, D2 26%, D3 24%, D4 18%) and mapped to
            100–1000 the same way as Rollout&apos;s exam results: 100 + 900 × share right.
          </li>
          <li>
            The 90% band adds the model&apos;s own uncertainty to the luck of drawing {READINESS_MODEL.scoredQuestions}{" "}
            scored questions, so it narrows with evidence but never to a point. The pass chance is the share of that
            distribution above 720.
          </li>
        </ol>
        <p>
          Consequences: a learner who is excellent in one domain only is not predicted to pass; little or old evidence
          gives a wide band; practising what you have forgotten raises the estimate more than repeating what you know.
        </p>
      </section>
    </>
  );
}
