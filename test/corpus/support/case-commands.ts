// The one map from the corpus's event kinds (test/corpus/FORMAT.md) to the product's commands, as a
// client would send them: what each event becomes, for which instrument, by which role, on which
// date. Pure: it plans; test/corpus/corpus.int.ts sends the plan over HTTP and follows hand-overs.
import type { Role } from '@cs/domain';
import type { CaseEvent, CorpusCase } from './case-schema';

type Details = Record<string, unknown>;
type Payload = Record<string, unknown>;

/** One request of the plan. `starts` names the instrument a hand-over command opens (read from links.to). */
export type Step =
  | { kind: 'register'; label: string; path: '/notices' | '/directions'; effectiveOn: string; precision?: 'month' | 'year'; payload: Payload; event: CaseEvent }
  | { kind: 'command'; label: string; type: string; effectiveOn: string; precision?: 'month' | 'year'; payload: Payload; role: Role; starts?: string; event: CaseEvent };

/**
 * A date the record states for a fact of an instrument: checked in its timeline after entry. `on` is
 * as precise as the record: a day, or a month or year the fact's date must fall in, marked so.
 */
export interface StatedDate {
  label: string;
  type: string;
  on: string;
  precision: 'day' | 'month' | 'year';
  /**
   * Whether the fact must carry exactly this precision (none for a day): true for what the plan sends,
   * and for an instrument a hand-over opened when the event that handed over was as precise.
   */
  marked: boolean;
  event: string;
}

export interface Plan {
  steps: Step[];
  stated: StatedDate[];
}

const endOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
/** A month-precision date as the first of its month, a year as its first day; a day as it is. */
const firstDay = (on: string) => (on.length === 4 ? `${on}-01-01` : on.length === 7 ? `${on}-01` : on);
/** A stated due date: a month means by its end. */
const dueDay = (on: string) => (on.length === 7 ? endOfMonth(on) : on);
const later = (a: string, b: string) => (a > b ? a : b);

/** The record's words, bounded as the product's Text fields are. */
const text = (s: string) => s.trim().slice(0, 4000);
const name = (given: unknown, what: string) => (typeof given === 'string' && given.trim() ? given.trim().slice(0, 200) : `${what} (not named in the record)`);
const id = (s: string) => s.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 80) || 'area';

/** Ofsted's framework in force on a date, for a trigger that says only "inadequate". */
function frameworkOn(on: string): 'ilacs-inadequate' | 'slc-inadequate' | 'safeguarding-inadequate' {
  if (on >= '2018-01') return 'ilacs-inadequate';
  if (on >= '2013-11') return 'slc-inadequate';
  return 'safeguarding-inadequate';
}

function inspectionPayload(d: Details): Payload {
  const count = typeof d.priorityActions === 'number' ? d.priorityActions : undefined;
  const subs = d.subJudgements as Record<string, string> | undefined;
  return {
    kind: d.kind,
    ...(d.judgement ? { judgement: d.judgement } : {}),
    priorityActions: (count ?? 0) > 0,
    ...(count !== undefined ? { priorityActionCount: count } : {}),
    ...(subs ? { subJudgements: Object.fromEntries(Object.entries(subs).map(([k, v]) => [id(k), v])) } : {}),
  };
}

/**
 * Plans one case: each instrument is opened by registration or by the hand-over its predecessor's
 * ending makes (escalation, step-down, replacement, lifting or revocation with support), with the
 * terms its own opening event states; every other event becomes the command of its kind.
 */
