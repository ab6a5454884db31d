import { ApiHarness, startApi } from './support/api-harness';
import { registration, traffordFacts, TRAFFORD_ISSUED_ON } from './support/trafford';

// A retried command with the same Idempotency-Key has one effect and returns the first answer.
describe('exactly once under retries', () => {
  let api: ApiHarness;
  let path: string;

  beforeAll(async () => {
    api = await startApi('idempotency');
    const slug = `trafford-${api.run}`;
    path = `/instruments/notice/${slug}/${TRAFFORD_ISSUED_ON}`;
    const res = await api.call('POST', '/notices', { token: await api.tokenFor('dfe-caselead'), body: registration(traffordFacts(slug)[1]) });
    expect(res.status).toBe(201);
  });
  afterAll(() => api?.stop());

  it('records a retried command once, answers the same, and audits it once', async () => {
    const token = await api.tokenFor('adviser');
    const caselead = await api.tokenFor('dfe-caselead');
    await api.call('POST', `${path}/commands`, { token: caselead, body: { type: 'adviser.appointed', effectiveOn: TRAFFORD_ISSUED_ON, payload: { name: 'Claire Burgess' } } });
    const before = await api.call('GET', path, { token });
    const key = `report-${api.run}`;
    const body = { type: 'adviser.reported', effectiveOn: '2019-08-15', payload: { kind: 'concern', summary: 'Caseloads remain high' } };
    const [a, b] = await Promise.all([
      api.call('POST', `${path}/commands`, { token, body, headers: { 'Idempotency-Key': key } }),
      api.call('POST', `${path}/commands`, { token, body, headers: { 'Idempotency-Key': key } }),
    ]);
    const c = await api.call('POST', `${path}/commands`, { token, body, headers: { 'Idempotency-Key': key } });
    for (const r of [a, b, c]) expect([r.status, r.body.fact?.id]).toEqual([200, key]);
    expect(b.body.fact).toEqual(a.body.fact);
    expect(c.body.fact).toEqual(a.body.fact);

    const after = await api.call('GET', path, { token });
    expect(after.body.factCount).toBe(before.body.factCount + 1);
    const timeline = await api.call('GET', `${path}/timeline`, { token });
    expect(timeline.body.past.filter((e: { id: string }) => e.id === key)).toHaveLength(1);
    const audit = await api.call('GET', `${path}/audit`, { token: await api.tokenFor('admin') });
    expect(audit.body.items.filter((l: { idempotencyKey: string; outcome: string }) => l.idempotencyKey === key && l.outcome === 'accepted')).toHaveLength(1);
  });

  it('records the same command twice when the keys differ', async () => {
    const token = await api.tokenFor('adviser');
    const body = { type: 'adviser.reported', effectiveOn: '2019-09-15', payload: { kind: 'progress', summary: 'Better' } };
    const a = await api.call('POST', `${path}/commands`, { token, body });
    const b = await api.call('POST', `${path}/commands`, { token, body });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.fact.id).not.toBe(b.body.fact.id);
  });
});
