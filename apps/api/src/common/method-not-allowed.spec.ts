import { allowedMethods } from './method-not-allowed';

describe('allowedMethods', () => {
  it('names the methods of a documented path, parameters filled in', () => {
    expect(allowedMethods('/instruments/notice/trafford/2019-05-23/commands')).toEqual(['POST']);
    expect(allowedMethods('/instruments/notice/trafford/2019-05-23')).toEqual(['GET']);
    expect(allowedMethods('/register/')).toEqual(['GET']);
  });

  it('lists both where a literal path and a parameter share a shape', () => {
    // GET /rulebooks/{id} also matches /rulebooks/evaluate, which is POST.
    expect(allowedMethods('/rulebooks/evaluate').sort()).toEqual(['GET', 'POST']);
  });

  it('is empty for a path no route has', () => {
    expect(allowedMethods('/nowhere')).toEqual([]);
    expect(allowedMethods('/instruments/notice/trafford')).toEqual([]);
    expect(allowedMethods('/instruments/notice/trafford/2019-05-23/commands/extra')).toEqual([]);
  });
});
