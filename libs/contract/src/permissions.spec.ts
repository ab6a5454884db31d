import { FactType, Role } from '@cs/domain';
import { mayRecordByHand } from '../../../test/support/who-may-record';
import { councilScoped, mayRecord, roleRefusal } from './permissions';

describe('who may record what', () => {
  it('is the table written out by hand from DOMAIN.md, for every role and fact type', () => {
    const differences = FactType.options.flatMap((type) =>
      Role.options.filter((role) => mayRecord[type].includes(role) !== mayRecordByHand(role, type)).map((role) => `${role} ${type}`),
    );
    expect(differences).toEqual([]);
  });

  it('refuses a role in words that name the role, the fact type and who may', () => {
    expect(roleRefusal('viewer', 'plan.agreed')).toBe('role viewer may not record plan.agreed (allowed: programme-office)');
    expect(roleRefusal('adviser', 'review.held')).toBe('role adviser may not record review.held (allowed: programme-office, dfe-caselead)');
    expect(roleRefusal('board-chair', 'board.met')).toBeUndefined();
  });

  it("scopes the council's own people to their council", () => {
    expect([...councilScoped].sort()).toEqual(['board-chair', 'programme-office']);
  });
});
