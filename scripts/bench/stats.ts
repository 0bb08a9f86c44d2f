/** Small statistics for the bench: every figure is a median or a quantile of several runs. */

/** The sample at quantile `q` (0–1) of `samples` (nearest rank; 0 when there is none). */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

/** `value` rounded to `digits` decimals, as a number (for the table and the JSON file). */
export function round(value: number, digits = 0): number {
  return Number(value.toFixed(digits));
}

/** Milliseconds `work` took, measured with the monotonic clock. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}
