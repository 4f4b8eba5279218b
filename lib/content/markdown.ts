import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);
const cache = new Map<string, string>();

/**
 * Renders the trusted markdown of our own question bank (stems, options, rationales) to HTML on
 * the server; raw HTML in the source is not passed through.
 */
export function markdownToHtml(markdown: string): string {
  let html = cache.get(markdown);
  if (html === undefined) {
    html = String(processor.processSync(markdown));
    cache.set(markdown, html);
  }
  return html;
}

/** Renders a one-line fragment without the wrapping paragraph. */
export function inlineMarkdownToHtml(markdown: string): string {
  return markdownToHtml(markdown).replace(/^<p>([\s\S]*)<\/p>\n?$/, "$1");
}
