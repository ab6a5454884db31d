import type { Actor } from '@cs/domain';
import { ActorCache, TOKEN_TRUST_MS } from './actor-cache';

describe('actor cache', () => {
  const ada: Actor = { id: 'user-ada', role: 'viewer' };
  let clock: number;
  let lookUps: string[];
  const store = new Map<string, Actor>([['hash-ada', ada]]);
  const lookUp = async (hash: string) => (lookUps.push(hash), store.get(hash));

  beforeEach(() => {
    clock = 1_000_000;
    lookUps = [];
  });

  it('asks the store once per token while the token is trusted', async () => {
    const cache = new ActorCache(TOKEN_TRUST_MS, () => clock);
    expect(await cache.actorFor('hash-ada', lookUp)).toEqual(ada);
    clock += TOKEN_TRUST_MS - 1;
    expect(await cache.actorFor('hash-ada', lookUp)).toEqual(ada);
    expect(lookUps).toEqual(['hash-ada']);
  });

  it('asks again once the trust has run out, so a revocation takes effect within TOKEN_TRUST_MS', async () => {
    const cache = new ActorCache(TOKEN_TRUST_MS, () => clock);
    await cache.actorFor('hash-ada', lookUp);
    clock += TOKEN_TRUST_MS;
    const revoked = async (hash: string) => (lookUps.push(hash), undefined);
    expect(await cache.actorFor('hash-ada', revoked)).toBeUndefined();
    expect(await cache.actorFor('hash-ada', revoked)).toBeUndefined();
    expect(lookUps).toEqual(['hash-ada', 'hash-ada', 'hash-ada']);
  });

  it('never keeps an unknown token', async () => {
    const cache = new ActorCache(TOKEN_TRUST_MS, () => clock);
    expect(await cache.actorFor('hash-nobody', lookUp)).toBeUndefined();
    expect(await cache.actorFor('hash-nobody', lookUp)).toBeUndefined();
    expect(lookUps).toEqual(['hash-nobody', 'hash-nobody']);
    expect(cache.size).toBe(0);
  });

  it('stays within its size: expired entries go first, then everything', async () => {
    const cache = new ActorCache(TOKEN_TRUST_MS, () => clock, 2);
    const anyone = async () => ada;
    await cache.actorFor('a', anyone);
    clock += TOKEN_TRUST_MS;
    await cache.actorFor('b', anyone);
    await cache.actorFor('c', anyone); // 'a' has expired: dropped
    expect(cache.size).toBe(2);
    await cache.actorFor('d', anyone); // 'b' and 'c' still trusted: start again
    expect(cache.size).toBe(1);
  });
});
