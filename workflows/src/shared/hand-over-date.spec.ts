import type { Fact } from '@cs/domain/core';
import { FactLog } from '../../../rules/src/fixtures/build';
import { direction } from '../direction/direction';
import { foldDirection } from '../direction/direction-state';

// A successor starts on the date of the fact that handed over, as precisely as the record gave it.
const council = { slug: 'sefton', name: 'Sefton Metropolitan Borough Council' };
const self = { workflowId: 'direction/sefton/2022-05-01', links: {} };

function revoked(precision?: 'month' | 'year'): { facts: Fact[]; ended: Fact } {
  const log = new FactLog('sefton');
  log.add('direction.issued', '2022-05-01', { council, basis: 'direct', arrangement: 'council-control' }, 'dfe-caselead');
  const ended = log.add('direction.ended', '2024-01-01', { outcome: 'revoke', reason: 'Revoked', supportAndSupervision: true }, 'dfe-caselead');
  if (precision) Object.assign(ended, { precision });
  return { facts: log.facts, ended };
}

describe('the date a successor starts on', () => {
  it('carries the month or year the record gave for the hand-over', () => {
    const { facts, ended } = revoked('year');
    const next = direction.successor(ended, foldDirection(facts), self);
    expect(next?.start.command).toMatchObject({ type: 'support.started', effectiveOn: '2024-01-01', precision: 'year' });
  });

  it('adds nothing to a hand-over known to the day, so older histories start their successors as before', () => {
    const { facts, ended } = revoked();
    const next = direction.successor(ended, foldDirection(facts), self);
    expect(next?.start.command).toEqual({ type: 'support.started', effectiveOn: '2024-01-01', payload: { council, fromInstrumentId: self.workflowId } });
  });
});
