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
