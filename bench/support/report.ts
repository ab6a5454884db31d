import { formatFigure, type BenchResult } from './result';
import { machineLine, type Machine } from './machine';

/** What bench/run-all.ts gathered: every result, and what was skipped or failed and why. */
export interface RunReport {
  startedAt: Date;
  seconds: number;
  quick: boolean;
  machine: { before: Machine; after: Machine };
  /** Each result under its script's name (bench/<name>.ts). */
  results: { name: string; result: BenchResult }[];
  /** Benchmark name to why it has no figures (missing file, or its error). */
  missing: Record<string, string>;
}

const HEADER = ['benchmark', 'metric', 'product', 'baseline', 'ratio'];
const NUMERIC = 2; // columns from here on are right-aligned

/** One row per figure, side by side: benchmark, metric, product, baseline, ratio (and the note). */
function tableRows(results: RunReport['results']): string[][] {
  return results.flatMap(({ name, result }) =>
    result.rows.map((row) => [
      name,
      row.metric,
      `${formatFigure(row.product)} ${row.unit}`,
      row.baseline === undefined ? '' : `${formatFigure(row.baseline)} ${row.unit}`,
      row.ratio === undefined ? '' : row.ratio.toFixed(2),
      row.note ?? '',
    ]),
  );
}

function parameters({ name, result }: RunReport['results'][number]): string {
  const values = Object.entries(result.parameters).map(([k, v]) => `${k}=${v}`);
  return `${name} (${result.name}): ${values.join(' ')}`;
}

function machineLines(report: RunReport): string[] {
  const { before, after } = report.machine;
  return [
    `Machine: ${machineLine(before)}`,
    `Load average (1 min): ${before.load.toFixed(2)} at the start, ${after.load.toFixed(2)} at the end (${before.cores} cores)`,
    `Run: ${report.startedAt.toISOString()}, ${Math.round(report.seconds)} s${report.quick ? ', --quick' : ''}`,
  ];
}

/** The table in aligned columns, for the terminal. */
export function reportText(report: RunReport): string {
  // Notes stay out of the terminal table (each benchmark printed its own above it).
  const rows = [HEADER, ...tableRows(report.results).map((r) => r.slice(0, HEADER.length))];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c >= NUMERIC ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
  return [
    ...machineLines(report),
    '',
    line(rows[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    '',
    ...report.results.map(parameters),
    ...Object.entries(report.missing).map(([name, why]) => `${name}: no figures (${why})`),
  ].join('\n');
}

/** The same as a markdown document (bench/.results/<timestamp>.md). */
export function reportMarkdown(report: RunReport): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `# Benchmarks, ${report.startedAt.toISOString()}`,
    '',
    ...machineLines(report).map((l) => `- ${l}`),
    '',
    `| ${[...HEADER, 'note'].join(' | ')} |`,
    `| ${[...HEADER, 'note'].map((_, c) => (c >= NUMERIC && c < HEADER.length ? '---:' : '---')).join(' | ')} |`,
    ...tableRows(report.results).map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
    '## Parameters',
    '',
    ...report.results.map((r) => `- ${parameters(r)}`),
    ...Object.entries(report.missing).map(([name, why]) => `- ${name}: no figures (${why})`),
    '',
  ].join('\n');
}
