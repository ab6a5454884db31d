// Benchmark (not a test): full-rulebook evaluations per second for one notice with ~4 years of
// realistic facts (the Trafford fixture: monthly boards, six-monthly reviews, progress updates).
// Run: npx ts-node -r tsconfig-paths/register --transpile-only rules/bench/evaluate.bench.ts
import * as os from 'os';
import { addDays } from '@cs/domain';
import { evaluate } from '../src';
import { traffordNoticeFacts } from '../src/fixtures/trafford';

const facts = traffordNoticeFacts();
const asOfs = Array.from({ length: 50 }, (_, i) => addDays('2019-06-01', i * 28)); // spread over the notice's life
const run = (n: number) => {
  let obligations = 0;
  for (let i = 0; i < n; i++) obligations += evaluate({ kind: 'improvement-notice', facts, asOf: asOfs[i % asOfs.length] }).obligations.length;
  return obligations;
};

run(200); // warm-up
const latest = () => evaluate({ kind: 'improvement-notice', facts, asOf: '2023-02-20' });
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < 5000) {
  run(20);
  n += 20;
}
const mixed = (n / (performance.now() - t0)) * 1000;
const t1 = performance.now();
let m = 0;
while (performance.now() - t1 < 3000) {
  latest();
  m += 1;
}
const full = (m / (performance.now() - t1)) * 1000;
const r = latest();
console.log(`facts: ${facts.length} (${facts[0].effectiveOn} .. ${facts[facts.length - 1].effectiveOn}); at 2023-02-20: ${r.obligations.length} obligations, ${r.flags.length} flags, ${r.decisions.length} decisions`);
console.log(`evaluations/s, as-of spread over the notice's life: ${mixed.toFixed(0)}`);
console.log(`evaluations/s, as-of 2023-02-20 (all ~4 years of facts in play): ${full.toFixed(0)}`);
console.log(`machine: ${os.cpus().length} cpus (${os.cpus()[0]?.model ?? 'unknown'}), node ${process.version}`);
