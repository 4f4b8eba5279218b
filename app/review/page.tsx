import type { Metadata } from "next";
import Link from "next/link";
import { RetentionForm } from "@/components/quiz/retention-form";
import { db } from "@/lib/db/client";
import { currentLearner } from "@/lib/auth/current-learner";
import { desiredRetention, dueCount } from "@/lib/db/reviews";
import { MAX_PRACTICE_COUNT } from "@/lib/validations/practice";
import { startPractice } from "../practice/actions";
import { ReviewStart } from "@/components/quiz/review-start";
import { saveRetention } from "./actions";

export const metadata: Metadata = { title: "Review" };
export const dynamic = "force-dynamic";

export default async function ReviewPage() {
  const learner = await currentLearner();
  const [due, retention] = await Promise.all([
    dueCount(db(), learner.id, new Date()),
    desiredRetention(db(), learner.id),
  ]);
  return (
    <>
      <h1>Review</h1>
      <p className="lead">
        Spaced repetition (FSRS) brings each question back just before you would forget it. A wrong answer, or a right
        one you guessed, comes back sooner.
      </p>
      <section aria-labelledby="due-heading" className="card review-due">
        <h2 id="due-heading">
          {due} {due === 1 ? "question" : "questions"} due
        </h2>
        {due > 0 ? (
          <ReviewStart count={Math.min(due, MAX_PRACTICE_COUNT)} start={startPractice} />
        ) : (
          <p>
            Nothing is due now. Answer <Link href="/practice">practice questions</Link> and the ones to revisit will
            appear here.
          </p>
        )}
      </section>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <RetentionForm current={retention} save={saveRetention} />
      </section>
    </>
  );
}