export function planCase(c: CorpusCase, council: { slug: string; name: string }): Plan {
  const kindOf = new Map(c.instruments.map((i) => [i.label, i.kind]));
  const events = c.events;
  const opening = new Map<string, CaseEvent>();
  for (const e of events) {
    if ((e.event === 'notice-issued' || e.event === 'direction-issued') && !opening.has(e.instrument)) opening.set(e.instrument, e);
  }
  // Who opens each instrument by hand-over: the event that ends its predecessor (its date, and its precision, start the successor).
  const handedOver = new Map<string, CaseEvent>();
  for (const e of events) {
    const d = e.details as Details;
    if ((e.event === 'escalated' || e.event === 'stepped-down') && typeof d.to === 'string') handedOver.set(d.to, e);
    if (e.event === 'notice-replaced' && typeof d.by === 'string') handedOver.set(d.by, e);
    if (e.event === 'notice-issued' && typeof d.replaces === 'string') handedOver.set(e.instrument, e);
  }
  /** A successor's start fact is as precise as the event that handed over: checked only where that is the record's precision for the opening. */
  const sameAsHandOver = (label: string, e: CaseEvent) => !handedOver.has(label) || (handedOver.get(label)!.precision ?? 'day') === (e.precision ?? 'day');
  // A continuing board follows the lifting or revocation before it.
  const boards = c.instruments.filter((i) => i.kind === 'continuing-board').map((i) => i.label);
  const boardAfter = (endOn: string) =>
    boards.find((b) => !handedOver.has(b) && events.some((e) => e.instrument === b && firstDay(e.on) >= firstDay(endOn)));

  const startOf = (label: string) => firstDay(opening.get(label)?.on ?? events.find((e) => e.instrument === label)!.on);
  /**
   * Inspections of an instrument dated on or before it began, or listed before its opening event
   * (a direction the record dates only by its year, after the inspection that led to it): what led to it.
   */
  const openedAt = (label: string) => events.findIndex((e) => e === opening.get(label));
  const preceding = (label: string) =>
    events.filter((e, i) => e.event === 'inspection' && e.instrument === label && (firstDay(e.on) <= startOf(label) || i < openedAt(label)));
  const precedingSet = new Set(c.instruments.flatMap((i) => preceding(i.label)));

  function trigger(label: string, given?: string) {
    const led = preceding(label).pop();
    const d = (led?.details ?? {}) as Details;
    const on = led ? firstDay(led.on) : startOf(label);
    const fromInspection =
      d.kind === 'ilacs' ? 'ilacs-inadequate' : d.kind === 'slc' ? 'slc-inadequate' : d.kind === 'safeguarding-lac' ? 'safeguarding-inadequate' : d.kind === 'jtai' ? 'jtai' : undefined;
    const kind = !given || given === 'inspection-inadequate' ? (fromInspection ?? frameworkOn(on)) : given;
    return { kind, inspectionPublishedOn: on, ...(led ? { inspection: { ...inspectionPayload(d), publishedOn: on } } : {}) };
  }

  /** What a notice states at its opening: trigger, areas, deadline. */
  function noticeTerms(label: string): Payload {
    const d = (opening.get(label)?.details ?? {}) as Details;
    const areas = (d.areas as string[] | undefined) ?? [];
    return {
      trigger: trigger(label, d.trigger as string | undefined),
      areasForImprovement: areas.map((a, i) => ({ id: `area-${i + 1}`, text: text(a) })),
      ...(typeof d.deadlineOn === 'string' ? { deadlineOn: dueDay(d.deadlineOn) } : {}),
    };
  }

  /** What a direction states at its opening: arrangement, duties, the report dates its reports were due by. */
  function directionTerms(label: string): Payload {
    const d = (opening.get(label)?.details ?? {}) as Details;
    const reportsDue = events
      .filter((e) => e.instrument === label && e.event === 'commissioner-report' && typeof (e.details as Details).dueOn === 'string')
      .map((e) => ({ dueOn: dueDay((e.details as Details).dueOn as string), kind: ((e.details as Details).kind as string) ?? 'review' }));
    return {
      ...(d.arrangement ? { arrangement: d.arrangement } : {}),
      ...(preceding(label).length ? { trigger: trigger(label) } : {}),
      ...(Array.isArray(d.terms) && d.terms.length ? { duties: (d.terms as string[]).map(text) } : {}),
      ...(reportsDue.length ? { reportsDue } : {}),
    };
  }

  const source = (e: CaseEvent) => c.sources.find((s) => s.id === e.source);
  const override = (e: CaseEvent) => ({ reason: text(`The public record shows this decision: ${source(e)?.title ?? e.source} (${e.source}): "${e.says}"`) });
  const expectedFrom = (label: string) => c.expect.find((x) => x.instrument === label)?.from ?? undefined;

  const steps: Step[] = [];
  const stated: StatedDate[] = [];
  const lastOn = new Map<string, string>();
  const reports = new Map<string, number>();
  // Day-precision facts are checked to the day; month and year ones to the period, and marked so.
  const statedIf = (e: CaseEvent, label: string, type: string, on: string, marked = true) => {
    const precision = e.precision ?? 'day';
    stated.push({ label, type, on: precision === 'day' ? on : e.on, precision, marked, event: e.event });
  };
  /** What the product is told of the date's precision: nothing for a day. */
  const precisionOf = (e: CaseEvent) => (e.precision && e.precision !== 'day' ? { precision: e.precision } : {});

  for (const [index, e] of events.entries()) {
    const d = e.details as Details;
    const label = e.instrument;
    // A month- or year-precision date is entered as the first day of its period, never before what came before it.
    const on = later(firstDay(e.on), lastOn.get(label) ?? '0000');
    const cmd = (type: string, payload: Payload, role: Role = 'dfe-caselead', starts?: string) => {
      steps.push({ kind: 'command', label, type, effectiveOn: on, ...precisionOf(e), payload, role, ...(starts ? { starts } : {}), event: e });
      statedIf(e, label, type, on);
      if (starts) lastOn.set(starts, on);
    };
    const remember = () => lastOn.set(label, on);
    switch (e.event) {
      case 'notice-issued': {
        if (typeof d.replaces === 'string' && !events.some((x) => x.event === 'notice-replaced' && (x.details as Details).by === label)) {
          steps.push({ kind: 'command', label: d.replaces, type: 'notice.replaced', effectiveOn: on, ...precisionOf(e), payload: { reason: text(e.says), by: noticeTerms(label) }, role: 'dfe-caselead', starts: label, event: e });
          lastOn.set(d.replaces, on);
        } else if (!handedOver.has(label)) {
          const follows = expectedFrom(label);
          steps.push({ kind: 'register', label, path: '/notices', effectiveOn: on, ...precisionOf(e), payload: { council, ...noticeTerms(label), ...(follows ? { follows: `@${follows}` } : {}) }, event: e });
        }
        statedIf(e, label, 'notice.issued', on, sameAsHandOver(label, e));
        break;
      }
      case 'direction-issued': {
        if (!handedOver.has(label)) {
          const follows = expectedFrom(label);
          steps.push({
            kind: 'register', label, path: '/directions', effectiveOn: on, ...precisionOf(e),
            payload: { council, basis: d.basis, ...directionTerms(label), ...(follows ? { follows: `@${follows}` } : {}) }, event: e,
          });
        }
        statedIf(e, label, 'direction.issued', on, sameAsHandOver(label, e));
        break;
      }
      case 'inspection':
        if (!precedingSet.has(e)) cmd('inspection.published', inspectionPayload(d));
        else if ((e.precision ?? 'day') === 'day') stated.push({ label, type: 'trigger.inspection', on: firstDay(e.on), precision: 'day', marked: false, event: e.event });
        break;
      case 'notice-replaced':
        cmd('notice.replaced', { reason: text(e.says), by: noticeTerms(d.by as string) }, 'dfe-caselead', d.by as string);
        break;
      case 'escalated':
        cmd('assessment.decided', { decision: 'escalate', reason: text(e.says), direction: directionTerms(d.to as string), override: override(e) }, 'dfe-caselead', d.to as string);
        break;
      case 'stepped-down': {
        const { trigger: given, ...rest } = noticeTerms(d.to as string);
        cmd('direction.ended', { outcome: 'step-down', reason: text(e.says), notice: { ...rest, trigger: { ...(given as Payload), kind: 'step-down' } }, override: override(e) }, 'dfe-caselead', d.to as string);
        break;
      }
      case 'lifted':
        cmd('assessment.decided', { decision: 'lift', reason: text(e.says), ...(d.basis ? { basis: d.basis } : {}), override: override(e) }, 'dfe-caselead', boardAfter(e.on));
        break;
      case 'revoked': {
        const board = boardAfter(e.on);
        cmd('direction.ended', { outcome: 'revoke', reason: text(e.says), ...(d.basis ? { basis: d.basis } : {}), ...(d.supportAndSupervision || board ? { supportAndSupervision: true } : {}), override: override(e) }, 'dfe-caselead', board);
        break;
      }
      case 'adviser-appointed':
        cmd('adviser.appointed', { name: name(d.name, typeof d.role === 'string' ? d.role : 'Adviser') });
        break;
      case 'commissioner-appointed':
        cmd('commissioner.appointed', { name: name(d.name, 'Commissioner') });
        break;
      case 'commissioner-left':
        cmd('commissioner.left', { ...(d.name ? { name: name(d.name, 'Commissioner') } : {}), ...(d.replacedBy ? { replacedBy: d.replacedBy } : {}) });
        break;
      case 'commissioner-report': {
        const n = reports.get(label) ?? 0;
        reports.set(label, n + 1);
        cmd('commissioner.reported', { reportKind: d.kind ?? (n === 0 ? 'initial' : 'review'), summary: text(e.says) });
        break;
      }
      case 'ministerial-decision':
        cmd('ministerial.decided', { decision: text(d.decision as string) });
        break;
      case 'direction-revised':
        cmd('direction.revised', {
          ...(d.arrangement ? { arrangement: d.arrangement } : {}),
          reason: text(e.says),
          ...(Array.isArray(d.terms) && d.terms.length ? { duties: (d.terms as string[]).map(text) } : {}),
          override: override(e),
        });
        break;
      case 'arrangement-live':
        cmd('arrangement.live', { arrangement: d.arrangement, body: name(d.body, 'The new body') });
        break;
      case 'arrangement-ended':
        cmd('arrangement.ended', { body: name(d.body, 'The body that ran services'), reason: text(e.says) });
        break;
      case 'board-established':
        if (kindOf.get(label) === 'continuing-board') cmd('ambitions-board.established', { chair: { name: name(d.chair, 'Chair') } }, 'programme-office');
        else cmd('board.established', { chair: { name: name(d.chair, 'Chair') } }, 'programme-office');
        break;
      case 'review-held': {
        const reviewId = `review-${index}`;
        cmd('review.started', { reviewId }, 'programme-office');
        cmd('review.held', { reviewId, topics: [] });
        if (d.outcome) cmd('review.outcome-recorded', { reviewId, outcome: d.outcome === 'sufficient' ? 'sufficient-progress' : 'insufficient-progress', summary: text(e.says) });
        break;
      }
      case 'board-met':
        if (kindOf.get(label) === 'continuing-board') cmd('ambitions-board.met', {}, 'programme-office');
        else cmd('board.met', {}, 'programme-office');
        break;
      case 'support-started':
        // Support starts by the hand-over of the lifting or revocation before it: nothing to send; its date is checked.
        statedIf(e, label, 'support.started', on, false);
        break;
    }
    remember();
  }
  return { steps, stated };
}
