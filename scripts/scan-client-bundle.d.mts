export const SECRET_NAME: RegExp;
export const LEAK_PATTERNS: { rule: string; pattern: RegExp }[];
export interface Finding {
  file: string;
  rule: string;
  match: string;
  offset: number;
}
export function secretValues(env: Record<string, string | undefined>): { name: string; value: string }[];
export function clientFiles(distDir: string): string[];
export function scanText(text: string, secrets: { name: string; value: string }[]): Omit<Finding, "file">[];
export function scanBuild(
  distDir: string,
  env: Record<string, string | undefined>,
): { files: number; findings: Finding[] };
