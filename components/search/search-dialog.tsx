"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { NoteSearch, SearchHit } from "@/lib/engines/search/note-search";

let loading: Promise<NoteSearch> | undefined;

/** Fetches the build-time index once and keeps it, so search still works if the server goes away. */
function loadSearch(): Promise<NoteSearch> {
  loading ??= Promise.all([
    import("@/lib/engines/search/note-search"),
    fetch("/search-index.json").then((r) => r.json()),
  ])
    .then(([engine, documents]) => engine.createNoteSearch(documents as Parameters<typeof engine.createNoteSearch>[0]))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** Search over the notes: opened with "/" or Ctrl-K (⌘K), arrow keys to move, Enter to go. */
export function SearchDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<"idle" | "loading" | "ready" | "error">("idle");
  const search = useRef<NoteSearch | null>(null);
  const router = useRouter();
  const listId = useId();

  const prepare = useCallback(() => {
    if (search.current) return;
    setStatus("loading");
    loadSearch().then(
      (ready) => {
        search.current = ready;
        setStatus("ready");
      },
      () => setStatus("error"),
    );
  }, []);

  const open = useCallback(() => {
    prepare();
    dialog.current?.showModal();
  }, [prepare]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut =
        (event.key === "k" && (event.ctrlKey || event.metaKey)) || (event.key === "/" && !isTyping(event.target));
      if (!shortcut || dialog.current?.open) return;
      event.preventDefault();
      open();
    };
    window.addEventListener("keydown", onKey);
    const idle = window.setTimeout(() => void loadSearch().catch(() => undefined), 2_500);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.clearTimeout(idle);
    };
  }, [open]);

  useEffect(() => {
    setHits(search.current?.search(query) ?? []);
    setActive(0);
  }, [query, status]);

  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    dialog.current?.close();
    setQuery("");
    router.push(hit.href);
  };

  const onInputKey = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") setActive((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
    else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
    else if (event.key === "Enter") go(hits[active]);
    else return;
    event.preventDefault();
  };

  return (
    <>
      <button type="button" className="button secondary search-button" onClick={open} aria-keyshortcuts="/ Control+K">
        <span aria-hidden="true">⌕</span> Search <kbd aria-hidden="true">/</kbd>
      </button>
      <dialog ref={dialog} className="search-dialog" aria-label="Search notes" onClose={() => setQuery("")}>
        <div className="search-box">
          <input
            type="search"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
            aria-autocomplete="list"
            aria-label="Search notes"
            placeholder="Search notes…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onInputKey}
            autoFocus
          />
          <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <p className="visually-hidden" aria-live="polite">
          {status === "loading" ? "Loading the search index" : query ? `${hits.length} results` : ""}
        </p>
        {status === "error" ? (
          <p role="alert">The search index could not be loaded. Check your connection and try again.</p>
        ) : null}
        <ul id={listId} role="listbox" aria-label="Results" className="search-results">
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseEnter={() => setActive(index)}
              onClick={() => go(hit)}
            >
              <span className="search-hit-title">{hit.section}</span>
              <span className="search-hit-note">
                {hit.area} › {hit.note}
              </span>
              <span className="search-hit-excerpt">{hit.excerpt}</span>
            </li>
          ))}
        </ul>
        {query && status === "ready" && hits.length === 0 ? <p>No section matches “{query}”.</p> : null}
      </dialog>
    </>
  );
}
