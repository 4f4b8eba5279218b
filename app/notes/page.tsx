import type { Metadata } from "next";
import { ComingNext } from "@/components/layout/coming-next";

export const metadata: Metadata = { title: "Notes" };

export default function NotesPage() {
  return (
    <ComingNext title="Study notes" lead="Notes grouped by area, with exam tips, traps and worked scenarios.">
      <p>The notes pipeline is being built. Each area will list its notes here with your reading progress.</p>
    </ComingNext>
  );
}
