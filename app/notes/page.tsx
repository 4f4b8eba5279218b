import type { Metadata } from "next";
import Link from "next/link";
import { loadNotes } from "@/lib/content/notes";
import { readableSections, readingByArea } from "@/lib/content/reading-plan";
import { db } from "@/lib/db/client";
import { currentLearner } from "@/lib/auth/current-learner";
import { readSectionsByNote } from "@/lib/db/reading";
import { AREAS } from "@/lib/engines/taxonomy";

export const metadata: Metadata = { title: "Notes" };
export const dynamic = "force-dynamic";

export default async function NotesIndexPage() {
  const notes = loadNotes();
  const learner = await currentLearner();
  const readByNote = await readSectionsByNote(db(), learner.id);
  const byArea = new Map(readingByArea(readByNote).map((entry) => [entry.area, entry]));

  return (
    <>
      <h1>Study notes</h1>
      <p className="lead">
        {notes.length} notes in {AREAS.length} areas. A section counts as read when you tick it or scroll through it.
        Press <kbd>/</kbd> to search. <Link href="/notes/glossary">Glossary</Link>
      </p>
      {AREAS.map((area) => {
        const areaNotes = notes.filter((note) => note.area === area.slug);
        if (areaNotes.length === 0) return null;
        const progress = byArea.get(area.slug);
        const percent = progress && progress.total ? Math.round((100 * progress.read) / progress.total) : 0;
        return (
          <section key={area.slug} aria-labelledby={`area-${area.slug}`} className="area-section">
            <div className="area-heading">
              <h2 id={`area-${area.slug}`}>{area.title}</h2>
              <Link href={`/notes/${area.slug}/cheatsheet`}>Cheat sheet</Link>
            </div>
            <p className="area-progress">
              <progress max={100} value={percent} aria-label={`${area.title} reading progress`} /> {progress?.read ?? 0}{" "}
              of {progress?.total ?? 0} sections read ({percent}%)
            </p>
            <ul className="card-grid">
              {areaNotes.map((note) => {
                const sections = readableSections(note);
                const done = sections.filter((s) => readByNote.get(note.slug)?.has(s.id)).length;
                return (
                  <li key={note.slug}>
                    <Link className="card" href={`/notes/${note.slug}`}>
                      <h3>{note.frontmatter.title}</h3>
                      <p>{note.frontmatter.summary}</p>
                      <p className="card-meta">
                        {done} of {sections.length} sections read
                      </p>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
