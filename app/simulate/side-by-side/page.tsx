import type { Metadata } from "next";
import Link from "next/link";
import { SimulatorLoader } from "@/components/simulator/simulator-loader";

export const metadata: Metadata = { title: "Side by side" };

export default function SideBySidePage() {
  return (
    <>
      <p className="sim-breadcrumb">
        <Link href="/simulate">Simulators</Link>
      </p>
      <h1>Strategies side by side</h1>
      <p className="lead">
        Two to four strategies on the same fleet with the same failure, played on one clock. Each step is the next
        moment anything changes in any of them.
      </p>
      <SimulatorLoader slug="side-by-side" />
    </>
  );
}
