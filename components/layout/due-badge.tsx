"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

export interface DueBadgeProps {
  loadDueCount: () => Promise<number>;
}

/** The number of reviews due, next to Review in the navigation; refreshed on every navigation. */
export function DueBadge({ loadDueCount }: DueBadgeProps) {
  const pathname = usePathname();
  const [due, setDue] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    loadDueCount().then(
      (count) => live && setDue(count),
      () => live && setDue(null),
    );
    return () => {
      live = false;
    };
  }, [pathname, loadDueCount]);
  if (!due) return null;
  return (
    <span className="due-badge" aria-label={`${due} due`}>
      {due}
    </span>
  );
}
