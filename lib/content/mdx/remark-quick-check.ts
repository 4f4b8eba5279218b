import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { PublicQuestion } from "@/lib/engines/practice/views";

/**
 * Writes the public view of each <QuickCheck ids> question (stem and options, never the key) into
 * the element at build time, so the note stays static and the questions need no request.
 */
export function remarkQuickCheckQuestions(publicQuestion: (id: string) => PublicQuestion | undefined) {
  return () => (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const element = node as MdxJsxFlowElement;
      if (element.name !== "QuickCheck") return;
      const ids = element.attributes.find(
        (a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === "ids",
      )?.value;
      const list = ids && typeof ids !== "string" ? (JSON.parse(ids.value) as string[]) : [];
      const questions = list.map(publicQuestion).filter((q): q is PublicQuestion => q !== undefined);
      element.attributes.push({ type: "mdxJsxAttribute", name: "questionsJson", value: JSON.stringify(questions) });
    });
  };
}
