import type { PublicQuestion, QuestionFeedback } from "@/lib/engines/practice/views";
import { areaTitle } from "@/lib/engines/taxonomy";
import { inlineMarkdownToHtml, markdownToHtml } from "./markdown";
import { findNote } from "./notes";
import type { Question } from "./schemas/question";

export type { PublicQuestion, QuestionFeedback };

export function toPublicQuestion(question: Question): PublicQuestion {
  return {
    id: question.id,
    type: question.type,
    stemHtml: markdownToHtml(question.stem),
    options: question.options.map((option) => ({ id: option.id, html: inlineMarkdownToHtml(option.text) })),
    choose: question.type === "order" ? question.options.length : question.answer.length,
    areaTitle: areaTitle(question.area),
    topics: question.topics,
    domain: question.domain,
    difficulty: question.difficulty,
  };
}

/** Links to the note sections a question is about, labelled with the section headings. */
export function noteLinksFor(question: Question): { href: string; label: string }[] {
  return question.notes.map((ref) => {
    const note = findNote(ref.note);
    const heading = note?.analysis.headings.find((h) => h.id === ref.section);
    return {
      href: `/notes/${ref.note}#${ref.section}`,
      label: note ? `${note.frontmatter.title}: ${heading?.text ?? ref.section}` : ref.note,
    };
  });
}

const SIMULATOR_ENGINE_OF_PRESET: Record<string, string> = {
  eb: "elastic-beanstalk",
  "codedeploy-inplace": "codedeploy-server",
  "codedeploy-blue": "codedeploy-server",
  "codedeploy-lambda": "codedeploy-lambda",
  "codedeploy-ecs": "codedeploy-ecs",
  "ecs-rolling": "ecs-rolling",
  "ecs-placement": "ecs-placement",
  "xray-sampling": "xray-sampling",
};

/** The simulator page that replays a preset ("replay this scenario"). */
export function simulatorHref(preset: string): string {
  const prefix = Object.keys(SIMULATOR_ENGINE_OF_PRESET).find((key) => preset.startsWith(key));
  const engine = prefix ? SIMULATOR_ENGINE_OF_PRESET[prefix] : "elastic-beanstalk";
  return `/simulate/${engine}?preset=${preset}`;
}

export function toFeedback(question: Question, selected: string[], correct: boolean): QuestionFeedback {
  return {
    questionId: question.id,
    correct,
    answer: question.answer,
    selected,
    rationales: question.options.map((option) => ({
      optionId: option.id,
      html: markdownToHtml(question.rationales[option.id] ?? ""),
      isKey: question.answer.includes(option.id),
    })),
    noteLinks: noteLinksFor(question),
    sources: question.sources,
    simulatorHref: question.simulatorPreset ? simulatorHref(question.simulatorPreset) : null,
  };
}
