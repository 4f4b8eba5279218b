import Link from "next/link";
import { EmbedLoader } from "@/components/simulator/embed-loader";
import { isPresetId, presetHref } from "@/lib/engines/compare/catalog";
import { PRESETS } from "@/lib/engines/simulation";

export interface SimulatorEmbedProps {
  preset: string;
}

/** Where a note embeds a simulator: a compact run of the preset, its code loaded only near the viewport. */
export function SimulatorEmbed({ preset }: SimulatorEmbedProps) {
  if (!isPresetId(preset)) {
    return (
      <aside className="embed-placeholder" aria-label="Simulator">
        <p className="callout-title">Simulator</p>
        <p>
          There is no simulator preset called “{preset}”. Open the <Link href="/simulate">simulators</Link> instead.
        </p>
      </aside>
    );
  }
  const title = PRESETS[preset].title;
  return (
    <aside className="embed-placeholder sim-embed" aria-label={`Simulator: ${title}`}>
      <p className="callout-title">Simulator: {title}</p>
      <EmbedLoader preset={preset} />
      <p>
        <Link href={presetHref(preset)}>Open in the full simulator</Link> to change the settings or inject a failure.
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
