import type { FieldIssue } from '../common/api-client';

/** The id of the input for a field path: `payload.report.data` → `payload-report-data`. */
export function fieldId(field: string): string {
  return field.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** The GOV.UK error summary's list: one link per problem, to its field, named by its label where the form has one. */
export function errorList(issues: FieldIssue[], labelOf: (field: string) => string | undefined = () => undefined): { text: string; href: string }[] {
  return issues.map((i) => ({ text: i.field ? `${labelOf(i.field) ?? labelOfPath(i.field)}: ${i.message}` : i.message, href: `#${fieldId(i.field || 'main-content')}` }));
}

/** Each field's first problem, as the GOV.UK macros take it (`errorMessage: { text }`). */
export function fieldErrors(issues: FieldIssue[]): Record<string, { text: string }> {
  const out: Record<string, { text: string }> = {};
  for (const i of issues) out[i.field] ??= { text: i.message };
  return out;
}

function labelOfPath(field: string): string {
  return field.replace(/^payload\./, '').replace(/\./g, ' › ');
}
