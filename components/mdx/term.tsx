import type { ReactNode } from "react";

export interface TermProps {
  id: string;
  /** Filled in at build time from content/glossary (remark-term-definitions). */
  term?: string;
  definition?: string;
  tipId?: string;
  children: ReactNode;
}

/** A glossary term: its definition shows on hover and on keyboard focus, with no JavaScript. */
export function Term({ id, term, definition, tipId, children }: TermProps) {
  return (
    <span className="term">
      <a href={`/notes/glossary#${id}`} className="term-link" aria-describedby={tipId}>
        {children}
      </a>
      <span role="tooltip" id={tipId} className="term-tip">
        <strong>{term}</strong>: {definition}
      </span>
    </span>
  );
}
