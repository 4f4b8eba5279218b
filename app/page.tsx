import Link from "next/link";
import { NAV_ITEMS } from "@/components/layout/nav-items";

const DESCRIPTIONS: Record<(typeof NAV_ITEMS)[number]["href"], string> = {
  "/notes": "Study notes on Elastic Beanstalk, ECS, CodeDeploy, X-Ray and networking.",
  "/practice": "Scenario questions with an explanation for every option.",
  "/review": "Spaced repetition of the questions you missed.",
  "/exam": "Timed practice exams in the real DVA-C02 format.",
  "/simulate": "Watch deployment policies roll out, fail and roll back.",
  "/compare": "Deployment strategies side by side, measured by the simulator.",
  "/progress": "Your scores, readiness and history.",
};

export default function DashboardPage() {
  return (
    <>
      <h1>Prepare for AWS Certified Developer – Associate</h1>
      <p className="lead">
        Rollout teaches the DVA-C02 exam through deployments: read the notes, drill scenario questions, take timed
        exams and run the deployment policies yourself.
      </p>
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
