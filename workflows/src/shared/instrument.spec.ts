import { addDays, type Fact } from '@cs/domain/core';
import { TRAFFORD, traffordNoticeFacts } from '../../../rules/src/fixtures/trafford';
import { notice } from '../notice/notice';
import { Instrument } from './instrument';
import type { CommandInput } from '@cs/contract';

const ID = 'notice/trafford/2019-05-23';
const TODAY = '2025-01-01';
const facts = (): Fact[] => JSON.parse(JSON.stringify(traffordNoticeFacts().filter((f) => f.effectiveOn >= TRAFFORD.issuedOn)));
const input = (f: Fact): CommandInput =>
  ({ command: { type: f.type, effectiveOn: f.effectiveOn, payload: f.payload }, actor: f.actor, recordedAt: f.recordedAt }) as CommandInput;

/** Facts given one by one as the lifecycle does: validator, then handler, then the loop's views. */
function entered(all: Fact[]): Instrument<unknown> {
  const [start, ...rest] = all;
  const instrument = new Instrument(notice, ID, [start]) as Instrument<unknown>;
  for (const f of rest) {
    expect(instrument.refusal(input(f), TODAY, f.id)).toBeUndefined();
    instrument.record(input(f), f.id);
    instrument.view(TODAY);
  }
  return instrument;
}

describe('Instrument: what it remembers between questions changes no answer', () => {
  const all = facts();
  const cut = all.findIndex((f) => f.effectiveOn >= '2020-09-24');

  it('answers as an instrument built from the same facts at once, as of any date', () => {
    const stepwise = entered(all.slice(0, cut));
    const atOnce = new Instrument(notice, ID, facts().slice(0, cut));
    for (const asOf of ['2019-05-23', '2019-12-01', '2020-09-01', TODAY]) {
      expect(stepwise.view(asOf)).toEqual(atOnce.view(asOf));
      expect(stepwise.state(asOf)).toEqual(atOnce.state(asOf));
    }
    expect(stepwise.state()).toEqual(atOnce.state());
  });

  it('folds a fact entered out of date order where it belongs', () => {
    const stepwise = entered(all.slice(0, cut));
    const late = all.find((f, i) => i > 0 && i < cut && f.type === 'board.met')!;
    const backdated = { ...late, id: 'backdated-meeting', effectiveOn: addDays(late.effectiveOn, 1) } as Fact;
    stepwise.record(input(backdated), backdated.id);
    const atOnce = new Instrument(notice, ID, [...facts().slice(0, cut), backdated]);
    expect(stepwise.state()).toEqual(atOnce.state());
    expect(stepwise.view(TODAY)).toEqual(atOnce.view(TODAY));
  });

  it('records the validated fact, not a different one, when the handler is given another', () => {
    const [start, first, second] = all;
    const instrument = new Instrument(notice, ID, [start]);
    expect(instrument.refusal(input(first), TODAY, first.id)).toBeUndefined();
    const recorded = instrument.record(input(second), second.id);
    expect(recorded).toEqual(second);
    expect(instrument.view(TODAY)).toEqual(new Instrument(notice, ID, [start, second]).view(TODAY));
  });
});
