/**
 * What every benchmark returns: figures for the product beside the same work done by a bare
 * Temporal baseline (or another floor), so bench/run-all.ts can print them side by side.
 */
export interface BenchRow {
  /** What is measured, e.g. "wall time, full Trafford lifecycle". */
  metric: string;
  unit: string;
  product: number;
  /** The floor the product is compared with; omitted where there is none (rule evaluations). */
  baseline?: number;
  /** product / baseline, oriented so that 1.0 is parity and above 1 means the product costs more. */
  ratio?: number;
  note?: string;
}

export interface BenchResult {
  name: string;
  /** Parameters the run used (counts, rates, durations), printed with the figures. */
  parameters: Record<string, string | number>;
  rows: BenchRow[];
}

/** Costs (time, latency): bigger is worse, so the ratio is product / baseline. */
export function costRatio(product: number, baseline: number): number {
  return product / baseline;
}

/** Rates (commands/s): bigger is better, so the ratio is baseline / product (above 1 = slower). */
export function rateRatio(product: number, baseline: number): number {
  return baseline / product;
}

export function formatResult(result: BenchResult): string {
  const params = Object.entries(result.parameters)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  const lines = [`## ${result.name}${params ? `  (${params})` : ''}`];
  for (const r of result.rows) {
    const base = r.baseline === undefined ? '' : `  baseline ${fmt(r.baseline)} ${r.unit}`;
    const ratio = r.ratio === undefined ? '' : `  ratio ${r.ratio.toFixed(2)}`;
    lines.push(`  ${r.metric}: ${fmt(r.product)} ${r.unit}${base}${ratio}${r.note ? `  (${r.note})` : ''}`);
  }
  return lines.join('\n');
}

function fmt(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3);
}

/** A figure as formatResult prints it (whole numbers from 100 up, else three significant digits). */
export function formatFigure(n: number): string {
  return fmt(n);
}
