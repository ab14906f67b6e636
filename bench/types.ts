// One row of the `npm run bench` table.
export interface BenchRow {
  name: string;
  /** The measured value with its unit, e.g. "3.2 ms" or "4,100 req/s". */
  result: string;
  /** The same-run baseline it is compared with, e.g. "JSON.parse 1.9 ms". */
  baseline: string;
  /** result / baseline, stated in the direction the target is stated. */
  ratio: string;
  target: string;
  met: 'yes' | 'no' | 'n/a';
}

/** Percentile of a sorted-or-not sample (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[rank] ?? NaN;
}

export const fmtMs = (ms: number): string => `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
