import { councilRefusal } from './council-scope';

describe('council scope', () => {
  it('lets national roles act on any council', () => {
    expect(councilRefusal({ id: 'c', role: 'dfe-caselead' }, 'trafford')).toBeUndefined();
    expect(councilRefusal({ id: 'a', role: 'admin' }, 'trafford')).toBeUndefined();
  });

  it('keeps council users to their own council', () => {
    expect(councilRefusal({ id: 'p', role: 'programme-office', council: 'trafford' }, 'trafford')).toBeUndefined();
    expect(councilRefusal({ id: 'p', role: 'programme-office', council: 'trafford' }, 'salford')).toMatch(
      /programme-office of trafford may not act on salford/,
    );
    expect(councilRefusal({ id: 'v', role: 'viewer', council: 'trafford' }, 'salford')).toBeDefined();
  });

  it('refuses a council role that has no council', () => {
    expect(councilRefusal({ id: 'b', role: 'board-chair' }, 'trafford')).toMatch(/no council/);
  });
});
