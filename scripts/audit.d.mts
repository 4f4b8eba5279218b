export interface AllowEntry {
  id: string;
  package: string;
  reason: string;
  until?: string;
}
export interface Advisory {
  id: string;
  title: string;
  severity: string;
  packages: string[];
  range: string;
  url: string;
}
export type Judged = Advisory & { status: "blocking" | "allowed" | "expired" | "info"; reason?: string };
export const DEFAULT_ALLOWLIST: string;
export class AuditUnavailableError extends Error {}
export function parseAllowlist(data: unknown): AllowEntry[];
export function advisoriesOf(report: unknown): Advisory[];
export function judge(advisories: Advisory[], allowlist: AllowEntry[], today: Date): Judged[];
