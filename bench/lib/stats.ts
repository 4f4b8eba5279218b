/** Percentile (nearest rank) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export interface BenchRow {
  measure: string;
  value: string;
  target: string;
}

export function printRows(title: string, rows: BenchRow[]): void {
  console.log(`\n${title}\n\n| measure | value | target |\n|---|---|---|`);
  for (const row of rows) console.log(`| ${row.measure} | ${row.value} | ${row.target} |`);
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;
