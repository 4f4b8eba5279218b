import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findQuestion } from "@/lib/content/questions";
import { toPublicQuestion } from "@/lib/content/question-views";
import { practiseOneQuestion } from "../../actions";

export const metadata: Metadata = { title: "Practice question" };

/** Where search results for a question land: a preview (no key) and a way to answer it. */
export default async function QuestionPreviewPage({ params }: { params: Promise<{ questionId: string }> }) {
  const { questionId } = await params;
  const question = findQuestion(questionId);
  if (!question) notFound();
  const view = toPublicQuestion(question);
  return (
    <>
      <p className="note-breadcrumb">
        <Link href="/practice">Practice</Link> / {view.areaTitle}
      </p>
      <h1>Practice question</h1>
      <div className="question-stem" dangerouslySetInnerHTML={{ __html: view.stemHtml }} />
      <form action={practiseOneQuestion}>
        <input type="hidden" name="questionId" value={question.id} />
        <button type="submit" className="button">
          Answer this question
        </button>
      </form>
    </>
  );
}
