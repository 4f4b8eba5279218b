import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { QuickCheck, type QuickCheckProps } from "@/components/mdx/quick-check";
import { NoteContents } from "@/components/notes/note-contents";
import { compileNote } from "@/lib/content/compile-note";
import { findNote, loadNotes } from "@/lib/content/notes";
import { DOMAIN_TITLES, EXAM_TASKS, areaTitle } from "@/lib/engines/taxonomy";
import { checkQuickAnswer } from "../../../practice/actions";
import { getReadSections, markSectionRead, unmarkSectionRead } from "../../actions";

type Params = { area: string; topic: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return loadNotes().map((note) => ({ area: note.area, topic: note.topic }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { area, topic } = await params;
  const note = findNote(`${area}/${topic}`);
  return note ? { title: note.frontmatter.title, description: note.frontmatter.summary } : {};
}

export default async function NotePage({ params }: { params: Promise<Params> }) {
  const { area, topic } = await params;
  const notes = loadNotes();
  const index = notes.findIndex((n) => n.slug === `${area}/${topic}`);
  const note = notes[index];
  if (!note) notFound();
  const { code, readingMinutes } = await compileNote(note);
  // The compiled note is a plain function of its props (no hooks), so it renders on the server as a call.
  const renderBody = getMDXComponent(code) as (props: { components: Record<string, unknown> }) => ReactNode;
  const components = {
    ...mdxComponents,
    QuickCheck: (props: QuickCheckProps) => <QuickCheck {...props} check={checkQuickAnswer} />,
  };
  const body = renderBody({ components });
  const previous = notes[index - 1];
  const next = notes[index + 1];
  const { frontmatter } = note;

  return (
    <div className="note-layout">
      <article className="note" aria-labelledby="note-title">
        <p className="note-breadcrumb">
          <Link href="/notes">Notes</Link> / {areaTitle(note.area)}
        </p>
        <h1 id="note-title">{frontmatter.title}</h1>
        <p className="lead">{frontmatter.summary}</p>
        <p className="note-meta">
          {readingMinutes} min read · {frontmatter.domains.map((d) => `${d} ${DOMAIN_TITLES[d]}`).join(", ")} · reviewed{" "}
          {frontmatter.lastReviewed}
        </p>
        <div className="note-body">{body}</div>
        <section aria-labelledby="sources-heading" className="note-sources">
          <h2 id="sources-heading">AWS sources</h2>
          <ul>
            {frontmatter.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url}>{source.title}</a>
              </li>
            ))}
          </ul>
          <p className="note-tasks">
            Exam tasks: {frontmatter.tasks.map((task) => `${task} ${EXAM_TASKS[task]}`).join("; ")}
          </p>
        </section>
        <div id="note-end" />
        <nav aria-label="Previous and next notes" className="note-pager">
          {previous ? (
            <Link href={`/notes/${previous.slug}`} rel="prev">
              ← {previous.frontmatter.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={`/notes/${next.slug}`} rel="next">
              {next.frontmatter.title} →
            </Link>
          ) : null}
        </nav>
      </article>
      <aside className="note-aside">
        <NoteContents
          noteSlug={note.slug}
          headings={note.analysis.headings.map(({ id, text, depth }) => ({ id, text, depth }))}
          loadRead={getReadSections}
          markRead={markSectionRead}
          unmarkRead={unmarkSectionRead}
        />
      </aside>
    </div>
  );
}
