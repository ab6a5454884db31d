// Runs every benchmark one after another, prints their figures side by side with the machine they
// ran on, and writes the same to bench/.results/<timestamp>.md. See docs/benchmarks.md.
// Run: npm run bench [-- --quick] [-- --only rules-evaluate,api-read]
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';
import { parseFlags, resolveOptions } from './support/cli';
import { describeMachine } from './support/machine';
import { reportMarkdown, reportText, type RunReport } from './support/report';
import { formatResult, type BenchResult } from './support/result';

/** In the order they run: the quick, pure ones first, so a failure later still leaves figures. */
export const BENCHMARKS = ['rules-evaluate', 'rule-change-preview', 'workflow-footprint', 'api-read', 'web-pages', 'lifecycle-vs-bare', 'notices-at-scale', 'rule-change-rollout'] as const;

const Options = z
  .object({
    quick: z.coerce.boolean(),
    /** Comma-separated names to run (default: all). */
    only: z.string(),
  })
  .strict();
type Options = z.infer<typeof Options>;

type Bench = { run(options?: { quick?: boolean }): Promise<BenchResult> };

export async function runAll(given: Partial<Options> = {}): Promise<RunReport> {
  const o = resolveOptions(Options, { quick: false, only: '' }, {}, given);
  const chosen = o.only ? o.only.split(',').map((s) => s.trim()) : [...BENCHMARKS];
  const unknown = chosen.filter((n) => !(BENCHMARKS as readonly string[]).includes(n));
  if (unknown.length)
    throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.join(', ')}`);

  const report: RunReport = {
    startedAt: new Date(),
    seconds: 0,
    quick: o.quick,
    machine: { before: describeMachine(), after: describeMachine() },
    results: [],
    missing: {},
  };
  const began = performance.now();
  for (const name of chosen) {
    const file = join(__dirname, `${name}.ts`);
    if (!existsSync(file)) {
      report.missing[name] = `bench/${name}.ts does not exist yet`;
      console.error(`[run-all] ${name}: skipped, bench/${name}.ts does not exist yet`);
      continue;
    }
    console.error(`[run-all] ${name}: running${o.quick ? ' (--quick)' : ''}...`);
    const t0 = performance.now();
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const bench = require(file) as Bench;
      const result = await bench.run({ quick: o.quick });
      report.results.push({ name, result });
      console.error(
        `${formatResult(result)}\n[run-all] ${name}: ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
    } catch (err) {
      report.missing[name] = `failed: ${err instanceof Error ? err.message : String(err)}`;
      console.error(`[run-all] ${name}: FAILED after ${((performance.now() - t0) / 1000).toFixed(0)} s`, err);
    }
  }
  report.seconds = (performance.now() - began) / 1000;
  report.machine.after = describeMachine();
  return report;
}

if (require.main === module) {
  Promise.resolve()
    .then(() => runAll(parseFlags(process.argv.slice(2)) as Partial<Options>))
    .then(
      (report) => {
        const dir = join(__dirname, '.results');
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `${report.startedAt.toISOString().replace(/[:.]/g, '-')}.md`);
        writeFileSync(file, reportMarkdown(report));
        console.log(`\n${reportText(report)}\n\nWritten to ${file}`);
        process.exit(Object.values(report.missing).some((why) => why.startsWith('failed')) ? 1 : 0);
      },
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
}
