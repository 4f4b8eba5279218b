// Reads the question bank straight from content/ so tests can check what the browser must not see.
import fs from "node:fs";
import path from "node:path";

export interface BankQuestion {
  id: string;
  type: "single" | "multi" | "order";
  stem: string;
  options: { id: string; text: string }[];
  answer: string[];
  rationales: Record<string, string>;
}

let bank: Map<string, BankQuestion> | undefined;

function loadBank(): Map<string, BankQuestion> {
  if (!bank) {
    bank = new Map();
    const dir = path.join(process.cwd(), "content", "questions");
    for (const file of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".json")) continue;
      for (const q of JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as BankQuestion[]) bank.set(q.id, q);
    }
  }
  return bank;
}

export function bankQuestion(id: string): BankQuestion {
  const question = loadBank().get(id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
}

const withoutMarkdown = (text: string) => text.replace(/[`*_]/g, "");

let publicText: string | undefined;

/** Everything the browser may see anyway: the notes (and so the search index) and every stem and option. */
function textThatIsPublic(): string {
  if (publicText === undefined) {
    const dir = path.join(process.cwd(), "content", "notes");
    const notes = fs
      .readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".mdx"))
      .map((file) => fs.readFileSync(path.join(dir, file), "utf8"));
    const questions = [...loadBank().values()].flatMap((q) => [q.stem, ...q.options.map((o) => o.text)]);
    publicText = withoutMarkdown([...notes, ...questions].join("\n"));
  }
  return publicText;
}

/**
 * Fragments of rationale text long enough to be unmistakable, free of markdown, and found nowhere
 * public (a rationale may quote a note the search index carries): seeing one means a leak.
 */
export function rationaleFragments(question: BankQuestion): string[] {
  const visible = textThatIsPublic();
  return Object.values(question.rationales)
    .map((text) => withoutMarkdown(text).split(/[.;:]/)[0]?.trim().slice(0, 40) ?? "")
    .filter((fragment) => fragment.length >= 20 && !/[<>&"']/.test(fragment) && !visible.includes(fragment));
}
