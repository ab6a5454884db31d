import { z } from 'zod';
import { formFields } from './form-fields';
import { formValue, issueField } from './form-values';

const Payload = z.object({
  name: z.string().max(200),
  days: z.number().int(),
  virtual: z.boolean().default(false),
  kind: z.enum(['a', 'b']),
  topics: z.array(z.string()).max(5),
  chair: z.object({ name: z.string(), independent: z.boolean() }),
  inspection: z.object({ publishedOn: z.string(), grade: z.string() }).optional(),
  objectives: z.array(z.object({ id: z.string(), title: z.string(), covers: z.array(z.string()).default([]), targetOn: z.string().optional() })),
});

describe('reading a form built from a schema', () => {
  const fields = formFields(Payload, 'payload');

  it('builds an input for each kind of field', () => {
    expect(fields.map((f) => [f.name, f.kind])).toEqual([
      ['payload.name', 'text'],
      ['payload.days', 'number'],
      ['payload.virtual', 'boolean'],
      ['payload.kind', 'choice'],
      ['payload.topics', 'list'],
      ['payload.chair', 'group'],
      ['payload.inspection', 'group'],
      ['payload.objectives', 'rows'],
    ]);
  });

  it('turns the submitted text into the value the schema judges', () => {
    const value = formValue(fields, {
      'payload.name': ' Ada ',
      'payload.days': '28',
      'payload.kind': 'b',
      'payload.topics': 'culture\nperformance, data',
      'payload.chair.name': 'Chair',
      'payload.chair.independent': 'true',
      'payload.objectives': 'obj-1 | Front door | area-1, area-2\nobj-2 | Reporting | | 2020-01-31',
    });
    expect(value).toEqual({
      name: 'Ada',
      days: 28,
      virtual: false,
      kind: 'b',
      topics: ['culture', 'performance', 'data'],
      chair: { name: 'Chair', independent: true },
      objectives: [
        { id: 'obj-1', title: 'Front door', covers: ['area-1', 'area-2'] },
        { id: 'obj-2', title: 'Reporting', targetOn: '2020-01-31' },
      ],
    });
    expect(Payload.safeParse(value).success).toBe(true);
  });

  it('leaves out an optional group left blank, and keeps one partly filled for the schema to judge', () => {
    expect(formValue(fields, {})).not.toHaveProperty('inspection');
    expect(formValue(fields, { 'payload.inspection.grade': 'good' })).toHaveProperty('inspection', { publishedOn: '', grade: 'good' });
  });

  it('puts a problem inside a line of rows on that field, naming the line', () => {
    expect(issueField(fields, ['payload', 'objectives', 1, 'title'], 'must not be empty')).toEqual({
      field: 'payload.objectives',
      message: 'line 2, title: must not be empty',
    });
    expect(issueField(fields, ['payload', 'chair', 'name'], 'must not be empty')).toEqual({ field: 'payload.chair.name', message: 'must not be empty' });
  });
});
