// Reads a note's MDX body into what the app needs to know before compiling it: headings and their
// anchors, the components and links it uses, and its exam tips and traps (for cheat sheets).
import GithubSlugger from "github-slugger";
import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

export interface NoteHeading {
  depth: 2 | 3;
  text: string;
  id: string;
  line: number;
}

export interface JsxUse {
  name: string;
  line: number;
  /** String attributes as written; expression attributes parsed as JSON (undefined if not JSON). */
  props: Record<string, unknown>;
  text: string;
}

export interface NoteAnalysis {
  headings: NoteHeading[];
  components: JsxUse[];
  links: { url: string; line: number }[];
  words: number;
  /** Plain text under each heading id ("" for the text before the first heading), for search. */
  sectionText: Record<string, string>;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

function attributeValue(attribute: MdxJsxAttribute): unknown {
  const { value } = attribute;
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value;
  try {
    return JSON.parse(value.value) as unknown;
  } catch {
    return undefined;
  }
}

function propsOf(node: JsxNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxAttribute") props[attribute.name] = attributeValue(attribute);
  }
  return props;
}

/** Parses an MDX body (without frontmatter). Line numbers are relative to the body. */
export function analyzeMdx(body: string): NoteAnalysis {
  const tree = parser.parse(body);
  const slugger = new GithubSlugger();
  const analysis: NoteAnalysis = { headings: [], components: [], links: [], words: 0, sectionText: { "": "" } };
  let section = "";

  visit(tree, (node: Root | RootContent): "skip" | undefined => {
    const line = node.position?.start.line ?? 0;
    if (node.type === "heading") {
      const heading = node;
      const text = toString(heading);
      const id = slugger.slug(text);
      if (heading.depth === 2 || heading.depth === 3) {
        analysis.headings.push({ depth: heading.depth, text, id, line });
        section = id;
        analysis.sectionText[id] = "";
      }
      return "skip";
    }
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const jsx = node;
      const props = propsOf(jsx);
      if (jsx.name && /^[A-Z]/.test(jsx.name))
        analysis.components.push({ name: jsx.name, line, props, text: toString(jsx) });
      for (const key of ["answer", "alt", "caption"]) {
        if (typeof props[key] === "string") analysis.sectionText[section] += ` ${props[key]}`;
      }
    } else if (node.type === "link") {
      analysis.links.push({ url: node.url, line });
    } else if (node.type === "text" || node.type === "inlineCode") {
      analysis.words += node.value.split(/\s+/).filter(Boolean).length;
      analysis.sectionText[section] += ` ${node.value}`;
    }
    return undefined;
  });
  return analysis;
}
