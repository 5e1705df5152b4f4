/** Small statistics helpers for the benchmarks. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarise(samples: readonly number[]): { median: number; p95: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), n: sorted.length };
}

export function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

export interface Check {
  name: string;
  value: string;
  target: string;
  ok: boolean;
}

export function printChecks(title: string, checks: readonly Check[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...checks.map((c) => c.name.length));
  for (const check of checks)
    console.log(
      `  ${check.ok ? '✓' : '✗'} ${check.name.padEnd(width)}  ${check.value.padStart(12)}   target ${check.target}`,
    );
}
