import { createHash } from 'crypto';
import { TOKEN_TRUST_MS } from '../../apps/api/src/auth/actor-cache';
import { ApiHarness, startApi } from './support/api-harness';
import { registration, traffordFacts, TRAFFORD_ISSUED_ON } from './support/trafford';

// Who gets in: 401 without a live token, 403 for the wrong role or council, 404 for what is not there.
describe('access: 401, 403, 404', () => {
  let api: ApiHarness;
  let path: string;
  let slug: string;

  beforeAll(async () => {
    api = await startApi('access');
    slug = `trafford-${api.run}`;
    path = `/instruments/notice/${slug}/${TRAFFORD_ISSUED_ON}`;
    const res = await api.call('POST', '/notices', { token: await api.tokenFor('dfe-caselead'), body: registration(traffordFacts(slug)[1]) });
    expect(res.status).toBe(201);
  });
  afterAll(() => api?.stop());

  it('answers 401 to no token, a token it does not know, and a revoked token', async () => {
    expect((await api.call('GET', '/register')).status).toBe(401);
    expect((await api.call('GET', '/register', { token: 'csi_not-a-real-token' })).status).toBe(401);
    expect((await api.call('GET', '/register', { headers: { authorization: 'Basic YWRhOnB3' } })).status).toBe(401);
    const issued = await api.tokens.issue({ name: 'Leaver', role: 'viewer' });
    expect((await api.call('GET', '/register', { token: issued.token })).status).toBe(200);
    await api.tokens.revoke(issued.tokenId);
    // The guard trusts a token it has looked up for TOKEN_TRUST_MS: revocation's documented bound.
    await new Promise((r) => setTimeout(r, TOKEN_TRUST_MS + 50));
    const revoked = await api.call('GET', '/register', { token: issued.token });
    expect(revoked.status).toBe(401);
    expect(revoked.body.message).toMatch(/revoked/);
  });

  it('stores only the hash of a token', async () => {
    const issued = await api.tokens.issue({ name: 'Hashed', role: 'viewer' });
    const rows: { token_hash: string; row: string }[] = await api.db.query(
      'SELECT token_hash, row_to_json(t)::text AS row FROM api_token t WHERE id = $1',
      [issued.tokenId],
    );
    // The SHA-256 of the token as issued (the standard library's, not the product's helper)...
    expect(rows[0].token_hash).toBe(createHash('sha256').update(issued.token).digest('hex'));
    // ...and the token itself nowhere in the row.
    expect(rows[0].row).toContain(issued.tokenId);
    expect(rows[0].row).not.toContain(issued.token.slice(4));
  });

  it('keeps history to admins', async () => {
    const res = await api.call('GET', `${path}/history`, { token: await api.tokenFor('dfe-caselead') });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/only admin/);
    expect((await api.call('GET', `${path}/history`, { token: await api.tokenFor('admin') })).status).toBe(200);
  });

  it("keeps council users to their own council's instruments and register", async () => {
    const other = await api.tokenFor('viewer', 'salford');
    const own = await api.tokenFor('programme-office', slug);
    expect((await api.call('GET', path, { token: other })).status).toBe(403);
    expect((await api.call('GET', `${path}/timeline`, { token: other })).status).toBe(403);
    expect((await api.call('GET', `${path}/audit`, { token: other })).status).toBe(403);
    expect((await api.call('GET', path, { token: own })).status).toBe(200);
    expect((await api.call('GET', `/register?council=${slug}`, { token: other })).status).toBe(403);
    const ownList = await api.call('GET', '/register', { token: own });
    expect(ownList.status).toBe(200);
    expect(ownList.body.items.every((i: { councilSlug: string }) => i.councilSlug === slug)).toBe(true);
  });

  it('answers 404 for an instrument or rulebook that does not exist', async () => {
    const token = await api.tokenFor('admin');
    const missing = `/instruments/notice/${slug}/2001-01-01`;
    for (const [method, url] of [
      ['GET', missing],
      ['GET', `${missing}/timeline`],
      ['GET', `${missing}/history`],
      ['POST', `${missing}/what-if`],
      ['GET', '/rulebooks/no-such-book'],
    ]) {
      const res = await api.call(method, url, { token, body: method === 'POST' ? { asOf: '2020-01-01' } : undefined });
      expect([url, res.status]).toEqual([url, 404]);
    }
    const command = await api.call('POST', `${missing}/commands`, {
      token: await api.tokenFor('dfe-caselead'),
      body: { type: 'adviser.appointed', effectiveOn: '2001-01-01', payload: { name: 'A' } },
    });
    expect(command.status).toBe(404);
  });

  it('lists, shows and evaluates rulebooks, and answers a what-if on a live notice', async () => {
    const token = await api.tokenFor('viewer');
    const list = await api.call('GET', '/rulebooks', { token });
    expect(list.body.map((b: { id: string }) => b.id)).toEqual(expect.arrayContaining(['improvement-notice', 'covid-19-flexibilities']));
    const book = await api.call('GET', '/rulebooks/improvement-notice', { token });
    expect(book.status).toBe(200);
    expect(book.body.rules.length).toBeGreaterThan(5);
    const whatIf = await api.call('POST', `${path}/what-if`, { token, body: { asOf: '2019-06-01' } });
    expect(whatIf.status).toBe(200);
    expect(whatIf.body.flags.map((f: { ruleId: string }) => f.ruleId)).toContain('adviser-in-place');
    const withAdviser = await api.call('POST', `${path}/what-if`, {
      token,
      body: { asOf: '2019-06-01', extraFacts: traffordFacts(slug).filter((f) => f.type === 'adviser.appointed') },
    });
    expect(withAdviser.body.flags.map((f: { ruleId: string }) => f.ruleId)).not.toContain('adviser-in-place');
    const evaluated = await api.call('POST', '/rulebooks/evaluate', {
      token,
      body: { kind: 'improvement-notice', asOf: '2020-01-01', facts: traffordFacts('trafford').filter((f) => f.effectiveOn <= '2020-01-01') },
    });
    expect(evaluated.status).toBe(200);
    expect(evaluated.body.rulebooks[0].id).toBe('improvement-notice');
  });
});
