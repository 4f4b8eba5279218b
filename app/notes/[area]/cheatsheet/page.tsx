import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadNotes } from "@/lib/content/notes";
import { AREAS, areaTitle, type AreaSlug } from "@/lib/engines/taxonomy";

type Params = { area: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const withNotes = new Set(loadNotes().map((note) => note.area));
  return AREAS.filter((area) => withNotes.has(area.slug)).map((area) => ({ area: area.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { area } = await params;
  return { title: `${areaTitle(area as AreaSlug)} cheat sheet` };
}

/** One printable page per area: each note's summary, exam tips and traps. */
export default async function CheatSheetPage({ params }: { params: Promise<Params> }) {
  const { area } = await params;
  const notes = loadNotes().filter((note) => note.area === area);
  if (notes.length === 0) notFound();
  return (
    <div className="cheatsheet">
      <p className="no-print">
        <Link href="/notes">Notes</Link> · Print this page for a one-page summary (A4 or Letter).
      </p>
      <h1>{areaTitle(area as AreaSlug)} cheat sheet</h1>
      {notes.map((note) => {
        const tips = note.analysis.components.filter((c) => c.name === "ExamTip");
        const traps = note.analysis.components.filter((c) => c.name === "Trap");
        return (
          <section key={note.slug} className="cheatsheet-note" aria-labelledby={`cs-${note.topic}`}>
            <h2 id={`cs-${note.topic}`}>
              <Link href={`/notes/${note.slug}`}>{note.frontmatter.title}</Link>
            </h2>
            <p>{note.frontmatter.summary}</p>
            <ul>
              {tips.map((tip, index) => (
                <li key={`tip-${index}`}>
                  <strong>Tip:</strong> {tip.text}
                </li>
              ))}
              {traps.map((trap, index) => (
                <li key={`trap-${index}`}>
                  <strong>Trap:</strong> “{String(trap.props.answer)}”: {trap.text}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
