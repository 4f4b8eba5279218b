import type { ReactNode } from "react";

export interface DiagramProps {
  title: string;
  /** The full text alternative: what the diagram shows, for readers who cannot see it. */
  alt: string;
  children: ReactNode;
}

/** An SVG diagram with a caption and a text alternative. */
export function Diagram({ title, alt, children }: DiagramProps) {
  return (
    <figure className="diagram">
      <div role="img" aria-label={alt} className="diagram-art">
        {children}
      </div>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
