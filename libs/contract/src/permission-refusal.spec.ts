import { FactType, Role } from '@cs/domain';
import { mayRecordByHand } from '../../../test/support/who-may-record';
import { permissionRefusal } from './council-scope';

describe('permissionRefusal', () => {
  it('allows exactly what the hand-written table allows, for every role and fact type', () => {
    for (const type of FactType.options) {
      for (const role of Role.options) {
        const actor = { id: 'u', role, council: 'trafford' };
        expect([type, role, permissionRefusal(actor, type, 'trafford') === undefined]).toEqual([type, role, mayRecordByHand(role, type)]);
      }
    }
  });

  it("words a refusal as the workflow's validator does", () => {
    expect(permissionRefusal({ id: 'v', role: 'viewer' }, 'plan.agreed', 'trafford')).toBe(
      'role viewer may not record plan.agreed (allowed: programme-office)',
    );
  });

  it("refuses another council's instrument", () => {
    expect(permissionRefusal({ id: 'p', role: 'programme-office', council: 'salford' }, 'plan.agreed', 'trafford')).toMatch(
      /may not act on trafford/,
    );
  });
});
