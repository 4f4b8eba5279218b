import type { Metadata } from "next";
import { ComingNext } from "@/components/layout/coming-next";

export const metadata: Metadata = { title: "Exam" };

export default function ExamPage() {
  return (
    <ComingNext
      title="Practice exams"
      lead="65 questions in 130 minutes, drawn by the DVA-C02 blueprint and scored on 100–1000."
    >
      <p>Timed exams open after the question bank is complete.</p>
    </ComingNext>
  );
}
