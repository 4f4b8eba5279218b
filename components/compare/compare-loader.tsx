"use client";

import dynamic from "next/dynamic";

/** The comparison runs the simulation engine in the browser, so its code loads after the page. */
export const CompareLoader = dynamic(() => import("./comparison-app").then((m) => m.ComparisonApp), {
  ssr: false,
  // The app is taller than any screen: holding a screen's height keeps the reference table below from
  // jumping when it arrives (layout shift).
  loading: () => <p className="sim-loading compare-loading">Running the simulations…</p>,
});
