import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildHistory, type HistoryAnswer, type HistoryExam } from "@/lib/engines/history";
import { HistoryAccuracyChart } from "./history-accuracy-chart";
import { HistoryActivityChart } from "./history-activity-chart";
import { HistoryExamChart } from "./history-exam-chart";
import { HistorySummary } from "./history-summary";

// Wednesday 2026-05-06 10:00 UTC (2026-W19).
const now = Date.parse("2026-05-06T10:00:00Z");
const answer = (iso: string, correct: boolean, area: HistoryAnswer["area"] = "ecs"): HistoryAnswer => ({
  answeredAt: Date.parse(iso),
  correct,
  area,
  source: "practice",
  sessionId: null,
  sessionStartedAt: null,
});
const exam = (id: string, iso: string, scaledScore: number): HistoryExam => ({
  id,
  title: `Exam ${id}`,
  blueprintId: "dva-c02",
  startedAt: Date.parse(iso) - 3_600_000,
  submittedAt: Date.parse(iso),
  scaledScore,
  passed: scaledScore >= 720,
  passScaled: 720,
  timeSpentMs: 1_800_000,
  answeredCount: 65,
});

const history = buildHistory({
  answers: [
    answer("2026-04-21T10:00:00Z", true),
    answer("2026-04-22T10:00:00Z", false),
    answer("2026-05-05T10:00:00Z", true),
    answer("2026-05-06T09:00:00Z", true, "xray"),
  ],
  exams: [exam("a", "2026-04-20T12:00:00Z", 650), exam("b", "2026-05-04T12:00:00Z", 790)],
  reads: [],
  now,
  timeZone: "UTC",
});
const html = (element: ReturnType<typeof createElement>) => renderToStaticMarkup(element);

describe("history charts", () => {
  it("names each SVG by the chart's visible title and describes it by its summary", () => {
    const markup = html(createElement(HistoryExamChart, { exams: history.exams, since: history.since }));
    expect(markup).toContain('<h3 id="history-exams-title">Exam scores over time</h3>');
    expect(markup).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="history-exams-title"/);
    expect(markup).toContain('aria-describedby="history-exams-summary"');
    expect(markup).toContain("2 graded exams since 8 Nov 2025, 1 passed. Latest 790 on 4 May (passed)");
    // Newest first in the table, each linking to its results.
    expect(markup.indexOf("Exam b")).toBeLessThan(markup.indexOf("Exam a"));
    expect(markup).toContain('href="/exam/b/results"');
  });

  it("shows weeks without answers as gaps in the accuracy table, not zeros", () => {
    const markup = html(createElement(HistoryAccuracyChart, { weeks: history.weeks, areas: history.accuracyByArea }));
    const rows = markup.split("<tr>").slice(2);
    expect(rows).toHaveLength(3); // W19, W18, W17 (newest first)
    expect(rows[0]).toContain("2026-W19");
    expect(rows[0]).toContain("(this week)");
    expect(rows[0]).toContain("100% (1 of 1)"); // ECS and X-Ray both answered this week
    expect(rows[1]).toContain("2026-W18");
    expect(rows[1]?.match(/no answers/g)).toHaveLength(2);
    expect(rows[2]).toContain("50% (1 of 2)");
    expect(markup).not.toContain("0% (0 of 0)");
    expect(markup).toMatch(
      /aria-label="ECS, Fargate and ECR: 67% right over 3 answers in 2 weeks; latest 100% in 2026-W19\."/,
    );
  });

  it("lists the last 28 days newest first with today marked", () => {
    const markup = html(createElement(HistoryActivityChart, { daily: history.daily, today: history.today }));
    expect(markup.match(/<time dateTime=/g)).toHaveLength(28);
    expect(markup).toMatch(/<time dateTime="2026-05-06">Wed 6 May<\/time> \(today\)<\/th><td>1 \(1\)<\/td>/);
  });

  it("sums up the streak and says today already counts", () => {
    const markup = html(createElement(HistorySummary, { history }));
    expect(markup).toContain('<dt class="card-meta">Current streak</dt>');
    expect(markup).toMatch(/Current streak<\/dt><dd[^>]*>3 days<\/dd>/);
    expect(markup).toContain("Today counts already.");
  });

  it("tells a learner without exams or answers what to do", () => {
    const empty = buildHistory({ answers: [], exams: [], reads: [], now, timeZone: "UTC" });
    const exams = html(createElement(HistoryExamChart, { exams: empty.exams, since: empty.since }));
    expect(exams).toContain('href="/exam"');
    expect(exams).not.toContain("<svg");
    const accuracy = html(createElement(HistoryAccuracyChart, { weeks: empty.weeks, areas: empty.accuracyByArea }));
    expect(accuracy).toContain('href="/practice"');
    expect(accuracy).not.toContain("<table");
  });
});
