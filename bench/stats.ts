/**
 * Summaries of timing samples. Percentiles use the nearest-rank method, so a reported p99 is a time that
 * was actually measured, never an interpolation between two.
 */

/** The summary of a list of durations in milliseconds. */
export interface Summary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** The nearest-rank `p`-th percentile (0 < p ≤ 100) of an ascending list. */
export function percentile(ascending: readonly number[], p: number): number {
  if (ascending.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * ascending.length);
  return ascending[Math.min(Math.max(rank, 1), ascending.length) - 1] as number;
}

/** Summarises durations; the input is not changed. */
export function summarise(samples: readonly number[]): Summary {
  const ascending = [...samples].sort((a, b) => a - b);
  const total = ascending.reduce((sum, value) => sum + value, 0);
  return {
    count: ascending.length,
    p50: percentile(ascending, 50),
    p99: percentile(ascending, 99),
    max: ascending[ascending.length - 1] ?? Number.NaN,
    mean: ascending.length > 0 ? total / ascending.length : Number.NaN,
  };
}

/** Runs `action` and returns how long it took in milliseconds, with what it returned. */
export function timed<T>(action: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = action();
  return { ms: performance.now() - start, value };
}

/** Runs an async `action` and returns how long it took in milliseconds, with what it resolved to. */
export async function timedAsync<T>(action: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await action();
  return { ms: performance.now() - start, value };
}
