import Link from "next/link";
import { NAV_ITEMS } from "@/components/layout/nav-items";
import { readingByArea } from "@/lib/content/reading-plan";
import { db } from "@/lib/db/client";
import { currentLearner } from "@/lib/db/learners";
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

export default async function DashboardPage() {
  const learner = await currentLearner(db());
  const reading = readingByArea(await readSectionsByNote(db(), learner.id));
  const read = reading.reduce((sum, area) => sum + area.read, 0);
  const total = reading.reduce((sum, area) => sum + area.total, 0);

  return (
    <>
      <h1>Prepare for AWS Certified Developer – Associate</h1>
      <p className="lead">
        Rollout teaches the DVA-C02 exam through deployments: read the notes, drill scenario questions, take timed exams
        and run the deployment policies yourself.
      </p>
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
