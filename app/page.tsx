import Link from "next/link";
import { NAV_ITEMS } from "@/components/layout/nav-items";
import { readingByArea } from "@/lib/content/reading-plan";
import { db } from "@/lib/db/client";
import { currentLearner } from "@/lib/auth/current-learner";
import { listAttempts } from "@/lib/db/attempts";
import { dueCount } from "@/lib/db/reviews";
import { ReadinessPanel } from "@/components/progress/readiness-panel";
import { learnerHistory } from "./history";
import { learnerReadiness } from "./readiness";
import { readSectionsByNote } from "@/lib/db/reading";
import { areaTitle } from "@/lib/engines/taxonomy";

export const dynamic = "force-dynamic";

const DESCRIPTIONS: Record<(typeof NAV_ITEMS)[number]["href"], string> = {
  "/notes": "Study notes on Elastic Beanstalk, ECS, CodeDeploy, X-Ray and networking.",
  "/practice": "Scenario questions with an explanation for every option.",
  "/review": "Spaced repetition of the questions you missed.",
  "/exam": "Timed practice exams in the real DVA-C02 format.",
  "/simulate": "Watch deployment policies roll out, fail and roll back.",
  "/compare": "Deployment strategies side by side, measured by the simulator.",
  "/progress": "Your scores, readiness and history.",
};

/** Everything the dashboard shows, gathered at one moment. */
async function dashboardData() {
  const now = new Date();
  const learner = await currentLearner();
  const [readSections, progress, due, attempts, { history }] = await Promise.all([
    readSectionsByNote(db(), learner.id),
    learnerReadiness(learner.id, now),
    dueCount(db(), learner.id, now),
    listAttempts(db(), learner.id),
    learnerHistory(learner.id, now),
  ]);
  return {
    reading: readingByArea(readSections),
    progress,
    due,
    lastExam: attempts.find((a) => a.scaledScore !== null),
    streak: history.streak,
  };
}

export default async function DashboardPage() {
  const { reading, progress, due, lastExam, streak } = await dashboardData();
  const read = reading.reduce((sum, area) => sum + area.read, 0);
  const total = reading.reduce((sum, area) => sum + area.total, 0);

  return (
    <>
      <h1>Prepare for AWS Certified Developer – Associate</h1>
      <p className="lead">
        Rollout teaches the DVA-C02 exam through deployments: read the notes, drill scenario questions, take timed exams
        and run the deployment policies yourself.
      </p>
      <div className="dashboard-grid">
        <ReadinessPanel readiness={progress.readiness} answered={progress.answered} passScaled={720} />
        <section aria-labelledby="next-heading" className="card">
          <h2 id="next-heading">What to do next</h2>
          <ul className="next-steps">
            <li>
              {due > 0 ? (
                <Link href="/review">
                  Review {due} due {due === 1 ? "question" : "questions"}
                </Link>
              ) : (
                "No reviews due."
              )}
            </li>
            {progress.weakest.map((topic) => (
              <li key={`${topic.area}/${topic.topic}`}>
                Weak spot: {topic.topic.replaceAll("-", " ")} ({topic.correct}/{topic.total} right).{" "}
                <Link href={topic.note}>Read the note</Link> · <Link href="/practice">Practise</Link>
              </li>
            ))}
            {read < total ? (
              <li>
                <Link href="/notes">{total - read} note sections unread</Link>
              </li>
            ) : null}
            <li>
              {lastExam ? (
                <>
                  Last exam: <Link href={`/exam/${lastExam.id}/results`}>{lastExam.title}</Link>, {lastExam.scaledScore}{" "}
                  ({lastExam.passed ? "pass" : "not yet a pass"})
                </>
              ) : (
                <Link href="/exam">Take a first practice exam</Link>
              )}
            </li>
            <li data-testid="dashboard-streak">
              Study streak: {streak.current} {streak.current === 1 ? "day" : "days"}
              {streak.activeToday
                ? " (today counts already)"
                : streak.current > 0
                  ? " (study today to keep it)"
                  : ""}. <Link href="/progress#history">History: scores, accuracy and study time</Link>
            </li>
          </ul>
        </section>
      </div>
      <section aria-labelledby="reading-heading" className="dashboard-reading">
        <h2 id="reading-heading">Reading progress</h2>
        <p>
          {read} of {total} note sections read. <Link href="/notes">Continue reading</Link>
        </p>
        <table className="reading-table">
          <caption className="visually-hidden">Sections read per area</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Sections read</th>
            </tr>
          </thead>
          <tbody>
            {reading.map((area) => (
              <tr key={area.area}>
                <th scope="row">{areaTitle(area.area)}</th>
                <td>
                  <progress
                    max={area.total}
                    value={area.read}
                    aria-label={`${areaTitle(area.area)} reading progress`}
                  />{" "}
                  {area.read} / {area.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ul className="card-grid">
        {NAV_ITEMS.map((item) => (
          <li key={item.href}>
            <Link className="card" href={item.href}>
              <h2>{item.label}</h2>
              <p>{DESCRIPTIONS[item.href]}</p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
