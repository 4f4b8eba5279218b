"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { PresetId } from "@/lib/engines/simulation";

const CompactSimulator = dynamic(() => import("./compact-simulator").then((m) => m.CompactSimulator), {
  ssr: false,
  loading: () => <p className="sim-loading">Loading the simulator…</p>,
});

export interface EmbedLoaderProps {
  preset: PresetId;
}

/**
 * Fetches the simulator's code only when the embed comes near the viewport, so a note page
 * ships little more JavaScript than the bare page.
 */
export function EmbedLoader({ preset }: EmbedLoaderProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: "400px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="sim-embed-body">
      {near ? (
        <CompactSimulator preset={preset} />
      ) : (
        <p className="sim-loading">The simulator loads as you scroll here.</p>
      )}
    </div>
  );
}
