import type { Metadata } from "next";
import { loadGlossary } from "@/lib/content/glossary";
import { areaTitle, type AreaSlug } from "@/lib/engines/taxonomy";

export const metadata: Metadata = { title: "Glossary" };

export default function GlossaryPage() {
  const terms = loadGlossary();
  return (
    <>
      <h1>Glossary</h1>
      <p className="lead">Every term the notes define: {terms.length} in all.</p>
      <dl className="glossary">
        {terms.map((term) => (
          <div key={term.id} id={term.id} className="glossary-entry">
            <dt>{term.term}</dt>
            <dd>
              {term.definition} <span className="card-meta">({areaTitle(term.area as AreaSlug)})</span>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
