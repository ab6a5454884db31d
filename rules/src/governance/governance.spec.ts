import type { EvaluationResult, Fact } from '@cs/domain/core';
import type { AmendmentChange, RulebookVersionChange } from '@cs/domain';
import { FactLog } from '../fixtures/build';
import { changeCommands, diffEvaluations, impactTotals, previewInstrument, project } from './index';

// A small notice written by hand: issued 2024-01-15 after an ILACS published 2023-12-10, so its
// deadline is the end of the month 15 months after publication (cl. 11: 18 months from fieldwork
// taken as 3 months before publication): 2025-03-31. Boards every 28 days from 2024-02-01.
function lakeside(): Fact[] {
  const log = new FactLog('lakeside');
  log.add('notice.issued', '2024-01-15', {
    council: { slug: 'lakeside', name: 'Lakeside Council' },
    trigger: { kind: 'ilacs-inadequate', inspectionPublishedOn: '2023-12-10' },
    areasForImprovement: [{ id: 'front-door', text: 'Front door' }],
  }, 'dfe-caselead');
  log.add('adviser.appointed', '2024-01-20', { name: 'An adviser' }, 'dfe-caselead');
  log.add('board.established', '2024-02-01', { chair: { name: 'Chair', councilOfficerOrMember: false }, meetingIntervalDays: 28 });
  log.add('plan.agreed', '2024-02-01', { objectives: [{ id: 'obj-1', title: 'Front door', covers: ['front-door'] }] });
  for (const on of ['2024-02-29', '2024-03-28', '2024-04-25', '2024-05-23', '2024-06-20'])
    log.add('board.met', on, { virtual: false, report: { data: true, analysis: true, recommendations: true, evidenceOfImpact: true }, voice: { frontlineStaff: true, childrenAndYoungPeople: true }, slowObjectivesHighlighted: [] });
  log.add('adviser.reported', '2024-04-18', { kind: 'progress', summary: 'Progress' }, 'adviser');
  return log.facts;
}

// Winter pressures, 2024-06-01 to 2024-12-01: boards at least every 8 weeks whatever the agreed
// timetable, and reviews up to 2 months after their original timeframe.
const winter: AmendmentChange = {
  type: 'amendment',
  amendmentId: 'winter-pressures-2024',
  version: '2024.1',
  title: 'the winter pressures letter',
  appliesTo: ['improvement-notice'],
  window: { startOn: '2024-06-01', endOn: '2024-12-01' },
  source: { document: 'DfE letter to directors of children services, 2024-05-20' },
  overrides: [
    { parameter: 'board.followAgreedTimetable', value: false, clause: '(1)' },
    { parameter: 'board.maxIntervalDays', value: 56, clause: '(1)' },
    { parameter: 'review.graceMonths', value: 2, clause: '(2)' },
  ],
};

const notice = () => ({ kind: 'improvement-notice' as const, facts: lakeside() });

