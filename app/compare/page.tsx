import type { Metadata } from "next";
import Link from "next/link";
import { CompareLoader } from "@/components/compare/compare-loader";
import { ReferenceTable } from "@/components/compare/reference-table";

export const metadata: Metadata = { title: "Compare" };

export default function ComparePage() {
  return (
    <>
      <h1>Compare strategies</h1>
      <p className="lead">
        Elastic Beanstalk deployment strategies on the fleet you choose. Nothing in this table is typed by hand: each
        row is measured from simulator runs, so it changes when the fleet, the batch size or the failure changes.
      </p>
      <p>
        <Link href="/simulate/side-by-side">Watch strategies side by side</Link>
      </p>
      <CompareLoader />
      <ReferenceTable />
    </>
  );
}
