import type { Db } from "./client";

export interface QuestionReportDto {
  id: string;
  questionId: string;
  text: string;
  status: "open" | "resolved";
  createdAt: Date;
}

/** Stores a learner's report of a problem with a question. */
export async function createQuestionReport(
  client: Db,
  input: { learnerId: string; questionId: string; text: string },
): Promise<string> {
  const report = await client.questionReport.create({ data: input, select: { id: true } });
  return report.id;
}

/** The learner's reports, newest first. */
export async function listQuestionReports(client: Db, learnerId: string): Promise<QuestionReportDto[]> {
  const rows = await client.questionReport.findMany({ where: { learnerId }, orderBy: { createdAt: "desc" } });
  return rows.map((row) => ({
    id: row.id,
    questionId: row.questionId,
    text: row.text,
    status: row.status as "open" | "resolved",
    createdAt: row.createdAt,
  }));
}
