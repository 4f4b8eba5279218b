import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { GlossaryTerm } from "../glossary";

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: "mdxJsxAttribute", name, value });

/**
 * Writes each <Term id> glossary entry into the element at build time (term, definition and a
 * unique tooltip id), so the page needs no glossary in the browser.
 */
export function remarkTermDefinitions(terms: Map<string, GlossaryTerm>, noteSlug: string) {
  return () => (tree: Root) => {
    let count = 0;
    visit(tree, (node) => {
      if (node.type !== "mdxJsxTextElement" && node.type !== "mdxJsxFlowElement") return;
      const element = node as MdxJsxTextElement;
      if (element.name !== "Term") return;
      const id = element.attributes.find(
        (a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === "id",
      )?.value;
      const entry = typeof id === "string" ? terms.get(id) : undefined;
      if (!entry) return;
      count += 1;
      element.attributes.push(
        attribute("term", entry.term),
        attribute("definition", entry.definition),
        attribute("tipId", `term-${noteSlug.replace("/", "-")}-${count}`),
      );
    });
  };
}
