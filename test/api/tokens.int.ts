import { execFile } from 'child_process';
import { join } from 'path';
import { promisify } from 'util';
import { nodeTsArgs } from '../../tools/servers/processes';
import { ApiHarness, startApi } from './support/api-harness';

const root = join(__dirname, '..', '..');
const DAY_MS = 86_400_000;

/** The tokens CLI as an operator runs it, against the test database. */
async function cli(args: string[], env: Record<string, string>): Promise<string> {
  return (await cliRun(args, env)).stdout;
}

/** The same, keeping the exit code and both streams (a refusal exits non-zero). */
async function cliRun(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...nodeTsArgs('apps/api/src/cli/tokens.ts'), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

// Tokens expire (TOKEN_LIFETIME_DAYS), record when they were last used, and an admin lists them
// through the API and the CLI, never seeing a token or its hash.
describe('API tokens: expiry, last use, the admin list', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('tokens', {}, false);
  });
  afterAll(() => api?.stop());

  const row = async (tokenId: string) =>
    ((await api.db.query('SELECT expires_at, last_used_at, created_at FROM api_token WHERE id = $1', [tokenId])) as { expires_at: Date; last_used_at: Date | null; created_at: Date }[])[0];

  it('gives a token 90 days by default and refuses it once expired, saying so', async () => {
    const issued = await api.tokens.issue({ name: 'Short-lived', role: 'viewer' });
    const stored = await row(issued.tokenId);
    expect(stored.expires_at.getTime() - stored.created_at.getTime()).toBe(90 * DAY_MS);
    expect((await api.call('GET', '/rulebooks', { token: issued.token })).status).toBe(200);
    await api.db.query(`UPDATE api_token SET expires_at = now() - interval '1 minute' WHERE id = $1`, [issued.tokenId]);
    await new Promise((r) => setTimeout(r, 1100)); // the guard trusts a looked-up token for a second
    const refused = await api.call('GET', '/rulebooks', { token: issued.token });
    expect(refused.status).toBe(401);
    expect(refused.body.message).toMatch(/^the token expired at \d{4}-\d\d-\d\dT.*: ask an admin for a new one$/);
  });

  it('records when a token was last used', async () => {
    const issued = await api.tokens.issue({ name: 'Reader', role: 'viewer' });
    expect((await row(issued.tokenId)).last_used_at).toBeNull();
    const before = Date.now();
    expect((await api.call('GET', '/rulebooks', { token: issued.token })).status).toBe(200);
    const used = (await row(issued.tokenId)).last_used_at;
    expect(used).not.toBeNull();
    // The database's clock and ours are the same machine's; allow for rounding to the millisecond.
    expect(used!.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(used!.getTime()).toBeLessThanOrEqual(Date.now() + 5);
  });

  it('lists every token to an admin, with its user, expiry, last use and state, and to no one else', async () => {
    const admin = await api.tokenFor('admin');
    const live = await api.tokens.issue({ name: 'Listed', role: 'programme-office', council: `trafford-${api.run}` });
    const revoked = await api.tokens.issue({ name: 'Gone', role: 'adviser' });
    await api.tokens.revoke(revoked.tokenId);
    await api.call('GET', '/rulebooks', { token: live.token });

    const listed = await api.call('GET', '/tokens', { token: admin });
    expect(listed.status).toBe(200);
    const mine = listed.body.items.find((t: { tokenId: string }) => t.tokenId === live.tokenId);
    expect(mine).toMatchObject({
      label: 'issued by cli',
      user: { id: live.userId, name: 'Listed', role: 'programme-office', council: `trafford-${api.run}` },
      status: 'live',
      revokedAt: null,
      lastUsedAt: expect.stringMatching(/^\d{4}-/),
      expiresAt: expect.stringMatching(/^\d{4}-/),
    });
    expect(listed.body.items.find((t: { tokenId: string }) => t.tokenId === revoked.tokenId)).toMatchObject({ status: 'revoked', lastUsedAt: null });
    const text = JSON.stringify(listed.body);
    expect(text).not.toContain(live.token);
    const hashes: { token_hash: string }[] = await api.db.query('SELECT token_hash FROM api_token WHERE id = $1', [live.tokenId]);
    expect(text).not.toContain(hashes[0].token_hash);

    const onlyRevoked = await api.call('GET', '/tokens?status=revoked', { token: admin });
    expect(onlyRevoked.body.items.length).toBeGreaterThan(0);
    expect(onlyRevoked.body.items.every((t: { status: string }) => t.status === 'revoked')).toBe(true);
    const bad = await api.call('GET', '/tokens?status=stale', { token: admin });
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].field).toBe('status');
    const viewer = await api.call('GET', '/tokens', { token: await api.tokenFor('viewer') });
    expect(viewer.status).toBe(403);
  });

  it('issues tokens for TOKEN_LIFETIME_DAYS from the CLI, and lists them there', async () => {
    const env = { DATABASE_URL: api.env.DATABASE_URL!, TOKEN_LIFETIME_DAYS: '7' };
    const out = await cli(['issue', '--name', `Weekly ${api.run}`, '--role', 'viewer'], env);
    const tokenId = /token id (token-[\w-]+), expires (\S+)/.exec(out);
    expect(tokenId).not.toBeNull();
    const stored = await row(tokenId![1]);
    expect(stored.expires_at.getTime() - stored.created_at.getTime()).toBe(7 * DAY_MS);
    expect(new Date(tokenId![2]).getTime()).toBe(stored.expires_at.getTime());

    const listing = await cli(['list', '--status', 'live'], env);
    const line = listing.split('\n').find((l) => l.startsWith(tokenId![1]));
    expect(line).toMatch(new RegExp(`live +Weekly ${api.run} \\(viewer\\) +expires ${tokenId![2]} +last used never`));
    expect(listing).toMatch(/\d+ token\(s\)\n$/);
  });

  it('revokes a token through the API once, says when it was already revoked, and answers 404 for an unknown id', async () => {
    const admin = await api.tokenFor('admin');
    const victim = await api.tokens.issue({ name: 'To revoke', role: 'viewer' });
    expect((await api.call('GET', '/rulebooks', { token: victim.token })).status).toBe(200);

    const revoked = await api.call('POST', `/tokens/${victim.tokenId}/revoke`, { token: admin });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ tokenId: victim.tokenId, status: 'revoked', revokedAt: expect.stringMatching(/^\d{4}-/) });
    await new Promise((r) => setTimeout(r, 1100)); // the guard trusts a looked-up token for a second
    expect((await api.call('GET', '/rulebooks', { token: victim.token })).status).toBe(401);
    const again = await api.call('POST', `/tokens/${victim.tokenId}/revoke`, { token: admin });
    expect([again.status, again.body.revokedAt]).toEqual([200, revoked.body.revokedAt]);

    const unknown = 'token-00000000-0000-4000-8000-000000000000';
    const missing = await api.call('POST', `/tokens/${unknown}/revoke`, { token: admin });
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe(`no token ${unknown}: GET /tokens lists them`);
    const malformed = await api.call('POST', '/tokens/not-a-token/revoke', { token: admin });
    expect([malformed.status, malformed.body.issues?.[0]?.field]).toEqual([400, 'id']);
    const byViewer = await api.call('POST', `/tokens/${unknown}/revoke`, { token: await api.tokenFor('viewer') });
    expect(byViewer.status).toBe(403);
  });

  it('tells the store\'s callers whether a token was revoked, already revoked, or unknown', async () => {
    const issued = await api.tokens.issue({ name: 'Store revoke', role: 'viewer' });
    expect(await api.tokens.revoke(issued.tokenId)).toBe('revoked');
    expect(await api.tokens.revoke(issued.tokenId)).toBe('already revoked');
    expect(await api.tokens.revoke('token-00000000-0000-4000-8000-000000000001')).toBe('unknown');
  });

  it('says so from the CLI when the token id is unknown, exiting 1', async () => {
    const env = { DATABASE_URL: api.env.DATABASE_URL! };
    const unknown = 'token-00000000-0000-4000-8000-000000000002';
    const refused = await cliRun(['revoke', '--token-id', unknown], env);
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([1, '', `no token ${unknown}: \`list\` shows them\n`]);
    const issued = await api.tokens.issue({ name: `CLI revoke ${api.run}`, role: 'viewer' });
    expect(await cliRun(['revoke', '--token-id', issued.tokenId], env)).toEqual({ code: 0, stdout: `revoked ${issued.tokenId}\n`, stderr: '' });
    const twice = await cliRun(['revoke', '--token-id', issued.tokenId], env);
    expect([twice.code, twice.stdout]).toEqual([0, expect.stringMatching(new RegExp(`^${issued.tokenId} was already revoked at \\d{4}-`))]);
  });
});
