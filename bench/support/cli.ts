import type { z } from 'zod';
import { formatResult, type BenchResult } from './result';

/** `--notices 20 --quick --months 3` as { notices: '20', quick: true, months: '3' } (camelCase keys). */
export function parseFlags(argv: string[]): Record<string, string | boolean> {
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}: flags are --name value`);
    const key = arg.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) {
      flags[key] = true;
    } else {
      flags[key] = value;
      i++;
    }
  }
  return flags;
}

/** Defaults, then the quick defaults when asked for, then what the caller gave; validated. */
export function resolveOptions<S extends z.ZodType>(
  schema: S,
  defaults: z.input<S> & object,
  quick: Partial<z.input<S>>,
  given: Record<string, unknown>,
): z.output<S> {
  const base = given.quick ? { ...defaults, ...quick } : defaults;
  return schema.parse({ ...base, ...given });
}

/** What a benchmark script does when run directly: parse flags, run, print, exit. */
export function runFromCommandLine(run: (flags: Record<string, unknown>) => Promise<BenchResult>): void {
  run(parseFlags(process.argv.slice(2))).then(
    (result) => {
      console.log(formatResult(result));
      process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
