import type { ZodError, ZodType } from 'zod';
import type { FieldIssue } from '../common/api-client';
import { errorList, fieldErrors } from './form-errors';
import { formFields, type FormField } from './form-fields';
import { dateProblems, dateText, formValue, issueField, type FormBody } from './form-values';

/** The date a command's fact took effect: every command has one; backdating is normal. */
const EFFECTIVE_ON: FormField = {
  kind: 'date',
  name: 'effectiveOn',
  id: 'effectiveOn',
  label: 'Date it happened',
  hint: 'The effective date, which the rules read. For example, 23 5 2019',
  required: true,
};

/**
 * A form for one command (or registration): its fields from the payload's schema, the value a
 * submission stands for, and the problems with it, checked by the same zod schema the API uses.
 */
export class CommandForm {
  readonly fields: FormField[];

  constructor(
    payload: ZodType,
    private readonly body: ZodType,
    private readonly type?: string,
  ) {
    this.fields = [EFFECTIVE_ON, ...formFields(payload, 'payload')];
  }

  /** The request body a submission stands for, or the problems that keep it from being one. */
  read(form: FormBody): { ok: true; value: unknown } | { ok: false; issues: FieldIssue[] } {
    const [effective, ...payloadFields] = this.fields;
    const value = {
      ...(this.type ? { type: this.type } : {}),
      effectiveOn: dateText(form, effective.name),
      payload: formValue(payloadFields, form),
    };
    // A date with a box missing or not a number is named as such, not as a malformed YYYY-MM-DD.
    const boxes = dateProblems(this.fields, form);
    const parsed = this.body.safeParse(value);
    if (parsed.success && !boxes.length) return { ok: true, value: parsed.data };
    const named = new Set(boxes.map((b) => b.field));
    return { ok: false, issues: [...boxes, ...(parsed.success ? [] : this.issuesOf(parsed.error).filter((i) => !named.has(i.field)))] };
  }

  /** Problems given by field path (zod's, or the API's 400 `issues`) as the form's own fields. */
  fieldIssues(issues: FieldIssue[]): FieldIssue[] {
    return issues.map((i) => issueField(this.fields, i.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), i.message));
  }

  view(issues: FieldIssue[] = []) {
    return { fields: this.fields, errors: errorList(issues, (name) => labelIn(this.fields, name)), fieldErrors: fieldErrors(issues) };
  }

  private issuesOf(error: ZodError): FieldIssue[] {
    return error.issues
      .filter((i) => !(this.type && i.path.length === 1 && i.path[0] === 'type'))
      .map((i) => issueField(this.fields, i.path as (string | number)[], plainMessage(i.code, i.message, (i as { input?: unknown }).input)));
  }
}

/** The label of the field with this name (`Date it happened` for effectiveOn), in groups too. */
function labelIn(fields: FormField[], name: string): string | undefined {
  for (const f of fields) {
    if (f.name === name) return f.label;
    if (f.kind === 'group' && name.startsWith(`${f.name}.`)) return labelIn(f.fields, name);
  }
  return undefined;
}

/** zod's type errors in words for the person filling in the form. */
export function plainMessage(code: string, message: string, input: unknown): string {
  if (code === 'invalid_type' && input === undefined) return 'Enter or choose a value';
  if (code === 'invalid_type' && /expected number/.test(message)) return 'must be a number';
  if (code === 'invalid_value' && input === undefined) return 'Choose one';
  return message;
}
