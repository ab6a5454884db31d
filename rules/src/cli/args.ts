import { InstrumentKind } from '@cs/domain/core';

export interface CliArgs {
  facts: string;
  asOf: string;
  kind: InstrumentKind;
  json: boolean;
  rulebookIds?: string[];
}

export const USAGE = `usage: npm run rules -- --facts <file.json> --as-of <YYYY-MM-DD> [--kind improvement-notice|statutory-direction|continuing-board] [--rulebooks id,id] [--json]
  The facts file holds a JSON array of facts, or { "facts": [...] }.`;

/** Parses argv; returns a message (for exit code 2) instead of throwing. */
export function parseArgs(argv: string[]): CliArgs | string {
  const out: Partial<CliArgs> = { kind: 'improvement-notice', json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--facts') out.facts = value();
      else if (a === '--as-of') out.asOf = value();
      else if (a === '--kind') {
        const k = InstrumentKind.safeParse(value());
        if (!k.success) return `--kind must be one of ${InstrumentKind.options.join(', ')}`;
        out.kind = k.data;
      } else if (a === '--rulebooks') out.rulebookIds = value().split(',').filter(Boolean);
      else if (a === '--json') out.json = true;
      else if (a === '--help' || a === '-h') return USAGE;
      else return `unknown argument ${a}\n${USAGE}`;
    } catch (e) {
      return `${(e as Error).message}\n${USAGE}`;
    }
  }
  if (!out.facts) return `--facts is required\n${USAGE}`;
  if (!out.asOf) return `--as-of is required\n${USAGE}`;
  return out as CliArgs;
}
