// Benchmark (not a test): the impact preview of a drafted amendment over 1,000 open notices with
// about four years of facts each (the Trafford fixture, one copy per council): each evaluated under
// the rules in force and under the draft, diffed, and totalled, as GET /rule-changes/{id}/impact
// does once it has the facts. Pure CPU, one thread. The facts' reads (the workflows' `facts`
// query, 16 at a time) are not in this figure.
// Run: npx ts-node -r tsconfig-paths/register --transpile-only bench/rule-change-preview.ts [--quick] [--instruments 1000]
import { z } from 'zod';
import type { AmendmentChange, Fact } from '@cs/domain';
import { impactTotals, previewInstrument } from '@cs/rules';
import { traffordNoticeFacts } from '../rules/src/fixtures/trafford';
import { resolveOptions, runFromCommandLine } from './support/cli';
import type { BenchResult } from './support/result';

const OptionsSchema = z.object({ quick: z.coerce.boolean(), instruments: z.coerce.number().int().positive(), asOf: z.string() }).strict();
export type Options = z.infer<typeof OptionsSchema>;

const defaults: Options = { quick: false, instruments: 1000, asOf: '2021-03-01' };
const quick: Partial<Options> = { instruments: 50 };

// Overrides parameters the Covid letter does not, so the two windows overlap without a conflict.
const draft: AmendmentChange = {
  type: 'amendment',
  amendmentId: 'bench-amendment',
  version: '1',
  title: 'a benchmark letter',
  appliesTo: ['improvement-notice'],
  window: { startOn: '2020-09-01', endOn: '2021-09-01' },
  source: { document: 'A benchmark letter' },
  overrides: [
    { parameter: 'adviser.reportIntervalMonths', value: 2, clause: '(1)' },
    { parameter: 'selfAssessment.leadDays', value: 21, clause: '(2)' },
  ],
};

/** The Trafford notice as another council's: its own objects, so nothing is shared between instruments. */
function copyFor(i: number): Fact[] {
  return traffordNoticeFacts().map((f) => ({ ...f, id: `c${i}-${f.id}` }) as Fact);
}

export async function run(options: Partial<Options> = {}): Promise<BenchResult> {
  const o = resolveOptions(OptionsSchema, defaults, quick, options);
  const instruments = Array.from({ length: o.instruments }, (_, i) => ({ kind: 'improvement-notice' as const, facts: copyFor(i) }));
  previewInstrument(draft, instruments[0], o.asOf); // warm-up: module loads, the registry
  const t0 = performance.now();
  const previews = instruments.map((i) => previewInstrument(draft, i, o.asOf));
  const totals = impactTotals(previews);
  const seconds = (performance.now() - t0) / 1000;
  return {
    name: 'Rule changes: impact preview of a drafted amendment over open notices',
    parameters: { instruments: o.instruments, factsEach: instruments[0].facts.length, asOf: o.asOf },
    rows: [
      { metric: `preview of ${o.instruments} notices (two evaluations and a diff each)`, unit: 's', product: seconds, note: `${totals.affected} affected, ${totals.dueDatesMoved} due dates moved, ${totals.errors} errors; target <= 10 s` },
      { metric: 'per notice', unit: 'ms', product: (seconds * 1000) / o.instruments },
    ],
  };
}

if (require.main === module) runFromCommandLine(run);
