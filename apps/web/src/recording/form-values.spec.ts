import { z } from 'zod';
import { formFields } from './form-fields';
import { dateProblem, dateProblems, dateText, formValue, issueField } from './form-values';

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

describe('reading a date from the three boxes of a GOV.UK date input', () => {
  const Dated = z.object({
    heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    review: z.object({ dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).optional(),
  });
  const fields = formFields(Dated, 'payload');

  it('makes a date field three boxes named after it', () => {
    expect(fields.map((f) => [f.name, f.kind])).toEqual([
      ['payload.heldOn', 'date'],
      ['payload.review', 'group'],
    ]);
    expect(formValue(fields, { 'payload.heldOn-day': '3', 'payload.heldOn-month': '11', 'payload.heldOn-year': '2019' })).toEqual({ heldOn: '2019-11-03' });
  });

  it('gives the date as the schemas read it, padding a one-figure day or month', () => {
    expect(dateText({ 'd-day': '23', 'd-month': '5', 'd-year': '2019' }, 'd')).toBe('2019-05-23');
    expect(dateText({ 'd-day': ' 07 ', 'd-month': '12', 'd-year': '2020' }, 'd')).toBe('2020-12-07');
    expect(dateText({}, 'd')).toBe('');
    // Not a real calendar date: passed on for the schema to say so.
    expect(dateText({ 'd-day': '30', 'd-month': '2', 'd-year': '2019' }, 'd')).toBe('2019-02-30');
  });

  it('names what is missing or not a number, and asks for a required date left blank', () => {
    expect(dateProblem({ 'd-day': '23', 'd-year': '2019' }, 'd')).toBe('must include a month');
    expect(dateProblem({ 'd-year': '2019' }, 'd')).toBe('must include a day and a month');
    expect(dateProblem({ 'd-day': 'x', 'd-month': '5', 'd-year': '19' }, 'd')).toMatch(/must be a real date/);
    expect(dateProblem({ 'd-day': '23', 'd-month': '5', 'd-year': '2019' }, 'd')).toBeUndefined();
    expect(dateProblem({}, 'd')).toBeUndefined();
    expect(dateProblem({}, 'd', true)).toBe('Enter the date: a day, a month and a year');
  });

  it('checks the dates inside groups too, leaving an optional group blank alone', () => {
    expect(dateProblems(fields, { 'payload.heldOn-day': '1', 'payload.heldOn-month': '2', 'payload.heldOn-year': '2020' })).toEqual([]);
    expect(dateProblems(fields, { 'payload.heldOn-day': '1', 'payload.heldOn-month': '2', 'payload.heldOn-year': '2020', 'payload.review.dueOn-day': '5' })).toEqual([
      { field: 'payload.review.dueOn', message: 'must include a month and a year' },
      { field: 'payload.review.heldOn', message: 'Enter the date: a day, a month and a year' },
    ]);
    expect(formValue(fields, { 'payload.heldOn-day': '1', 'payload.heldOn-month': '2', 'payload.heldOn-year': '2020' })).toEqual({ heldOn: '2020-02-01' });
    // The optional group's own required date is asked for once the group is begun.
    expect(dateProblems(fields, { 'payload.heldOn-day': '1', 'payload.heldOn-month': '2', 'payload.heldOn-year': '2020', 'payload.review.dueOn-year': '2020' })).toEqual([
      { field: 'payload.review.dueOn', message: 'must include a day and a month' },
      { field: 'payload.review.heldOn', message: 'Enter the date: a day, a month and a year' },
    ]);
  });
});
