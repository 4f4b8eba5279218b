import type { Metadata } from "next";
import Link from "next/link";
import { ScoreTrend } from "@/components/exam/score-trend";
import { StartExamForm } from "@/components/exam/start-exam-form";
import { loadBlueprints } from "@/lib/content/blueprints";
import { listAttempts } from "@/lib/db/attempts";
import { db } from "@/lib/db/client";
import { currentLearner } from "@/lib/auth/current-learner";
import { AREAS, DOMAIN_TITLES, EXAM_DOMAINS } from "@/lib/engines/taxonomy";
import { startExam } from "./actions";

export const metadata: Metadata = { title: "Exam" };
export const dynamic = "force-dynamic";

const STATUS_LABEL = { in_progress: "in progress", submitted: "submitted", expired: "time ran out" } as const;

export default async function ExamPage() {
  const blueprints = loadBlueprints();
  const learner = await currentLearner();
  const attempts = await listAttempts(db(), learner.id);
  const open = attempts.filter((a) => a.status === "in_progress");
  const finished = attempts.filter((a) => a.scaledScore !== null);
  const trend = [...finished]
    .reverse()
    .map((a) => ({ label: a.startedAt.toISOString().slice(0, 10), score: a.scaledScore ?? 100 }));

  return (
    <>
      <h1>Practice exams</h1>
      <p className="lead">
        Timed exams in the DVA-C02 format. The clock runs on the server: close the tab, come back later or switch
        browsers, and the exam resumes where you left it, with the right time left. Keys arrive only after you submit.
      </p>
      {open.length > 0 ? (
        <section aria-labelledby="open-heading" className="notice">
          <h2 id="open-heading">In progress</h2>
          <ul>
            {open.map((a) => (
              <li key={a.id}>
                <Link href={`/exam/${a.id}`}>Resume {a.title}</Link> (deadline {a.deadline.toISOString().slice(11, 16)}{" "}
                UTC)
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ul className="card-grid exam-cards">
        {blueprints.map((blueprint) => (
          <li key={blueprint.id} className="card">
            <h2>{blueprint.title}</h2>
            <p>{blueprint.description}</p>
            <StartExamForm
              blueprint={blueprint.id}
              label={`Start (${blueprint.questionCount} questions, ${blueprint.minutes} min)`}
              unscoredCount={blueprint.unscoredCount}
              start={startExam}
            />
          </li>
        ))}
        <li className="card">
          <h2>Custom exam</h2>
          <p>Your count, your time limit, the areas or domains you choose.</p>
          <StartExamForm
            blueprint="custom"
            label="Start custom exam"
            unscoredCount={0}
            start={startExam}
            custom={{
              areas: AREAS.map((a) => ({ value: a.slug, label: a.title })),
              domains: EXAM_DOMAINS.map((d) => ({ value: d, label: `${d} ${DOMAIN_TITLES[d]}` })),
            }}
          />
        </li>
      </ul>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        {attempts.length === 0 ? (
          <p>No exams yet.</p>
        ) : (
          <>
            <ScoreTrend points={trend} passScaled={720} />
            <table className="summary-table">
              <caption>Your exams, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Started</th>
                  <th scope="col">Exam</th>
                  <th scope="col">Status</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {attempts.map((a) => (
                  <tr key={a.id}>
                    <td>{a.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
                    <th scope="row">
                      <Link href={a.status === "in_progress" ? `/exam/${a.id}` : `/exam/${a.id}/results`}>
                        {a.title}
                      </Link>
                    </th>
                    <td>{STATUS_LABEL[a.status]}</td>
                    <td>{a.scaledScore === null ? "–" : `${a.scaledScore} ${a.passed ? "(pass)" : "(fail)"}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}
