import fc from 'fast-check';
import type { CommandInput } from '@cs/contract';
import { chronological, factsUpTo, type Fact } from '@cs/domain/core';
import { FactLog } from '../../../rules/src/fixtures/build';
import { traffordContinuingBoardFacts, traffordNoticeFacts } from '../../../rules/src/fixtures/trafford';
import { continuingBoard } from '../continuing-board/continuing-board';
import { direction } from '../direction/direction';
import { notice } from '../notice/notice';
import { Instrument } from './instrument';
import type { InstrumentSpec } from './spec';

const input = (f: Fact): CommandInput =>
  ({ command: { type: f.type, effectiveOn: f.effectiveOn, payload: f.payload }, actor: f.actor, recordedAt: f.recordedAt }) as CommandInput;

/** A statutory direction's life, written as data: issued, commissioner, reports, a revision, the end. */
function directionFacts(): Fact[] {
  const log = new FactLog('stockport');
  const council = { slug: 'stockport', name: 'Stockport Council' };
  log.add('direction.issued', '2024-07-15', { council, basis: 'escalation', fromInstrumentId: 'notice/stockport/2024-01-10', arrangement: 'council-control' }, 'dfe-caselead');
  log.add('commissioner.appointed', '2024-07-20', { name: 'A commissioner' }, 'dfe-caselead');
  log.add('commissioner.reported', '2024-10-20', { reportKind: 'initial', summary: 'Capacity report' }, 'dfe-caselead');
  log.add('commissioner.reported', '2024-10-20', { reportKind: 'review', summary: 'Same day, recorded after' }, 'programme-office');
  log.add('direction.revised', '2025-01-10', { arrangement: 'trust', reason: 'A trust runs the service' }, 'dfe-caselead');
  log.add('commissioner.reported', '2025-04-01', { reportKind: 'review', summary: 'Review report' }, 'dfe-caselead');
  log.add('direction.ended', '2025-05-01', { outcome: 'step-down', reason: 'Capacity to improve shown' }, 'dfe-caselead');
  return log.facts;
}

// Each instrument's lives as facts in time order (ties in recording order), the start first.
const kinds: [string, InstrumentSpec<unknown>, Fact[]][] = [
  ['improvement notice', notice as InstrumentSpec<unknown>, chronological(traffordNoticeFacts().filter((f) => f.effectiveOn >= '2019-05-23'))],
  ['statutory direction', direction as InstrumentSpec<unknown>, chronological(directionFacts())],
  ['continuing board', continuingBoard as InstrumentSpec<unknown>, chronological(traffordContinuingBoardFacts())],
];

// The lifecycle extends its state with `step` when a fact comes in time order and folds from scratch
// otherwise: the two must agree, or the state would depend on how the facts arrived.
describe.each(kinds)('%s: step equals fold', (_kind, spec, timeline) => {
  it('starts with its start fact', () => {
    expect(timeline[0].type).toBe(spec.startType);
  });

  it('for any facts of its life kept in time order, stepped on from any point', () => {
    const later = timeline.slice(1);
    const arbitrary = fc
      .array(fc.boolean(), { minLength: later.length, maxLength: later.length })
      .map((keep) => [timeline[0], ...later.filter((_, i) => keep[i])])
      .chain((facts) => fc.tuple(fc.constant(facts), fc.integer({ min: 1, max: facts.length })));
    fc.assert(
      fc.property(arbitrary, ([facts, from]) => {
        const stepped = facts.slice(from).reduce((state, fact) => spec.step(state, fact), spec.fold(facts.slice(0, from)));
        expect(stepped).toEqual(spec.fold(facts));
      }),
      { numRuns: 150 },
    );
  });

  // The instrument steps when a fact arrives in time order and folds again when one arrives
  // backdated: whatever the order of arrival, its state is the fold of its facts in time order.
  it('for any order of arrival, the instrument holds the fold of its facts in time order, now and as of any date', () => {
    const later = timeline.slice(1);
    const arrivals = fc.shuffledSubarray(later, { minLength: 1, maxLength: Math.min(later.length, 40) });
    const asOf = fc.integer({ min: 0, max: timeline.length - 1 }).map((i) => timeline[i].effectiveOn);
    fc.assert(
      fc.property(arrivals, asOf, (arrived, on) => {
        const instrument = new Instrument(spec, 'instrument/x', [timeline[0]]);
        for (const fact of arrived) {
          instrument.record(input(fact), fact.id);
          instrument.state(); // asked after each fact, as the lifecycle does
        }
        const recorded = [timeline[0], ...arrived];
        expect(instrument.state()).toEqual(spec.fold(chronological(recorded)));
        expect(instrument.state(on)).toEqual(spec.fold(chronological(factsUpTo(recorded, on))));
      }),
      { numRuns: 40 },
    );
  });
});
