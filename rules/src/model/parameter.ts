import { Citation, IsoDate } from '@cs/domain/core';
import { z } from 'zod/mini';

// The rulebooks' schemas are built for each check (loadRulebookSet) and dropped after it, not kept
// as constants: every cached workflow loads the registry, which checks each rulebook when it loads,
// and schemas kept would be kept once per workflow (docs/benchmarks.md, "workflow-footprint").

/** A citation that names its document and clause: every parameter value must have one. */
export const citationRequired = () =>
  z.extend(Citation, {
    document: z.string().check(z.minLength(1, 'a citation needs its document')),
    clause: z.string().check(z.minLength(1, 'a citation needs its clause')),
  });

const parameterValue = () =>
  z.object({
    from: IsoDate,
    value: z.unknown().check(z.refine((v) => v !== undefined, 'a value is required (null ends the parameter)')),
    citation: citationRequired(),
  });
export type ParameterValue = z.infer<ReturnType<typeof parameterValue>>;

/**
 * A parameter in the manner of OpenFisca: values keyed by the date each takes effect. A later value
 * replaces an earlier one; `null` ends the parameter (a gap from then on). Every value must say
 * where it comes from: the schema refuses a value without a citation.
 */
export const parameterSchema = () =>
  z
    .object({
      description: z.string().check(z.minLength(1)),
      unit: z.optional(z.string()),
      values: z.array(parameterValue()).check(z.minLength(1, 'a parameter needs at least one dated value')),
    })
    .check(
      z.refine((p) => p.values.every((v, i) => i === 0 || p.values[i - 1].from < v.from), {
        message: 'values must be in strictly increasing order of their date',
        path: ['values'],
      }),
    );
export type Parameter = z.infer<ReturnType<typeof parameterSchema>>;

/** The value in force on a date, or undefined when none is (before the first, or after a null). */
export function valueOn(parameter: Parameter, date: IsoDate): ParameterValue | undefined {
  let found: ParameterValue | undefined;
  for (const v of parameter.values) {
    if (v.from > date) break;
    found = v;
  }
  return found && found.value !== null ? found : undefined;
}

/** Dates from which `parameter` has no value, starting at `from`: empty when it is gap-free. */
export function gapsFrom(parameter: Parameter, from: IsoDate): IsoDate[] {
  const gaps: IsoDate[] = [];
  if (parameter.values[0].from > from) gaps.push(from);
  for (const v of parameter.values) if (v.value === null) gaps.push(v.from < from ? from : v.from);
  return gaps;
}
