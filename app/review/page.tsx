import type { Metadata } from "next";
import { ComingNext } from "@/components/layout/coming-next";

export const metadata: Metadata = { title: "Review" };

export default function ReviewPage() {
  return (
    <ComingNext
      title="Review"
      lead="Spaced repetition (FSRS) brings back each question just before you would forget it."
    >
      <p>Nothing is due: reviews start once you have answered practice questions.</p>
    </ComingNext>
  );
}
