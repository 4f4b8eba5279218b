import type { Metadata } from "next";
import Link from "next/link";
import { PracticeBuilder, type BuilderOption } from "@/components/quiz/practice-builder";
import { loadQuestionBank } from "@/lib/content/questions";
import type { Question } from "@/lib/content/schemas/question";
import { db } from "@/lib/db/client";
import { currentLearner } from "@/lib/auth/current-learner";
import { questionHistory } from "@/lib/db/practice";
import { isDueForReview, type QuestionHistory } from "@/lib/engines/practice/select";
import { AREAS, DOMAIN_TITLES, EXAM_DOMAINS } from "@/lib/engines/taxonomy";
import { startPractice } from "./actions";

export const metadata: Metadata = { title: "Practice" };
export const dynamic = "force-dynamic";

const count = (bank: Question[], keep: (q: Question) => boolean) => bank.filter(keep).length;

/** How many questions each pool holds for this learner right now. */
function poolOptions(bank: Question[], history: Map<string, QuestionHistory>, now: Date): BuilderOption[] {
  return [
    { value: "unseen", label: "Unseen", count: count(bank, (q) => !history.has(q.id)) },
    { value: "missed", label: "Missed last time", count: count(bank, (q) => history.get(q.id)?.lastCorrect === false) },
    { value: "due", label: "Due for review", count: count(bank, (q) => isDueForReview(history.get(q.id), now)) },
    { value: "all", label: "All", count: bank.length },
  ];
}

export default async function PracticePage() {
  const bank = loadQuestionBank();
  const learner = await currentLearner();
  const history = await questionHistory(db(), learner.id);
  const areas: BuilderOption[] = AREAS.map((a) => ({
    value: a.slug,
    label: a.title,
    count: count(bank, (q) => q.area === a.slug),
  }));
  const domains: BuilderOption[] = EXAM_DOMAINS.map((d) => ({
    value: d,
    label: `${d} ${DOMAIN_TITLES[d]}`,
    count: count(bank, (q) => q.domain === d),
  }));
  const difficulties: BuilderOption[] = (["easy", "medium", "hard"] as const).map((d) => ({
    value: d,
    label: d[0]?.toUpperCase() + d.slice(1),
    count: count(bank, (q) => q.difficulty === d),
  }));
  const pools = poolOptions(bank, history, new Date());
  const topics = AREAS.map((area) => {
    const inArea = bank.filter((q) => q.area === area.slug);
    const names = [...new Set(inArea.flatMap((q) => q.topics))].sort();
    return {
      area: area.slug,
      areaTitle: area.title,
      options: names.map((t) => ({
        value: t,
        label: t.replaceAll("-", " "),
        count: count(inArea, (q) => q.topics.includes(t)),
      })),
    };
  });

  return (
    <>
      <h1>Practice</h1>
      <p className="lead">
        {bank.length} scenario questions. After each answer you see why every option is right or wrong, with links to
        the notes. Missed questions come back in <Link href="/review">Review</Link>.{" "}
        <Link href="/practice/reports">Your reports</Link>
      </p>
      <PracticeBuilder
        areas={areas}
        topics={topics}
        domains={domains}
        difficulties={difficulties}
        pools={pools}
        start={startPractice}
      />
    </>
  );
}