describe('a drafted change on one instrument', () => {
  it('records the amendment from its window start, carrying its definition, and ends it on its end date', () => {
    const applied = changeCommands(winter, notice(), 'apply', { rolloutId: 'r-1' });
    expect(applied).toEqual({
      affected: true,
      commands: [{ type: 'flexibility.started', effectiveOn: '2024-06-01', payload: { amendmentId: 'winter-pressures-2024', amendment: { version: '2024.1', title: 'the winter pressures letter', source: winter.source, overrides: winter.overrides, rolloutId: 'r-1' } } }],
    });
    expect(changeCommands(winter, notice(), 'end')).toEqual({ affected: false, reason: 'winter-pressures-2024 was never applied to it' });
  });

  it('leaves out a direction and a notice that ended before the window', () => {
    const direction = new FactLog();
    direction.add('direction.issued', '2021-01-04', { council: { slug: 'x', name: 'X' }, basis: 'escalation', arrangement: 'council-control' }, 'dfe-caselead');
    expect(changeCommands(winter, { kind: 'statutory-direction', facts: direction.facts })).toMatchObject({ affected: false });
    const lifted = lakeside();
    lifted.push({ ...lifted[0], id: 'lift', type: 'assessment.decided', effectiveOn: '2024-05-01', payload: { decision: 'lift', override: { reason: 'record' } } } as Fact);
    expect(changeCommands(winter, { kind: 'improvement-notice', facts: lifted })).toEqual({ affected: false, reason: 'it ended on 2024-05-01' });
  });

  it('adopts a later rulebook version only where an earlier one runs', () => {
    const v2019: RulebookVersionChange = { type: 'rulebook-version', rulebookId: 'improvement-notice', version: '2019.1', adoptOn: '2024-03-01', source: { document: 'New template' }, reason: 'the new template' };
    expect(changeCommands(v2019, notice())).toMatchObject({ affected: false, reason: 'it runs under improvement-notice@2019.1 already' });
    const old = notice();
    expect(changeCommands(v2019, { ...old, pins: [{ id: 'improvement-notice', version: '2010.1' }] })).toEqual({
      affected: true,
      commands: [{ type: 'rulebook.adopted', effectiveOn: '2024-03-01', payload: { rulebookId: 'improvement-notice', version: '2019.1', reason: 'the new template', source: { document: 'New template' } } }],
    });
  });
});

describe('impact preview', () => {
  it('shows each due date the amendment moves, as written from its clauses', () => {
    // In force on 2024-07-01: board 6 is due 28 days after 2024-06-20; review 1 six months after
    // issue (2024-07-15), its self-assessment 14 days before. Under the draft the 2024-06-20 board
    // fell in the window, so 56 days; review 1's original date is in the window, so 2 months more.
    const p = previewInstrument(winter, notice(), '2024-07-01');
    expect(p.error).toBeUndefined();
    expect(p.dueDates).toEqual([
      { ruleId: 'self-assessment-before-review', kind: 'self-assessment', subject: 'review-1', from: '2024-07-01', to: '2024-09-01' },
      { ruleId: 'review-cadence', kind: 'dfe-review', subject: 'review-1', from: '2024-07-15', to: '2024-09-15' },
      { ruleId: 'board-timetable', kind: 'board-meeting', subject: 'board-6', from: '2024-07-18', to: '2024-08-15' },
    ]);
    expect(p.flags).toEqual([]);
    expect(p.decisions).toEqual([]);
    expect(p.rulebooks).toEqual({ inForce: ['improvement-notice@2019.1', 'covid-19-flexibilities@2020.1'], draft: ['improvement-notice@2019.1', 'covid-19-flexibilities@2020.1', 'winter-pressures-2024@2024.1'] });
  });

  it('moves nothing before the window opens', () => {
    expect(previewInstrument(winter, notice(), '2024-05-01').dueDates).toEqual([]);
  });

  it('says why the rules cannot read a draft that conflicts with an amendment in force', () => {
    const covid = notice();
    covid.facts.push({ ...covid.facts[0], id: 'covid', type: 'flexibility.started', effectiveOn: '2024-05-01', payload: { amendmentId: 'covid-19-flexibilities' } } as Fact);
    const p = previewInstrument(winter, covid, '2024-07-01');
    expect(p.error).toMatch(/covid-19-flexibilities .* and winter-pressures-2024 .* both override board\.followAgreedTimetable, board\.maxIntervalDays, review\.graceMonths/);
  });

  it('diffs flags appearing and clearing and decisions opening and closing, and totals them', () => {
    const explanation = {} as EvaluationResult['flags'][number]['explanation'];
    const a: EvaluationResult = {
      asOf: '2024-07-01', rulebooks: [], obligations: [],
      flags: [{ key: 'slow:slow-objective:obj-1', ruleId: 'slow', kind: 'slow-objective', severity: 'warning', explanation }],
      decisions: [{ decision: 'continue', open: true, explanation }, { decision: 'escalate', open: false, explanation }],
    };
    const b: EvaluationResult = {
      ...a,
      flags: [{ key: 'chair:chair-not-independent:c', ruleId: 'chair', kind: 'chair-not-independent', severity: 'breach', explanation }],
      decisions: [{ decision: 'continue', open: false, explanation }, { decision: 'escalate', open: true, explanation }],
    };
    const d = diffEvaluations(a, b);
    expect(d.flags).toEqual([
      { key: 'chair:chair-not-independent:c', ruleId: 'chair', kind: 'chair-not-independent', severity: 'breach', change: 'appears' },
      { key: 'slow:slow-objective:obj-1', ruleId: 'slow', kind: 'slow-objective', severity: 'warning', change: 'clears' },
    ]);
    expect(d.decisions).toEqual([{ decision: 'escalate', change: 'opens' }, { decision: 'continue', change: 'closes' }]);
    const moved = previewInstrument(winter, notice(), '2024-07-01');
    expect(impactTotals([{ ...d, rulebooks: { inForce: [], draft: [] } }, moved, { dueDates: [], flags: [], decisions: [], rulebooks: { inForce: [], draft: [] }, error: 'x' }])).toEqual({
      instruments: 3, affected: 2, errors: 1, dueDatesMoved: 3, dueDatesAppearing: 0, dueDatesClearing: 0, flagsAppearing: 1, flagsClearing: 1, decisionsOpening: 1, decisionsClosing: 1,
    });
  });
});

