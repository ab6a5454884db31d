/** Command latencies in milliseconds, kept whole so percentiles are exact. */
export class Latencies {
  private readonly ms: number[] = [];

  record(ms: number): void {
    this.ms.push(ms);
  }

  get count(): number {
    return this.ms.length;
  }

  /** The nearest-rank percentile (p in 0-100). */
  percentile(p: number): number {
    if (!this.ms.length) return NaN;
    const sorted = [...this.ms].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  }
}

/** Times one call into the latencies. */
export async function timed<T>(latencies: Latencies, call: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await call();
  latencies.record(performance.now() - t0);
  return result;
}
