import { bundleMDX } from "mdx-bundler";
import rehypePrettyCode from "rehype-pretty-code";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { readGlossary } from "./glossary";
import { remarkQuickCheckQuestions } from "./mdx/remark-quick-check";
import { remarkTermDefinitions } from "./mdx/remark-term-definitions";
import { findQuestion } from "./questions";
import { toPublicQuestion } from "./question-views";
import type { NoteSource } from "./notes";

/** A note ready to render: the compiled MDX module as code, plus reading time. */
export interface CompiledNote {
  code: string;
  readingMinutes: number;
}

interface PluginOptions {
  remarkPlugins?: unknown[];
  rehypePlugins?: unknown[];
}

const WORDS_PER_MINUTE = 220;
const compiled = new Map<string, Promise<CompiledNote>>();

async function compile(note: NoteSource): Promise<CompiledNote> {
  const { terms } = readGlossary();
  const result = await bundleMDX({
    source: note.body,
    mdxOptions(mdxOptions) {
      // mdx-bundler's option type comes from a package typescript-eslint cannot resolve; name the part we use.
      const options = mdxOptions as PluginOptions;
      const publicQuestion = (id: string) => {
        const question = findQuestion(id);
        return question ? toPublicQuestion(question) : undefined;
      };
      options.remarkPlugins = [
        ...(options.remarkPlugins ?? []),
        remarkGfm,
        remarkTermDefinitions(terms, note.slug),
        remarkQuickCheckQuestions(publicQuestion),
      ];
      options.rehypePlugins = [
        ...(options.rehypePlugins ?? []),
        rehypeSlug,
        [
          rehypePrettyCode,
          {
            theme: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
            keepBackground: false,
            defaultLang: "text",
          },
        ],
      ];
      // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- the same object, typed by mdx-bundler
      return mdxOptions;
    },
  });
  return { code: result.code, readingMinutes: Math.max(1, Math.round(note.analysis.words / WORDS_PER_MINUTE)) };
}

/**
 * Compiles a note with mdx-bundler: GFM tables, heading anchors (github-slugger, as the TOC uses)
 * and code highlighted by Shiki. Runs at build time from generateStaticParams pages, once per note.
 */
export function compileNote(note: NoteSource): Promise<CompiledNote> {
  let pending = compiled.get(note.slug);
  if (!pending) {
    pending = compile(note);
    compiled.set(note.slug, pending);
  }
  return pending;
}
