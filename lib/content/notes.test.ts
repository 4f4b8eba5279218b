import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createNoteSearch } from "@/lib/engines/search/note-search";
import { AREAS } from "@/lib/engines/taxonomy";
import { ContentValidationError } from "./errors";
import { VALID_NOTE_FRONTMATTER } from "./note-fixtures";
import { loadNotes } from "./notes";
import { loadQuestionBank } from "./questions";
import { buildQuestionDocuments, buildSearchDocuments } from "./search/build-index";

const GOOD_FRONTMATTER = VALID_NOTE_FRONTMATTER;
const GOOD_BODY = `
Intro.

## Worked scenario

Text with a <Term id="task-role">task role</Term>.

<ExamTip>Remember this.</ExamTip>

<Trap answer="The wrong thing">Because.</Trap>
`;

/** A throw-away content folder with one note and a glossary. */
function fixture(note: string, file = "ecs/sample.mdx"): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "rollout-content-"));
  fs.mkdirSync(path.join(root, "notes", path.dirname(file)), { recursive: true });
  fs.mkdirSync(path.join(root, "glossary"));
  fs.writeFileSync(path.join(root, "notes", file), note);
  fs.writeFileSync(
    path.join(root, "glossary", "ecs.json"),
    JSON.stringify({ "task-role": { term: "Task role", definition: "The role your code uses." } }),
  );
  return root;
}

function problemsOf(root: string): string {
  try {
    loadNotes(root);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentValidationError);
    return (error as Error).message;
  }
  throw new Error("expected the content to be rejected");
}

describe("note validation", () => {
  it("accepts a well-formed note", () => {
    expect(loadNotes(fixture(GOOD_FRONTMATTER + GOOD_BODY))).toHaveLength(1);
  });

  it("rejects a bad frontmatter field, naming the file, the field's line and the field", () => {
    const message = problemsOf(fixture(GOOD_FRONTMATTER.replace("domains: [D3]", "domains: [D9]") + GOOD_BODY));
    expect(message).toMatch(/notes\/ecs\/sample\.mdx:6: frontmatter: domains\.0: must be one of D1, D2, D3, D4/);
  });

  it("rejects a note filed under the wrong area", () => {
    expect(problemsOf(fixture(GOOD_FRONTMATTER + GOOD_BODY, "xray/sample.mdx"))).toMatch(
      /area is "ecs" but the file is in notes\/xray/,
    );
  });

  it("rejects an unknown MDX component with its line", () => {
    const message = problemsOf(fixture(GOOD_FRONTMATTER + GOOD_BODY + "\n<Marquee>hi</Marquee>\n"));
    expect(message).toMatch(/sample\.mdx:\d+: unknown MDX component <Marquee>/);
  });

  it("rejects a broken internal link and an unknown section anchor", () => {
    const message = problemsOf(
      fixture(GOOD_FRONTMATTER + GOOD_BODY + "\n[a](/notes/ecs/missing) and [b](/notes/ecs/sample#nowhere)\n"),
    );
    expect(message).toMatch(/broken link \/notes\/ecs\/missing: no such page/);
    expect(message).toMatch(/broken link \/notes\/ecs\/sample#nowhere: no section #nowhere/);
  });

  it("rejects unknown glossary terms, simulator presets and question ids", () => {
    const extra = '\n<Term id="nope">x</Term> <Simulator preset="warp-drive" /> <QuickCheck ids={["zz-001"]} />\n';
    const message = problemsOf(fixture(GOOD_FRONTMATTER + GOOD_BODY + extra));
    expect(message).toMatch(/<Term id="nope"> is not in content\/glossary/);
    expect(message).toMatch(/unknown simulator preset "warp-drive"/);
    expect(message).toMatch(/<QuickCheck> names unknown question "zz-001"/);
  });

  it("requires an exam tip, a trap and a worked scenario", () => {
    const message = problemsOf(fixture(GOOD_FRONTMATTER + "\n## Only section\n\nText.\n"));
    expect(message).toMatch(/needs at least one <ExamTip>/);
    expect(message).toMatch(/needs at least one <Trap>/);
    expect(message).toMatch(/needs a "## Worked scenario" section/);
  });
});

describe("the notes in content/", () => {
  const notes = loadNotes();

  it("has at least 25 notes and every area has a home", () => {
    expect(notes.length).toBeGreaterThanOrEqual(25);
    for (const area of AREAS)
      expect(
        notes.some((note) => note.area === area.slug),
        area.slug,
      ).toBe(true);
  });

  it("has the topics the study-notes issue lists", () => {
    const slugs = new Set(notes.map((note) => note.slug));
    for (const slug of [
      "elastic-beanstalk/deployment-policies",
      "elastic-beanstalk/blue-green",
      "elastic-beanstalk/configuration",
      "elastic-beanstalk/docker",
      "ecs/iam-roles",
      "ecs/deployments",
      "codedeploy-cicd/appspec-and-hooks",
      "xray/sampling",
      "networking/security-groups-and-nacls",
      "networking/troubleshooting",
      "docker-cicd/pipeline-to-beanstalk",
      "storage-data/elasticache",
      "compute-iam/cli-sdk-credentials",
    ]) {
      expect(slugs.has(slug), slug).toBe(true);
    }
  });

  it("lands a search for 'immutable' on the Elastic Beanstalk immutable section, with questions ranked after notes", () => {
    const search = createNoteSearch([...buildSearchDocuments(notes), ...buildQuestionDocuments(loadQuestionBank())]);
    expect(search.search("immutable").some((hit) => hit.href.startsWith("/practice/question/"))).toBe(true);
    const [first] = search.search("immutable");
    expect(first?.href).toMatch(/^\/notes\/elastic-beanstalk\/[a-z-]+#[a-z-]*immutable/);
  });
});
