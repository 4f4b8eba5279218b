import Link from "next/link";

export interface SimulatorEmbedProps {
  preset: string;
}

/** Where a note embeds a simulator; an honest placeholder until the simulators land. */
export function SimulatorEmbed({ preset }: SimulatorEmbedProps) {
  return (
    <aside className="embed-placeholder" aria-label="Simulator">
      <p className="callout-title">Simulator: {preset.replaceAll("-", " ")}</p>
      <p>
        An animated run of this deployment will play here once the <Link href="/simulate">simulators</Link> are built.
      </p>
    </aside>
  );
}

export interface QuickCheckProps {
  ids: string[];
}

/** Where a note embeds questions from the bank; a placeholder until practice sessions land. */
export function QuickCheck({ ids }: QuickCheckProps) {
  return (
    <aside className="embed-placeholder" aria-label="Quick check">
      <p className="callout-title">Quick check: {ids.length} questions</p>
      <p>
        These questions will be answerable here once <Link href="/practice">practice sessions</Link> are built.
      </p>
    </aside>
  );
}
