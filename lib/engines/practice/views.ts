import type { QuestionType } from "./grade";

/** What the browser may see of a question before the learner answers: no key, no rationales. */
export interface PublicQuestion {
  id: string;
  type: QuestionType;
  stemHtml: string;
  options: { id: string; html: string }[];
  /** How many options to pick (multi), or how many steps to order. */
  choose: number;
  areaTitle: string;
  topics: string[];
  domain: string;
  difficulty: string;
}

/** What the browser sees after the learner commits an answer. */
export interface QuestionFeedback {
  questionId: string;
  correct: boolean;
  answer: string[];
  selected: string[];
  rationales: { optionId: string; html: string; isKey: boolean }[];
  noteLinks: { href: string; label: string }[];
  sources: { title: string; url: string }[];
  simulatorHref: string | null;
}
