import type { ChildProcess } from 'child_process';
import { join } from 'path';
import { freePort, nodeArgs, spawnService, stopChild, waitForPort } from '../../tools/servers/processes';
import { seriousViolations, startWeb, type WebHarness } from './support/web-harness';

const root = join(__dirname, '../..');

// Single sign-on against a real OpenID Connect provider (oidc-provider, started here): an admin
// grants a provider's user (by e-mail) to one of our users in the admin pages; that person then
// signs in through the provider and acts with the role and council the admin gave. Someone the
// admin has not granted is refused. The web service runs as its own process, as in production.
describe('the web service: single sign-on through OpenID Connect', () => {
  let h: WebHarness;
  let provider: ChildProcess;
  let web: ChildProcess;
  let webBase: string;

  beforeAll(async () => {
    h = await startWeb('sso');
    const [providerPort, webPort] = [await freePort(), await freePort()];
    webBase = `http://127.0.0.1:${webPort}`;
    provider = spawnService('oidc', process.execPath, [join(__dirname, 'support/oidc-provider.mjs'), String(providerPort), `${webBase}/sign-in/sso/callback`]);
    web = spawnService('web', process.execPath, nodeArgs('apps/web/src/main.ts'), {
      cwd: root,
      env: {
        ...process.env,
        ...h.env,
        DATABASE_URL: h.api.env.DATABASE_URL,
        WEB_PORT: String(webPort),
        WEB_BASE_URL: webBase,
        OIDC_ISSUER: `http://127.0.0.1:${providerPort}`,
        OIDC_CLIENT_ID: 'cs-web',
        OIDC_CLIENT_SECRET: 'cs-web-test-secret',
      },
    });
    await Promise.all([waitForPort(providerPort, 30_000), waitForPort(webPort, 90_000)]);
  });
  afterAll(async () => {
    if (web) await stopChild(web);
    if (provider) await stopChild(provider);
    await h?.stop();
  });

  async function signOnAs(email: string) {
    const context = await h.browser.newContext({ baseURL: webBase });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in with single sign-on' }).click();
    await page.locator('input[name="login"]').fill(email);
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]').click(); // the provider's consent page
    await page.waitForURL(`${webBase}/**`);
    return { context, page };
  }

  it('signs in a person an admin granted, with the role and council the admin gave', async () => {
    const admin = await h.userWith('admin');
    const po = await h.userWith('programme-office', h.slug);
    const context = await h.browser.newContext({ baseURL: webBase });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Access key').fill(admin.key);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.goto(`/admin/users/${po.userId}`);
    await page.getByLabel('Grant single sign-on to this e-mail address').fill('Pat@Trafford.gov.uk');
    await page.getByRole('button', { name: 'Grant' }).click();
    expect(await page.getByTestId('sso').innerText()).toContain('pat@trafford.gov.uk');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();

    const pat = await signOnAs('pat@trafford.gov.uk');
    expect(pat.page.url()).toBe(`${webBase}/`);
    expect(await pat.page.locator('.app-who').innerText()).toContain(`(programme office, ${h.slug})`);
    const keys = await h.api.db.query('SELECT label FROM api_token WHERE user_id = $1 AND revoked_at IS NULL', [po.userId]);
    expect(keys.map((k: { label: string }) => k.label)).toContainEqual(expect.stringMatching(/^web session \(single sign-on http:\/\/127\.0\.0\.1:\d+\)$/));
    await pat.context.close();
  });

  it('refuses a person the provider knows but no admin granted', async () => {
    const stranger = await signOnAs('stranger@example.org');
    expect(await stranger.page.locator('h1').innerText()).toBe('You could not be signed in');
    expect(await stranger.page.getByTestId('error-reason').innerText()).toContain('stranger@example.org has not been given access');
    await stranger.page.goto('/');
    expect(stranger.page.url()).toContain('/sign-in');
    await stranger.context.close();
  });
});
