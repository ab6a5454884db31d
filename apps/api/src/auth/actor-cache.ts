import type { Actor } from '@cs/domain';

/**
 * How long the API trusts a token it has looked up before asking Postgres again, and so the bound
 * on revocation: a revoked token (or a user's changed role or council) takes effect within this
 * long in every API process. One second spares a busy caller (a page's burst of requests, a
 * screen that polls) a database round trip on every request.
 */
export const TOKEN_TRUST_MS = 1_000;

type LookUp = (tokenHash: string) => Promise<Actor | undefined>;

/**
 * The actors of live tokens by token hash, each trusted for TOKEN_TRUST_MS. Unknown and revoked
 * tokens are never kept: each of their requests asks Postgres.
 */
export class ActorCache {
  private readonly entries = new Map<string, { actor: Actor; until: number }>();

  constructor(
    private readonly trustMs = TOKEN_TRUST_MS,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
  ) {}

  async actorFor(tokenHash: string, lookUp: LookUp): Promise<Actor | undefined> {
    const entry = this.entries.get(tokenHash);
    if (entry && entry.until > this.now()) return entry.actor;
    this.entries.delete(tokenHash);
    const actor = await lookUp(tokenHash);
    if (actor) this.keep(tokenHash, actor);
    return actor;
  }

  get size(): number {
    return this.entries.size;
  }

  private keep(tokenHash: string, actor: Actor): void {
    if (this.entries.size >= this.maxEntries) this.dropExpired();
    if (this.entries.size >= this.maxEntries) this.entries.clear(); // all live: start again rather than grow
    this.entries.set(tokenHash, { actor, until: this.now() + this.trustMs });
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [hash, entry] of this.entries) if (entry.until <= now) this.entries.delete(hash);
  }
}
