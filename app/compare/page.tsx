import type { Metadata } from "next";
import { ComingNext } from "@/components/layout/coming-next";

export const metadata: Metadata = { title: "Compare" };

export default function ComparePage() {
  return (
    <ComingNext
      title="Compare strategies"
      lead="Deployment strategies side by side, with every figure measured by the simulator."
    >
      <p>The comparison table is generated from simulator runs, so it arrives with the simulators.</p>
    </ComingNext>
  );
}
