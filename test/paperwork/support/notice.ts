import type { Fact } from '@cs/domain';
import type { ApiHarness } from '../../api/support/api-harness';
import { commandBody, registration, traffordFacts, TRAFFORD_ISSUED_ON } from '../../api/support/trafford';

/** The Trafford notice of this run's own council, registered and recorded over HTTP up to `until`. */
export async function traffordThrough(api: ApiHarness, until: string): Promise<{ slug: string; path: string; facts: Fact[] }> {
  const slug = `trafford-${api.run}`;
  const path = `/instruments/notice/${slug}/${TRAFFORD_ISSUED_ON}`;
  const facts = traffordFacts(slug).filter((f) => f.effectiveOn >= TRAFFORD_ISSUED_ON && f.effectiveOn <= until);
  const [issued, ...rest] = facts;
  const reg = await api.call('POST', '/notices', { token: await api.tokenFor('dfe-caselead'), body: registration(issued) });
  if (reg.status !== 201) throw new Error(`registration: ${reg.status} ${JSON.stringify(reg.body)}`);
  for (const f of rest) {
    const council = f.actor.role === 'programme-office' || f.actor.role === 'board-chair' ? slug : undefined;
    const res = await api.call('POST', `${path}/commands`, {
      token: await api.tokenFor(f.actor.role, council),
      body: commandBody(f),
      headers: { 'Idempotency-Key': `${f.id}-${api.run}` },
    });
    if (res.status !== 200) throw new Error(`${f.type} of ${f.effectiveOn}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { slug, path, facts };
}
