// Benchmark (not a test): full-rulebook evaluations per second for one notice with ~4 years of
// realistic facts (the Trafford fixture: monthly boards, six-monthly reviews, progress updates).
// Pure CPU, one thread: the cost every command and every `state` query pays inside the workflow.
// Run: npx ts-node -r tsconfig-paths/register --transpile-only bench/rules-evaluate.ts [--quick] [--seconds 5]
import { z } from 'zod';
import { addDays } from '@cs/domain';
import { evaluate } from '@cs/rules';
import { traffordNoticeFacts } from '../rules/src/fixtures/trafford';
import { resolveOptions, runFromCommandLine } from './support/cli';
import type { BenchResult } from './support/result';

const OptionsSchema = z
  .object({
    quick: z.coerce.boolean(),
    /** Seconds of evaluations with as-of dates spread over the notice's life. */
    seconds: z.coerce.number().positive(),
    /** Seconds of evaluations as of 2023-02-20, with all ~4 years of facts in play. */
    fullSeconds: z.coerce.number().positive(),
  })
  .strict(); // a mistyped flag is an error, not a silent default
export type Options = z.infer<typeof OptionsSchema>;

const defaults: Options = { quick: false, seconds: 5, fullSeconds: 3 };
const quick: Partial<Options> = { seconds: 1, fullSeconds: 1 };

const LATEST = '2023-02-20';

export async function run(options: Partial<Options> = {}): Promise<BenchResult> {
  const o = resolveOptions(OptionsSchema, defaults, quick, options);
  const facts = traffordNoticeFacts();
  const asOfs = Array.from({ length: 50 }, (_, i) => addDays('2019-06-01', i * 28)); // spread over the notice's life
  let i = 0;
  const spread = () => evaluate({ kind: 'improvement-notice', facts, asOf: asOfs[i++ % asOfs.length] });
  const latest = () => evaluate({ kind: 'improvement-notice', facts, asOf: LATEST });

  for (let w = 0; w < 200; w++) spread(); // warm-up
  const mixed = perSecond(spread, o.seconds);
  const full = perSecond(latest, o.fullSeconds);
  const r = latest();
  return {
    name: 'Rules: full-rulebook evaluations of the Trafford notice',
    parameters: {
      facts: facts.length,
      from: facts[0].effectiveOn,
      to: facts[facts.length - 1].effectiveOn,
      seconds: o.seconds,
      fullSeconds: o.fullSeconds,
    },
    rows: [
      { metric: "evaluations, as-of spread over the notice's life", unit: '/s', product: mixed },
      {
        metric: `evaluations, as-of ${LATEST} (all facts in play)`,
        unit: '/s',
        product: full,
        note: `${r.obligations.length} obligations, ${r.flags.length} flags, ${r.decisions.length} decisions; ${(1000 / full).toFixed(2)} ms each`,
      },
    ],
  };
}

/** Calls `evaluation` in batches for `seconds` and returns calls per second. */
function perSecond(evaluation: () => unknown, seconds: number): number {
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < seconds * 1000) {
    for (let k = 0; k < 20; k++) evaluation();
    n += 20;
  }
  return (n / (performance.now() - t0)) * 1000;
}

if (require.main === module) runFromCommandLine(run);
