import type { Metadata } from "next";
import Link from "next/link";
import { findQuestion } from "@/lib/content/questions";
import { db } from "@/lib/db/client";
import { currentLearner } from "@/lib/auth/current-learner";
import { listQuestionReports } from "@/lib/db/reports";

export const metadata: Metadata = { title: "Question reports" };
export const dynamic = "force-dynamic";

export default async function ReportsPage() {
  const learner = await currentLearner();
  const reports = await listQuestionReports(db(), learner.id);
  return (
    <>
      <h1>Question reports</h1>
      <p className="lead">
        Problems you reported with questions. <Link href="/practice">Back to practice</Link>
      </p>
      {reports.length === 0 ? (
        <p>You have not reported any question.</p>
      ) : (
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Your report</th>
              <th scope="col">Status</th>
              <th scope="col">Sent</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.id}>
                <th scope="row">
                  {report.questionId}
                  <br />
                  <span className="card-meta">{findQuestion(report.questionId)?.stem.slice(0, 90)}…</span>
                </th>
                <td>{report.text}</td>
                <td>{report.status}</td>
                <td>{report.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
