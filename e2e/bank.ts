// Reads the question bank straight from content/ so tests can check what the browser must not see.
import fs from "node:fs";
import path from "node:path";

export interface BankQuestion {
  id: string;
  type: "single" | "multi" | "order";
  options: { id: string; text: string }[];
  answer: string[];
  rationales: Record<string, string>;
}

let bank: Map<string, BankQuestion> | undefined;

export function bankQuestion(id: string): BankQuestion {
  if (!bank) {
    bank = new Map();
    const dir = path.join(process.cwd(), "content", "questions");
    for (const file of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".json")) continue;
      for (const q of JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as BankQuestion[]) bank.set(q.id, q);
    }
  }
  const question = bank.get(id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
}

/** A fragment of rationale text long enough to be unmistakable, free of markdown. */
export function rationaleFragments(question: BankQuestion): string[] {
  return Object.values(question.rationales)
    .map((text) => text.replace(/[`*_]/g, "").split(/[.;:]/)[0]?.trim().slice(0, 40) ?? "")
    .filter((fragment) => fragment.length >= 20 && !/[<>&"']/.test(fragment));
}
