import { z, type ZodType } from 'zod';
import { humanise } from '../common/wording';
import { fieldId } from './form-errors';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  maxLength?: number;
  description?: string;
  default?: unknown;
  anyOf?: JsonSchema[];
}

interface Common {
  /** The form field's name: the path in the command, `payload.report.data`. */
  name: string;
  id: string;
  label: string;
  hint?: string;
  required: boolean;
}

/** One input of a form built from a command's schema. */
export type FormField =
  | (Common & { kind: 'text' | 'textarea' | 'date' | 'number' | 'boolean' | 'json' })
  | (Common & { kind: 'choice'; options: string[] })
  | (Common & { kind: 'list' })
  | (Common & { kind: 'rows'; columns: FormField[] })
  | (Common & { kind: 'group'; fields: FormField[] });

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * The fields of a form for a zod schema, read through its JSON Schema (zod's own conversion), so a
 * new command type, or a new field, gets its form without any code here: labels from the field
 * names, hints from the schema's descriptions (`.describe()`), inputs from the types.
 */
export function formFields(schema: ZodType, prefix: string): FormField[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return fieldsOf(json, prefix);
}

function fieldsOf(node: JsonSchema, prefix: string): FormField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, child]) => fieldOf(child, `${prefix}.${key}`, key, required.has(key)));
}

function fieldOf(node: JsonSchema, name: string, key: string, required: boolean): FormField {
  const common: Common = { name, id: fieldId(name), label: humanise(key), required };
  const hint = node.description;
  const type = Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type;
  if (node.enum && node.enum.every((v) => typeof v === 'string')) return { ...common, hint, kind: 'choice', options: node.enum as string[] };
  if (type === 'string' && node.pattern === DATE_PATTERN) return { ...common, kind: 'date', hint: hint ?? 'For example, 23 5 2019' };
  if (type === 'string') return { ...common, hint, kind: (node.maxLength ?? Infinity) > 200 ? 'textarea' : 'text' };
  if (type === 'integer' || type === 'number') return { ...common, hint, kind: 'number' };
  if (type === 'boolean') return { ...common, hint, kind: 'boolean' };
  if (type === 'object' && node.properties) return { ...common, hint, kind: 'group', fields: fieldsOf(node, name) };
  if (type === 'array' && node.items) {
    const item = node.items;
    const itemType = Array.isArray(item.type) ? item.type[0] : item.type;
    if (itemType === 'string' && !item.enum) return { ...common, kind: 'list', hint: hint ?? 'One per line' };
    if (itemType === 'object' && item.properties && Object.values(item.properties).every(isCellable)) {
      const columns = fieldsOf(item, name);
      const order = columns.map((c) => `${c.label.toLowerCase()}${c.required ? '' : ' (optional)'}`).join(' | ');
      return { ...common, kind: 'rows', columns, hint: `${hint ? `${hint}. ` : ''}One per line, as: ${order}. Lists inside a line are separated by commas.` };
    }
  }
  return { ...common, kind: 'json', hint: `${hint ? `${hint}. ` : ''}As JSON` };
}

/** A value that fits in one cell of a line: plain text, a date, a number, yes/no, or a list of words. */
function isCellable(node: JsonSchema): boolean {
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  if (type === 'array') return (Array.isArray(node.items?.type) ? node.items?.type[0] : node.items?.type) === 'string';
  return type === 'string' || type === 'integer' || type === 'number' || type === 'boolean';
}