describe('projection', () => {
  const dutyDates = (kind: string, events: { on: string; kind: string; what: string }[]) => events.filter((e) => e.kind === kind && e.what !== 'decision-opens').map((e) => e.on);

  it('lays out every duty to the deadline and twelve months beyond under the rules in force', () => {
    const p = project(notice(), '2024-07-01');
    expect(p).toMatchObject({ from: '2024-07-01', deadlineOn: '2025-03-31', until: '2026-03-31' });
    // Reviews every 6 months from issue, each held on its due date; self-assessments 14 days before.
    expect(dutyDates('dfe-review', p.events)).toEqual(['2024-07-15', '2025-01-15', '2025-07-15', '2026-01-15']);
    expect(dutyDates('self-assessment', p.events)).toEqual(['2024-07-01', '2025-01-01', '2025-07-01', '2026-01-01']);
    // Adviser reports every 3 months from 2024-04-18.
    expect(dutyDates('adviser-report', p.events)).toEqual(['2024-07-18', '2024-10-18', '2025-01-18', '2025-04-18', '2025-07-18', '2025-10-18', '2026-01-18']);
    // Boards every 28 days from 2024-06-20.
    expect(dutyDates('board-meeting', p.events).slice(0, 8)).toEqual(['2024-07-18', '2024-08-15', '2024-09-12', '2024-10-10', '2024-11-07', '2024-12-05', '2025-01-02', '2025-01-30']);
    expect(dutyDates('board-meeting', p.events).slice(-1)).toEqual(['2026-03-26']); // 2024-07-18 + 22 x 28 days, the last before 2026-03-31
    expect(dutyDates('board-meeting', p.events)).toHaveLength(23);
    expect(p.events.find((e) => e.what === 'deadline')).toMatchObject({ on: '2025-03-31', ruleId: 'deadline' });
    // cl. 11-13: continuing or extending the notice opens the day the deadline arrives.
    expect(p.events.filter((e) => e.what === 'decision-opens' && e.on === '2025-03-31').map((e) => e.kind).sort()).toEqual(['continue', 'extend']);
  });

  it('under a draft, boards and reviews follow the amendment while its window is open', () => {
    const p = project(notice(), '2024-07-01', winter);
    expect(dutyDates('board-meeting', p.events).slice(0, 4)).toEqual(['2024-08-15', '2024-10-10', '2024-12-05', '2025-01-02']);
    expect(dutyDates('dfe-review', p.events).slice(0, 2)).toEqual(['2024-09-15', '2025-03-15']);
    expect(dutyDates('self-assessment', p.events).slice(0, 2)).toEqual(['2024-09-01', '2025-03-01']);
  });
});
