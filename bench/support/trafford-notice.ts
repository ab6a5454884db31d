import { addDays, type Fact, type Role } from '@cs/domain';
import { TRAFFORD } from '../../rules/src/fixtures/trafford';
import { TokenStore } from '@cs/persistence';
import {
  commandBody,
  registration,
  traffordFacts,
  TRAFFORD_ISSUED_ON,
} from '../../test/api/support/trafford';

export interface RegisteredNotice {
  workflowId: string;
  /** The API path of the notice's state. */
  path: string;
  facts: number;
  setupSeconds: number;
}

/**
 * Registers the Trafford notice through the API and gives it every fact of its life up to `until`
 * (default: the day before the lifting, so the notice is still running and answers its queries
 * from the worker's cache rather than by replay), as the people in the facts would: one command
 * each, with a token of their role.
 */
export async function registerTraffordNotice(
  base: string,
  tokens: TokenStore,
  until: string = addDays(TRAFFORD.liftedOn, -1),
): Promise<RegisteredNotice> {
  const slug = TRAFFORD.council.slug;
  const path = `/instruments/notice/${slug}/${TRAFFORD_ISSUED_ON}`;
  const facts = traffordFacts(slug).filter(
    (f) => f.effectiveOn >= TRAFFORD_ISSUED_ON && f.effectiveOn <= until,
  );
  const [issued, ...rest] = facts;
  const tokenByRole = new Map<string, string>();
  const tokenOf = async (role: Role) => {
    const council = role === 'programme-office' || role === 'board-chair' ? slug : undefined;
    if (!tokenByRole.has(role))
      tokenByRole.set(role, (await tokens.issue({ name: `bench ${role}`, role, council })).token);
    return tokenByRole.get(role)!;
  };
  const post = async (f: Fact, url: string, body: unknown) => {
    const res = await fetch(base + url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await tokenOf(f.actor.role)}`,
        'content-type': 'application/json',
        'idempotency-key': f.id,
      },
      body: JSON.stringify(body),
    });
    if (!res.ok)
      throw new Error(`${f.type} on ${f.effectiveOn} refused: HTTP ${res.status} ${await res.text()}`);
  };
  const began = performance.now();
  await post(issued, '/notices', registration(issued));
  for (const f of rest) await post(f, `${path}/commands`, commandBody(f));
  return {
    workflowId: `notice/${slug}/${TRAFFORD_ISSUED_ON}`,
    path,
    facts: facts.length,
    setupSeconds: (performance.now() - began) / 1000,
  };
}
