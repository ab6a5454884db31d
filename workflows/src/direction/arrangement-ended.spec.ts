import type { CommandInput } from '@cs/contract';
import type { Fact } from '@cs/domain/core';
import { FactLog } from '../../../rules/src/fixtures/build';
import { Instrument } from '../shared/instrument';
import { direction } from './direction';
import { foldDirection } from './direction-state';

// Doncaster as the record tells it: a direction, a trust live from 1 October 2014, the direction
// revoked in January 2021, the trust absorbed back into the council from September 2022.
const council = { slug: 'doncaster', name: 'Doncaster Metropolitan Borough Council' };
const TODAY = '2025-01-01';
const ID = 'direction/doncaster/2013-03-01';
const input = (f: Fact): CommandInput =>
  ({ command: { type: f.type, effectiveOn: f.effectiveOn, payload: f.payload }, actor: f.actor, recordedAt: f.recordedAt }) as CommandInput;

function doncaster(options: { trust: boolean }): FactLog {
  const log = new FactLog('doncaster');
  log.add('direction.issued', '2013-03-01', { council, basis: 'direct', arrangement: 'council-control' }, 'dfe-caselead');
  if (options.trust) log.add('arrangement.live', '2014-10-01', { arrangement: 'trust', body: "Doncaster Children's Services Trust" }, 'dfe-caselead');
  log.add('direction.ended', '2021-01-01', { outcome: 'revoke', reason: 'All directions lifted by the minister' }, 'dfe-caselead');
  return log;
}

const returned = (on: string) => {
  const log = new FactLog('doncaster');
  log.add('arrangement.ended', on, { body: "Doncaster Children's Services Trust", reason: 'Absorbed back into the council' }, 'dfe-caselead');
  return log.facts[0];
};

/** An instrument holding the facts, as the lifecycle holds them after replaying its history. */
const instrumentOf = (facts: Fact[]) => new Instrument(direction, ID, facts) as Instrument<unknown>;

describe('a trust outlives the direction that set it up', () => {
  it('keeps a revoked direction open for the return of services while its trust still runs them', () => {
    const state = foldDirection(doncaster({ trust: true }).facts);
    expect(direction.endedOn(state)).toBe('2021-01-01');
    expect(direction.afterEnd?.(state)).toEqual(['arrangement.ended']);
  });

  it('records the return after the revocation; the direction stays revoked and the council runs services again', () => {
    const instrument = instrumentOf(doncaster({ trust: true }).facts);
    const fact = returned('2022-09-01');
    expect(instrument.refusal(input(fact), TODAY, 'returned')).toBeUndefined();
    instrument.record(input(fact), 'returned');
    const state = foldDirection(instrument.facts as Fact[]);
    expect(state.arrangement).toBe('council-control');
    expect(state.live).toEqual([{ arrangement: 'trust', body: "Doncaster Children's Services Trust", on: '2014-10-01', endedOn: '2022-09-01' }]);
    expect(instrument.view(TODAY).phase).toBe('revoked');
    // Nothing runs services for anyone else now: the direction has nothing left to stay open for.
    expect(direction.afterEnd?.(state)).toEqual([]);
    expect(instrument.refusal(input(returned('2023-01-01')), TODAY, 'again')).toMatchObject({ kind: 'conflict' });
  });

  it('records nothing else after the end, and nothing at all where no body ran services', () => {
    const withTrust = instrumentOf(doncaster({ trust: true }).facts);
    const log = new FactLog('doncaster');
    log.add('commissioner.appointed', '2022-01-01', { name: 'Too late' }, 'dfe-caselead');
    expect(withTrust.refusal(input(log.facts[0]), TODAY, 'late')).toEqual({ kind: 'conflict', reason: 'the statutory-direction ended on 2021-01-01; it records nothing more' });

    const councilRun = instrumentOf(doncaster({ trust: false }).facts);
    expect(direction.afterEnd?.(foldDirection(doncaster({ trust: false }).facts))).toEqual([]);
    expect(councilRun.refusal(input(returned('2022-09-01')), TODAY, 'none')).toEqual({ kind: 'conflict', reason: 'the statutory-direction ended on 2021-01-01; it records nothing more' });
  });

  it('refuses a return while the council already runs the services itself', () => {
    const log = new FactLog('doncaster');
    log.add('direction.issued', '2013-03-01', { council, basis: 'direct', arrangement: 'council-control' }, 'dfe-caselead');
    const open = instrumentOf(log.facts);
    expect(open.refusal(input(returned('2014-01-01')), TODAY, 'early')).toEqual({
      kind: 'conflict',
      reason: 'services were run by the council on 2014-01-01: no trust, company or partner council to leave',
    });
  });
});
