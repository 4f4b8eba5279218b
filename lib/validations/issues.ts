import type { z } from "zod";

/** The first problem zod found, as "field reason" (or just the reason when the whole input is wrong). */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "it is not valid";
  const reason = issue.message.replace(/\.$/, "");
  return issue.path.length > 0 ? `${issue.path.join(".")} ${reason}` : reason;
}
