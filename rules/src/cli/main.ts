// CLI: npm run rules -- --facts file.json --as-of 2020-07-01 [--kind improvement-notice] [--json]
// Prints obligations, flags and open decisions with their explanations. Bad input: exit code 2.
import * as fs from 'fs';
import { evaluate, nextDueDate, RulesInputError } from '../index';
import { parseArgs } from './args';
import { formatText } from './format';

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return args.startsWith('usage:') ? 0 : 2;
  }
  let facts: unknown;
  try {
    const parsed = JSON.parse(fs.readFileSync(args.facts, 'utf8'));
    facts = Array.isArray(parsed) ? parsed : parsed?.facts;
    if (!Array.isArray(facts)) throw new Error('expected a JSON array of facts or { "facts": [...] }');
  } catch (e) {
    process.stderr.write(`cannot read facts from ${args.facts}: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    const result = evaluate({ kind: args.kind, facts: facts as never, asOf: args.asOf, rulebookIds: args.rulebookIds });
    process.stdout.write(args.json ? `${JSON.stringify({ ...result, nextDueOn: nextDueDate(result) ?? null }, null, 2)}\n` : `${formatText(result, nextDueDate(result))}\n`);
    return 0;
  } catch (e) {
    if (e instanceof RulesInputError) {
      process.stderr.write(`invalid input:\n${e.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
