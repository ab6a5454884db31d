import { unstorableText } from './storable-text';

describe('unstorableText', () => {
  it('names each field holding a NUL or half a surrogate pair', () => {
    expect(unstorableText({ type: 'x', payload: { name: 'A\u0000B', items: ['ok', 'bad \ud800'] } })).toEqual([
      { field: 'payload.items.1', message: expect.stringMatching(/surrogate/) },
      { field: 'payload.name', message: expect.stringMatching(/NUL/) },
    ]);
    expect(unstorableText('\udc00')).toEqual([{ field: '(body)', message: expect.stringMatching(/surrogate/) }]);
    expect(unstorableText({ payload: { ['k\u0000']: 1 } })).toEqual([{ field: 'payload', message: expect.stringMatching(/^has a key that .*NUL/) }]);
  });

  it('accepts any other Unicode, including whole surrogate pairs and control characters', () => {
    expect(unstorableText({ name: 'Zoë 🙂 \u202e\u0007\t', n: 1, b: null, list: [true] })).toEqual([]);
  });

  it('walks a deeply nested body without overflowing the stack', () => {
    let deep: unknown = 'A\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unstorableText(deep)).toHaveLength(1);
  });
});
