import { Citation, IsoDate } from '@cs/domain/core';
import { z } from 'zod';

/**
 * A parameter in the manner of OpenFisca: values keyed by the date each takes effect. A later value
 * replaces an earlier one; `null` ends the parameter (a gap from then on). Every value must say
 * where it comes from: the schema refuses a value without a citation.
 */
export const CitationRequired = Citation.extend({
  document: z.string().min(1, 'a citation needs its document'),
  clause: z.string().min(1, 'a citation needs its clause'),
});

export const ParameterValue = z.object({
  from: IsoDate,
  value: z.unknown().refine((v) => v !== undefined, 'a value is required (null ends the parameter)'),
  citation: CitationRequired,
});
export type ParameterValue = z.infer<typeof ParameterValue>;

export const Parameter = z
  .object({
    description: z.string().min(1),
    unit: z.string().optional(),
    values: z.array(ParameterValue).min(1, 'a parameter needs at least one dated value'),
  })
  .refine((p) => p.values.every((v, i) => i === 0 || p.values[i - 1].from < v.from), {
    message: 'values must be in strictly increasing order of their date',
    path: ['values'],
  });
export type Parameter = z.infer<typeof Parameter>;

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
