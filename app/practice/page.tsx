import type { Metadata } from "next";
import { ComingNext } from "@/components/layout/coming-next";

export const metadata: Metadata = { title: "Practice" };

export default function PracticePage() {
  return (
    <ComingNext
      title="Practice"
      lead="Build a session by area, topic, domain and difficulty, and get feedback after every answer."
    >
      <p>Practice sessions open when the question bank lands.</p>
    </ComingNext>
  );
}
