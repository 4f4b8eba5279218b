import Link from "next/link";
import type { ReactNode } from "react";

export interface ComingNextProps {
  title: string;
  lead: string;
  /** What this section will do, said plainly; shown until the feature lands. */
  children: ReactNode;
}

/** An honest placeholder for a section whose feature has not landed yet. */
export function ComingNext({ title, lead, children }: ComingNextProps) {
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
      <section className="notice" aria-labelledby="coming-next-heading">
        <h2 id="coming-next-heading">Not built yet</h2>
        {children}
        <p>
          <Link href="/">Back to the dashboard</Link>
        </p>
      </section>
    </>
  );
}
