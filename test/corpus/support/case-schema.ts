// The shape of one corpus case (test/corpus/FORMAT.md) as a zod schema, so the research files and the
// end-to-end test that enters them agree on one contract. Only what the public record states goes in.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { z } from 'zod';

const day = /^\d{4}-\d{2}-\d{2}$/;

/** A date as the record gives it: a day, a month when only the month is known, a year when only the year is. */
const recordDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY-MM-DD, YYYY-MM or YYYY');
/** How many characters of a date each precision gives. */
const precisionLength = { day: 10, month: 7, year: 4 } as const;
const isoDay = z.string().regex(day, 'YYYY-MM-DD');
const label = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case label');

export const instrumentKind = z.enum(['improvement-notice', 'statutory-direction', 'continuing-board']);
export const judgement = z.enum(['outstanding', 'good', 'requires-improvement', 'adequate', 'inadequate']);
export const inspectionKind = z.enum(['ilacs', 'slc', 'safeguarding-lac', 'focused-visit', 'monitoring-visit', 'jtai', 'snap']);
export const arrangement = z.enum(['council-control', 'partner-council', 'trust', 'council-owned-company']);
export const endBasis = z.enum(['re-inspection', 'adviser-recommendation', 'commissioner-recommendation', 'ministerial']);
export const endedAs = z.enum(['lifted', 'escalated', 'replaced', 'revoked', 'stepped-down', 'closed', 'in-force']);

export const source = z
  .strictObject({
    id: label,
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url().optional(),
    // A public document whose address was not found (a council report known from its text): where to find it.
    reference: z.string().min(1).optional(),
    // Optional: many pages carry no date of their own, and a guessed date would be a fact the record lacks.
    published: recordDate.optional(),
  })
  .refine((s) => s.url !== undefined || s.reference !== undefined, { message: 'a source needs a url or a reference', path: ['url'] });

const text = z.array(z.string().min(1));

/** Each event kind with its details (FORMAT.md, "Event kinds and their details"). */
export const eventDetails = {
  inspection: z.strictObject({
    kind: inspectionKind,
    judgement: judgement.optional(),
    subJudgements: z.record(z.string(), judgement).optional(),
    priorityActions: z.number().int().nonnegative().optional(),
  }),
  'notice-issued': z.strictObject({
    trigger: z.enum(['inspection-inadequate', 'focused-visit-priority-actions', 'monitoring-visit', 'second-inadequate', 'step-down', 'other']),
    deadlineOn: recordDate.optional(),
    areas: text.optional(),
    replaces: label.optional(),
  }),
  'notice-replaced': z.strictObject({ by: label }),
  'adviser-appointed': z.strictObject({ name: z.string().optional(), role: z.string().optional() }),
  'commissioner-appointed': z.strictObject({ name: z.string().optional() }),
  'commissioner-left': z.strictObject({ name: z.string().optional(), replacedBy: z.enum(['commissioner', 'adviser']).optional() }),
  'commissioner-report': z.strictObject({
    kind: z.enum(['initial', 'review']).optional(),
    dueOn: recordDate.optional(),
    publishedOn: recordDate.optional(),
  }),
  'direction-issued': z.strictObject({ basis: z.enum(['escalation', 'direct']), arrangement: arrangement.optional(), terms: text.optional() }),
  'ministerial-decision': z.strictObject({ decision: z.string().min(1) }),
  'direction-revised': z.strictObject({ arrangement: arrangement.optional(), terms: text.optional() }),
  'arrangement-live': z.strictObject({ arrangement, body: z.string().optional() }),
  // Services leave the trust, company or partner council for the council's own control again.
  'arrangement-ended': z.strictObject({ body: z.string().optional() }),
  'board-established': z.strictObject({ chair: z.string().optional() }),
  'board-met': z.strictObject({ chair: z.string().optional() }),
  'review-held': z.strictObject({ outcome: z.enum(['sufficient', 'insufficient']).optional() }),
  lifted: z.strictObject({ basis: endBasis.optional() }),
  escalated: z.strictObject({ to: label }),
  revoked: z.strictObject({ basis: endBasis.optional(), supportAndSupervision: z.boolean().optional() }),
  'stepped-down': z.strictObject({ to: label }),
  'support-started': z.strictObject({}),
} as const;

export type EventKind = keyof typeof eventDetails;
const eventKinds = Object.keys(eventDetails) as [EventKind, ...EventKind[]];

export const caseEvent = z
  .strictObject({
    on: recordDate,
    precision: z.enum(['day', 'month', 'year']).default('day'),
    event: z.enum(eventKinds),
    instrument: label,
    details: z.record(z.string(), z.unknown()).default({}),
    source: label,
    says: z.string().min(1),
  })
  .superRefine((e, ctx) => {
    if (e.on.length !== precisionLength[e.precision]) {
      ctx.addIssue({ code: 'custom', path: ['on'], message: `precision ${e.precision} does not fit the date ${e.on}` });
    }
    const checked = eventDetails[e.event].safeParse(e.details);
    if (!checked.success) {
      for (const issue of checked.error.issues) ctx.addIssue({ ...issue, path: ['details', ...issue.path] } as never);
    }
  });

