import type { Actor, Command, Fact } from '@cs/domain';
import { keyReuseRefusal, recordedBefore } from './key-reuse';

const actor: Actor = { id: 'user-1', role: 'adviser' };
const command = { type: 'adviser.reported', effectiveOn: '2019-08-15', payload: { kind: 'concern', summary: 'Caseloads' } } as Command;
const fact = { ...command, id: 'key-1', actor, recordedAt: '2026-01-01T10:00:00.000Z' } as Fact;

describe('keyReuseRefusal', () => {
  it('accepts the answer to the same command by the same user (a retry)', () => {
    expect(keyReuseRefusal(fact, actor, { ...command, payload: { summary: 'Caseloads', kind: 'concern' } } as Command)).toBeUndefined();
  });

  it('refuses an answer recorded for another command or another user, naming the key', () => {
    expect(keyReuseRefusal(fact, { ...actor, id: 'user-2' }, command)).toMatch(/^Idempotency-Key key-1 was already used for another command/);
    expect(keyReuseRefusal(fact, actor, { ...command, effectiveOn: '2019-08-16' })).toBeDefined();
    expect(keyReuseRefusal(fact, actor, { ...command, payload: { kind: 'progress', summary: 'Caseloads' } } as Command)).toBeDefined();
  });
});

describe('recordedBefore', () => {
  it('tells a retry (recorded before the request) from a first answer', () => {
    expect(recordedBefore(fact, Date.parse('2026-01-01T10:00:01Z'))).toBe(true);
    expect(recordedBefore(fact, Date.parse('2026-01-01T10:00:00Z'))).toBe(false);
  });
});
