import type { Metadata } from "next";
import { ComingNext } from "@/components/layout/coming-next";

export const metadata: Metadata = { title: "Progress" };

export default function ProgressPage() {
  return (
    <ComingNext title="Progress" lead="Readiness by domain, exam history and study streaks.">
      <p>Your progress appears here once you have practised or taken an exam.</p>
    </ComingNext>
  );
}
