"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";

export interface ContentsHeading {
  id: string;
  text: string;
  depth: 2 | 3;
}

type ReadingResult = { ok: true; read: string[] } | { ok: false; error: string };

export interface NoteContentsProps {
  noteSlug: string;
  headings: ContentsHeading[];
  loadRead: (noteSlug: string) => Promise<ReadingResult>;
  markRead: (input: { noteSlug: string; sectionId: string; source: "marked" | "scrolled" }) => Promise<ReadingResult>;
  unmarkRead: (input: { noteSlug: string; sectionId: string }) => Promise<ReadingResult>;
}

/** Sections of the note reached by scrolling past the heading that follows them. */
function useScrolledThrough(sections: string[], onRead: (id: string) => void) {
  useEffect(() => {
    const markers = [...sections.slice(1), "note-end"].map((id) => document.getElementById(id));
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const index = markers.indexOf(entry.target as HTMLElement);
        const finished = sections[index];
        if (finished) onRead(finished);
      }
    });
    markers.forEach((marker) => marker && observer.observe(marker));
    return () => observer.disconnect();
  }, [sections, onRead]);
}

/** The heading nearest the top of the viewport, so the table of contents follows the reader. */
function useCurrentHeading(ids: string[]): string | undefined {
  const [current, setCurrent] = useState<string>();
  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries
          .filter((e) => e.isIntersecting)
          .sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top);
        if (visible[0]) setCurrent(visible[0].target.id);
      },
      { rootMargin: "0px 0px -70% 0px" },
    );
    ids.forEach((id) => {
      const element = document.getElementById(id);
      if (element) observer.observe(element);
    });
    return () => observer.disconnect();
  }, [ids]);
  return current;
}

/** Table of contents with reading progress: tick a section, or scroll through it, to count it read. */
export function NoteContents({ noteSlug, headings, loadRead, markRead, unmarkRead }: NoteContentsProps) {
  const [read, setRead] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string>();
  const sections = useMemo(() => headings.filter((h) => h.depth === 2).map((h) => h.id), [headings]);
  const allIds = useMemo(() => headings.map((h) => h.id), [headings]);
  const current = useCurrentHeading(allIds);
  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  }, [read]);

  const apply = useCallback((result: ReadingResult) => {
    if (result.ok) {
      setRead(new Set(result.read));
      setError(undefined);
    } else setError(result.error);
  }, []);

  useEffect(() => {
    loadRead(noteSlug).then(apply, () => setError("Reading progress could not be loaded."));
  }, [noteSlug, loadRead, apply]);

  const onScrolled = useCallback(
    (sectionId: string) => {
      if (readRef.current.has(sectionId)) return;
      setRead((previous) => new Set(previous).add(sectionId));
      markRead({ noteSlug, sectionId, source: "scrolled" }).then(apply, () =>
        setError("Progress was not saved; it will retry."),
      );
    },
    [noteSlug, markRead, apply],
  );
  useScrolledThrough(sections, onScrolled);

  const toggle = (sectionId: string, checked: boolean) => {
    setRead((previous) => {
      const next = new Set(previous);
      if (checked) next.add(sectionId);
      else next.delete(sectionId);
      return next;
    });
    const request = checked ? markRead({ noteSlug, sectionId, source: "marked" }) : unmarkRead({ noteSlug, sectionId });
    request.then(apply, () => setError("Progress was not saved. Check your connection and try again."));
  };

  const readCount = sections.filter((id) => read.has(id)).length;
  return (
    <nav aria-labelledby="toc-heading" className="note-toc">
      <h2 id="toc-heading" className="toc-title">
        On this page
      </h2>
      <p className="toc-progress" aria-live="polite">
        {readCount} of {sections.length} sections read
      </p>
      {error ? (
        <p role="alert" className="toc-error">
          {error}
        </p>
      ) : null}
      <ol>
        {headings.map((heading) => (
          <li key={heading.id} className={`toc-depth-${heading.depth}`}>
            {heading.depth === 2 ? (
              <input
                type="checkbox"
                checked={read.has(heading.id)}
                onChange={(event) => toggle(heading.id, event.target.checked)}
                aria-label={`Mark "${heading.text}" as read`}
              />
            ) : null}
            <a href={`#${heading.id}`} aria-current={current === heading.id ? "location" : undefined}>
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
