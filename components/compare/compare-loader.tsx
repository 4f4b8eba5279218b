"use client";

import dynamic from "next/dynamic";

/** The comparison runs the simulation engine in the browser, so its code loads after the page. */
export const CompareLoader = dynamic(() => import("./comparison-app").then((m) => m.ComparisonApp), {
  ssr: false,
  loading: () => <p className="sim-loading">Running the simulations…</p>,
});
