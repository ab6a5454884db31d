import type { FormField } from './form-fields';

export type FormBody = Record<string, string | string[] | undefined>;

function text(body: FormBody, name: string): string {
  const value = body[name];
  return (Array.isArray(value) ? value[0] : (value ?? '')).trim();
}

/**
 * The value a submitted form stands for, field by field, ready for the command's zod schema to
 * judge: an empty optional field is left out, a required one is kept empty so the schema says
 * what is wrong with it in its own words.
 */
export function formValue(fields: FormField[], body: FormBody): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const key = field.name.slice(field.name.lastIndexOf('.') + 1);
    const value = fieldValue(field, body);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function fieldValue(field: FormField, body: FormBody): unknown {
  switch (field.kind) {
    case 'date':
      return cellValue(field, dateText(body, field.name));
    case 'group':
      // An optional group left wholly blank is absent, not an object of empty fields.
      return field.required || filledUnder(body, field.name) ? formValue(field.fields, body) : undefined;
    case 'boolean':
      return text(body, field.name) === 'true';
    case 'rows':
      return text(body, field.name)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => rowValue(field.columns, line.split('|')));
    default:
      return cellValue(field, text(body, field.name));
  }
}

const DATE_PARTS = ['day', 'month', 'year'] as const;

/** The names of a date field's three boxes (GOV.UK's date input): `effectiveOn-day`, `-month`, `-year`. */
export function datePartNames(name: string): string[] {
  return DATE_PARTS.map((part) => `${name}-${part}`);
}

/**
 * The date a GOV.UK date input's three boxes stand for, as the schemas read it (`2019-05-23`):
 * empty when all three are, otherwise the parts as given, so that a real calendar date is for the
 * schema to judge (`30 2 2019` is not one) and `dateProblem` names what is missing or not a number.
 */
export function dateText(body: FormBody, name: string): string {
  const [day, month, year] = datePartNames(name).map((n) => text(body, n));
  if (!day && !month && !year) return '';
  const two = (part: string) => (/^\d$/.test(part) ? `0${part}` : part);
  return `${year}-${two(month)}-${two(day)}`;
}

/** What is wrong with a date input's boxes before the date itself can be judged, in GOV.UK's words. */
export function dateProblem(body: FormBody, name: string, required = false): string | undefined {
  const parts = datePartNames(name).map((n) => text(body, n));
  if (parts.every((p) => !p)) return required ? 'Enter the date: a day, a month and a year' : undefined;
  const missing = DATE_PARTS.filter((_, i) => !parts[i]);
  if (missing.length) return `must include a ${missing.join(' and a ')}`;
  const [day, month, year] = parts;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return 'must be a real date: the day and month in numbers, the year in four figures, for example 23 5 2019';
  return undefined;
}

/** Every date field's problem with its boxes, by field name. */
export function dateProblems(fields: FormField[], body: FormBody): { field: string; message: string }[] {
  return fields.flatMap((f) => {
    // An optional group left wholly blank is absent (as formValue reads it): its dates are not asked for.
    if (f.kind === 'group') return f.required || filledUnder(body, f.name) ? dateProblems(f.fields, body) : [];
    if (f.kind !== 'date') return [];
    const problem = dateProblem(body, f.name, f.required);
    return problem ? [{ field: f.name, message: problem }] : [];
  });
}

function filledUnder(body: FormBody, name: string): boolean {
  return Object.entries(body).some(([key, value]) => key.startsWith(`${name}.`) && (Array.isArray(value) ? value.some((v) => v.trim()) : (value ?? '').trim() !== ''));
}

function rowValue(columns: FormField[], cells: string[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  columns.forEach((column, i) => {
    const value = cellValue(column, (cells[i] ?? '').trim());
    if (value !== undefined) row[column.name.slice(column.name.lastIndexOf('.') + 1)] = value;
  });
  return row;
}

function cellValue(field: FormField, raw: string): unknown {
  if (raw === '') {
    if (field.kind === 'list') return field.required ? [] : undefined;
    if (field.kind === 'boolean') return false;
    return field.required && field.kind !== 'choice' && field.kind !== 'number' ? '' : undefined;
  }
  switch (field.kind) {
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    case 'boolean':
      return /^(yes|true|y)$/i.test(raw);
    case 'list':
      return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    case 'json':
      try {
        return JSON.parse(raw);
      } catch {
        return raw;
      }
    default:
      return raw;
  }
}

/** Which form field an issue's path belongs to (a line of a multi-line field names its line). */
export function issueField(fields: FormField[], path: (string | number)[], message: string): { field: string; message: string } {
  const names = allNames(fields);
  for (let n = path.length; n > 0; n--) {
    const name = path.slice(0, n).join('.');
    if (names.has(name)) {
      const rest = path.slice(n);
      if (rest.length && typeof rest[0] === 'number') {
        const [line, ...inner] = rest;
        return { field: name, message: `line ${line + 1}${inner.length ? `, ${inner.join(' ')}` : ''}: ${message}` };
      }
      return { field: name, message: rest.length ? `${rest.join(' ')}: ${message}` : message };
    }
  }
  return { field: '', message: `${path.join('.')}: ${message}` };
}

function allNames(fields: FormField[], into = new Set<string>()): Set<string> {
  for (const f of fields) {
    into.add(f.name);
    if (f.kind === 'group') allNames(f.fields, into);
  }
  return into;
}
