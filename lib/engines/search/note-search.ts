import MiniSearch from "minisearch";

/** A searchable section, as served by /search-index.json. */
export interface SearchDocument {
  id: string;
  href: string;
  note: string;
  section: string;
  area: string;
  text: string;
}

export interface SearchHit {
  id: string;
  href: string;
  note: string;
  section: string;
  area: string;
  excerpt: string;
}

export interface NoteSearch {
  search(query: string, limit?: number): SearchHit[];
}

function excerpt(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  const at = terms.map((term) => lower.indexOf(term.toLowerCase())).find((index) => index >= 0) ?? 0;
  const start = Math.max(0, at - 60);
  return `${start > 0 ? "…" : ""}${text.slice(start, start + 180)}${start + 180 < text.length ? "…" : ""}`;
}

/** Builds the in-browser index: section headings weigh most, then note titles, then text. */
export function createNoteSearch(documents: SearchDocument[]): NoteSearch {
  const index = new MiniSearch<SearchDocument>({
    fields: ["section", "note", "text"],
    storeFields: ["href", "note", "section", "area", "text"],
    searchOptions: {
      boost: { section: 4, note: 2 },
      // Notes first: a question that mentions a term ranks below the section that teaches it.
      boostDocument: (id) => (String(id).startsWith("question:") ? 0.4 : 1),
      prefix: true,
      fuzzy: 0.15,
      combineWith: "AND",
    },
  });
  index.addAll(documents);
  return {
    search(query, limit = 12) {
      const trimmed = query.trim();
      if (!trimmed) return [];
      return index
        .search(trimmed)
        .slice(0, limit)
        .map((result) => {
          const stored = result as unknown as SearchDocument & { terms: string[] };
          return {
            id: String(result.id),
            href: stored.href,
            note: stored.note,
            section: stored.section,
            area: stored.area,
            excerpt: excerpt(stored.text, result.terms),
          };
        });
    },
  };
}
