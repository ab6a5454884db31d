// Benchmark (not a test): full-rulebook evaluations per second for one notice with ~4 years of
// realistic facts (the Trafford fixture: monthly boards, six-monthly reviews, progress updates).
// Pure CPU, one thread: the cost every command and every `state` query pays inside the workflow.
// Per command: what the workflow pays for the rules when one command is appended to the notice as
// it stood (incremental evaluation with the memo of the log before it), beside a full evaluation.
// Run: npx ts-node -r tsconfig-paths/register --transpile-only bench/rules-evaluate.ts [--quick] [--seconds 5]
import { z } from 'zod';
import { addDays } from '@cs/domain';
import { checkOnce, evaluate, evaluateIncrementally, type RulesMemo } from '@cs/rules';
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
    /** Seconds spent on each of the per-command figures. */
    commandSeconds: z.coerce.number().positive(),
    /** The last N facts of the notice, each taken in turn as the command appended to those before it. */
    commands: z.coerce.number().int().positive(),
  })
  .strict(); // a mistyped flag is an error, not a silent default
export type Options = z.infer<typeof OptionsSchema>;

const defaults: Options = { quick: false, seconds: 5, fullSeconds: 3, commandSeconds: 3, commands: 40 };
const quick: Partial<Options> = { seconds: 1, fullSeconds: 1, commandSeconds: 1, commands: 20 };

const LATEST = '2023-02-20';

export async function run(options: Partial<Options> = {}): Promise<BenchResult> {
  const o = resolveOptions(OptionsSchema, defaults, quick, options);
  const facts = traffordNoticeFacts();
  const asOfs = Array.from({ length: 50 }, (_, i) => addDays('2019-06-01', i * 28)); // spread over the notice's life
  let i = 0;
  const spread = () => evaluate({ kind: 'improvement-notice', facts, asOf: asOfs[i++ % asOfs.length] });
  const latest = () => evaluate({ kind: 'improvement-notice', facts, asOf: LATEST });

  // First, alone in a fresh process: what the workflow pays per command (see perCommand).
  const checked = traffordNoticeFacts().map(checkOnce);
  const commands = perCommand(checked, Math.min(o.commands, checked.length - 1), o.commandSeconds);

  for (let w = 0; w < 200; w++) spread(); // warm-up
  const mixed = perSecond(spread, o.seconds);
  const full = perSecond(latest, o.fullSeconds);
  const r = latest();

  // As the workflow holds them: each fact checked once (frozen), the rules asked as of one date.
  const checkedFull = perSecond(() => evaluate({ kind: 'improvement-notice', facts: checked, asOf: LATEST }), o.fullSeconds);
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
      {
        metric: `evaluations, as-of ${LATEST}, facts checked once (as the workflow holds them)`,
        unit: '/s',
        product: checkedFull,
        note: `${(1000 / checkedFull).toFixed(2)} ms each`,
      },
      {
        metric: `a command's rules: one fact appended to the notice (the last ${commands.n} facts in turn, ${checked.length - commands.n}..${checked.length - 1} before it), incremental`,
        unit: 'ms',
        product: commands.incremental.wallMs,
        note: `CPU ${commands.incremental.cpuMs.toFixed(3)} ms; a full evaluation of the same logs ${commands.full.wallMs.toFixed(3)} ms (CPU ${commands.full.cpuMs.toFixed(3)} ms)`,
      },
      {
        metric: "a command's rules: incremental against a full evaluation of the same logs",
        unit: 'x',
        product: commands.incremental.wallMs / commands.full.wallMs,
        note: `CPU ${(commands.incremental.cpuMs / commands.full.cpuMs).toFixed(2)}`,
      },
    ],
  };
}

/**
 * For each of the last `n` facts: the memo of an evaluation of the facts before it, then the cost
 * of the incremental evaluation with it appended, as of LATEST (the workflow asks as of today,
 * once for the log and once with the command in: the first is remembered from the command before).
 * Then the full evaluations of the same logs. Each phase alone (mixing them call by call changes
 * what the JIT makes of the rules), wall time and this process's CPU time per evaluation: on a busy
 * machine the CPU time is the figure to compare.
 */
function perCommand(facts: ReturnType<typeof traffordNoticeFacts>, n: number, seconds: number) {
  const cases: { memo: RulesMemo; input: Parameters<typeof evaluate>[0] }[] = [];
  for (let k = facts.length - n; k < facts.length; k++) {
    const { memo } = evaluateIncrementally({ kind: 'improvement-notice', facts: facts.slice(0, k), asOf: LATEST });
    cases.push({ memo, input: { kind: 'improvement-notice', facts: facts.slice(0, k + 1), asOf: LATEST } });
  }
  const phase = (evaluation: (c: (typeof cases)[number]) => unknown) => {
    for (let w = 0; w < 20; w++) cases.forEach(evaluation); // warm-up
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    let calls = 0;
    while (performance.now() - t0 < seconds * 1000) {
      cases.forEach(evaluation);
      calls += cases.length;
    }
    const used = process.cpuUsage(cpu);
    return { wallMs: (performance.now() - t0) / calls, cpuMs: (used.user + used.system) / 1000 / calls };
  };
  const incremental = phase((c) => evaluateIncrementally(c.input, c.memo));
  const full = phase((c) => evaluate(c.input));
  return { n, incremental, full };
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