export const expectation = z.strictObject({
  instrument: label,
  startedOn: isoDay.optional(),
  endedOn: isoDay.optional(),
  endedAs: endedAs.optional(),
  from: label.nullable().optional(),
  to: label.nullable().optional(),
});

export const corpusCase = z.strictObject({
  council: z.strictObject({ slug: label, name: z.string().min(1) }),
  summary: z.string().min(1),
  sources: z.array(source).min(1),
  instruments: z.array(z.strictObject({ label, kind: instrumentKind })).min(1),
  events: z.array(caseEvent).min(1),
  expect: z.array(expectation).default([]),
});

export type CorpusCase = z.infer<typeof corpusCase>;
export type CaseEvent = z.infer<typeof caseEvent>;

/** An event's details, typed by its kind (the schema has already checked them against that kind). */
export function detailsOf<K extends EventKind>(e: CaseEvent, kind: K): z.infer<(typeof eventDetails)[K]> {
  if (e.event !== kind) throw new Error(`event on ${e.on} is ${e.event}, not ${kind}`);
  return eventDetails[kind].parse(e.details) as z.infer<(typeof eventDetails)[K]>;
}

/** The event that starts each kind of instrument. */
export const openingEvent: Record<z.infer<typeof instrumentKind>, EventKind> = {
  'improvement-notice': 'notice-issued',
  'statutory-direction': 'direction-issued',
  'continuing-board': 'board-established',
};

/** Labels an event's details name (the instrument an escalation, step-down or replacement leads to). */
function labelsIn(e: CaseEvent): string[] {
  const d = e.details as Record<string, unknown>;
  return ['to', 'by', 'replaces'].map((k) => d[k]).filter((v): v is string => typeof v === 'string');
}

/** The checks beyond shape: what one file must agree with itself about. Returns problems, none when sound. */
export function consistencyProblems(c: CorpusCase, fileSlug?: string): string[] {
  const problems: string[] = [];
  if (fileSlug !== undefined && fileSlug !== c.council.slug) problems.push(`file is ${fileSlug}.yaml but council.slug is ${c.council.slug}`);
  const sourceIds = new Set(c.sources.map((s) => s.id));
  const labels = new Set(c.instruments.map((i) => i.label));
  if (sourceIds.size !== c.sources.length) problems.push('source ids repeat');
  if (labels.size !== c.instruments.length) problems.push('instrument labels repeat');
  const cited = new Set<string>();
  c.events.forEach((e, i) => {
    const at = `events[${i}] (${e.on} ${e.event})`;
    if (!sourceIds.has(e.source)) problems.push(`${at} cites undeclared source ${e.source}`);
    cited.add(e.source);
    if (!labels.has(e.instrument)) problems.push(`${at} names undeclared instrument ${e.instrument}`);
    for (const l of labelsIn(e)) if (!labels.has(l)) problems.push(`${at} refers to undeclared instrument ${l}`);
    // Month-precision dates sort as the first of their month: "2015-05" before "2015-05-10".
    if (i > 0 && e.on < c.events[i - 1].on.slice(0, e.on.length)) problems.push(`${at} is before the event above it`);
  });
  for (const s of c.sources) if (!cited.has(s.id)) problems.push(`source ${s.id} is declared but no event cites it`);
  // An instrument the test cannot start cannot be entered: each needs the one event that opens it.
  for (const i of c.instruments) {
    const opens = c.events.filter((e) => e.instrument === i.label && e.event === openingEvent[i.kind]);
    if (opens.length !== 1) problems.push(`instrument ${i.label} needs exactly one ${openingEvent[i.kind]} event, has ${opens.length}`);
  }
  for (const x of c.expect) {
    if (!labels.has(x.instrument)) problems.push(`expect names undeclared instrument ${x.instrument}`);
    for (const l of [x.from, x.to]) if (l && !labels.has(l)) problems.push(`expect for ${x.instrument} links undeclared instrument ${l}`);
    if (x.startedOn && x.endedOn && x.endedOn < x.startedOn) problems.push(`expect for ${x.instrument} ends before it starts`);
    if (x.endedOn && x.endedAs === 'in-force') problems.push(`expect for ${x.instrument} has an end date but is in force`);
  }
  return problems;
}

export const casesDir = join(__dirname, '..', 'cases');

/** Every case file in the corpus, parsed (not validated): [slug, raw YAML value]. */
export function readCaseFiles(dir = casesDir): Array<[string, unknown]> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, f), 'utf8'))]);
}

/** Every case in the corpus, validated; throws naming the file and the problem. */
export function loadCorpus(dir = casesDir): CorpusCase[] {
  return readCaseFiles(dir).map(([slug, raw]) => {
    const parsed = corpusCase.safeParse(raw);
    if (!parsed.success) throw new Error(`${slug}.yaml: ${z.prettifyError(parsed.error)}`);
    const problems = consistencyProblems(parsed.data, slug);
    if (problems.length > 0) throw new Error(`${slug}.yaml: ${problems.join('; ')}`);
    return parsed.data;
  });
}
