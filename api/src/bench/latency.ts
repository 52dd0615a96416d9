/** Latency figures of one measured run. */
export interface Summary {
  medianMs: number;
  p99Ms: number;
  requestsPerSecond: number;
  results: number;
}

/** Nearest-rank percentile of sorted values, `fraction` in (0, 1]. */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) throw new Error('percentile of no values');
  const rank = Math.ceil(fraction * sorted.length);

  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(
  latenciesMs: number[],
  elapsedMs: number,
  results: number,
): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);

  return {
    medianMs: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    requestsPerSecond: (latenciesMs.length / elapsedMs) * 1000,
    results,
  };
}
