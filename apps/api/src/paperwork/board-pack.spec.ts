import { evaluate } from '@cs/rules';
import { traffordNoticeFacts, TRAFFORD } from '../../../../rules/src/fixtures/trafford';
import type { InstrumentView } from '@cs/contract';
import { boardPack } from './board-pack';
import { selfAssessment } from './self-assessment';

/** The Trafford notice's state on a date, as the rules give it (the workflow adds only its own detail). */
function viewOn(asOf: string, until = asOf): { facts: ReturnType<typeof traffordNoticeFacts>; view: InstrumentView } {
  const facts = traffordNoticeFacts({ until });
  const r = evaluate({ kind: 'improvement-notice', facts: facts.filter((f) => f.effectiveOn <= asOf), asOf });
  const view: InstrumentView = {
    workflowId: 'notice/trafford/2019-05-23', kind: 'improvement-notice', council: { ...TRAFFORD.council }, startedOn: TRAFFORD.issuedOn, asOf,
    phase: 'under-improvement', links: {}, factCount: facts.length, detail: {}, rulebooks: r.rulebooks, obligations: r.obligations, flags: r.flags, openDecisions: [],
  };
  return { facts, view };
}

describe('the board pack and the self-assessment, from the record', () => {
  it('cites a source for every sentence and marks what a person writes', () => {
    const { facts, view } = viewOn('2019-09-12');
    const pack = boardPack({ facts, view, boardOn: '2019-09-12', generatedAt: '2019-09-01T00:00:00Z' });
    const blocks = pack.sections.flatMap((s) => s.blocks);
    expect(blocks.filter((b) => b.kind === 'sentence').every((b) => b.kind === 'sentence' && b.cites.length > 0)).toBe(true);
    expect(blocks.filter((b) => b.kind === 'to-write').length).toBeGreaterThanOrEqual(6);
    expect(pack.sections.map((s) => s.clause)).toEqual(['cl. 5a', 'cl. 5d', 'cl. 5c', 'cl. 5e', 'cl. 12', undefined]);
  });

  it('reads only the record up to the board: a later fact does not appear', () => {
    const { facts, view } = viewOn('2019-08-15', '2019-12-31');
    const text = JSON.stringify(boardPack({ facts, view, boardOn: '2019-08-15', generatedAt: 'x' }));
    expect(text).not.toContain('2019-09-09'); // the progress ratings before the board of 2019-09-12
    expect(text).toContain('2019-08-12');
  });

  it('lists what is overdue among what falls due', () => {
    const { facts, view } = viewOn('2019-10-01', '2019-08-01');
    const pack = boardPack({ facts, view, boardOn: '2019-10-01', generatedAt: 'x' });
    const due = pack.sections[pack.sections.length - 1];
    const overdue = view.obligations.filter((o) => o.status === 'overdue');
    expect(overdue.length).toBeGreaterThan(0);
    for (const o of overdue) expect(JSON.stringify(due.blocks)).toContain(`was due on ${o.dueOn}`);
  });

  it('drafts the self-assessment for the review started and not yet held', () => {
    const { facts, view } = viewOn('2019-10-20', '2019-11-30');
    const draft = selfAssessment({ facts, view, asOf: '2019-10-20', generatedAt: 'x' });
    expect(draft.title).toBe('Self-assessment draft for DfE review review-1: Trafford Council, as of 2019-10-20');
    expect(draft.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['Progress against the objectives', 'Staff surveys', 'Supervision']));
  });
});
