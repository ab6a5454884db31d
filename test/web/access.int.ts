import type { BrowserContext, Page } from '@playwright/test';
import { Client, Connection } from '@temporalio/client';
import { createWebApp } from '../../apps/web/src/app';
import { testEnv } from '../support/env';
import { eventually } from '../api/support/api-harness';
import { seriousViolations, startWeb, type WebHarness } from './support/web-harness';

// Who sees and does what in the browser: a viewer has no record buttons, a council user never sees
// another council's instruments (by list, link or URL), forged and replayed forms are refused, a
// double submit records once, and sessions end at sign-out or revocation but survive a restart.
describe('the web service: access, forms and sessions, in a browser', () => {
  let h: WebHarness;
  let own: string;
  let other: string;
  let otherSlug: string;
  const violations: string[] = [];

  beforeAll(async () => {
    h = await startWeb('access');
    otherSlug = `salford-${h.api.run}`;
    const dfe = await h.api.tokenFor('dfe-caselead');
    for (const slug of [h.slug, otherSlug]) {
      const res = await h.api.call('POST', '/notices', {
        token: dfe,
        body: {
          effectiveOn: '2019-05-23',
          payload: { council: { slug, name: `${slug} Council` }, trigger: { kind: 'ilacs-inadequate', inspectionPublishedOn: '2019-05-08' } },
        },
      });
      expect(res.status).toBe(201);
    }
    own = `/instruments/notice/${h.slug}/2019-05-23`;
    other = `/instruments/notice/${otherSlug}/2019-05-23`;
  });
  afterAll(() => h?.stop());

  const formOf = async (page: Page) =>
    Object.fromEntries(await page.locator('form[method="post"] input[type="hidden"]').evaluateAll((els) => els.map((e) => [e.getAttribute('name') ?? '', e.getAttribute('value') ?? ''])));

  /** The form's date boxes for the date it happened, as a browser submits them. */
  const effectiveOn = (date: string) => {
    const [year, month, day] = date.split('-');
    return { 'effectiveOn-day': day, 'effectiveOn-month': month, 'effectiveOn-year': year };
  };

  async function acceptedLines(key: string): Promise<number> {
    const audit = await h.api.call('GET', `${own}/audit?pageSize=100`, { token: await h.api.tokenFor('admin') });
    return audit.body.items.filter((i: { idempotencyKey: string; outcome: string }) => i.idempotencyKey === key && i.outcome === 'accepted').length;
  }

  it('shows a viewer the instrument with no record buttons, and refuses them a recording form', async () => {
    const viewer = await h.userWith('viewer');
    const { page, context } = await h.signedIn(viewer.key);
    await page.goto(own);
    await page.getByTestId('phase').waitFor();
    expect(await page.getByTestId('record-list').count()).toBe(0);
    expect(await page.locator('a[data-command]').count()).toBe(0);
    violations.push(...(await seriousViolations(page)));
    const res = await page.goto(`${own}/record/adviser.appointed`);
    expect(res?.status()).toBe(403);
    expect(await page.getByTestId('error-reason').innerText()).toContain('role viewer may not record adviser.appointed');
    violations.push(...(await seriousViolations(page)));
    await context.close();
  });

  it("never shows a council user another council's instrument, in the caseload or by URL", async () => {
    const po = await h.userWith('programme-office', h.slug);
    const { page, context } = await h.signedIn(po.key);
    const caseload = await page.getByTestId('caseload').innerText();
    expect(caseload).toContain(`${h.slug} Council`);
    expect(caseload).not.toContain(otherSlug);
    await page.goto(`/?council=${otherSlug}`); // a national filter the page ignores for council users
    expect(await page.getByTestId('caseload').innerText()).not.toContain(otherSlug);
    for (const path of [other, `${other}/audit`, `${other}/record/plan.agreed`]) {
      const res = await page.goto(path);
      expect([path, res?.status()]).toEqual([path, 403]);
      expect(await page.content()).not.toContain(`${otherSlug} Council`);
    }
    expect(await page.locator('a[data-command]').count()).toBe(0);
    await page.goto(own);
    expect(await page.locator('a[data-command]').allInnerTexts()).toContain('Plan agreed');
    await context.close();
  });

  it('refuses a forged form (no CSRF token) and a form replayed from another session, recording nothing', async () => {
    const dee = await h.userWith('dfe-caselead');
    const first = await h.signedIn(dee.key);
    await first.page.goto(`${own}/record/adviser.appointed`);
    const fields = await formOf(first.page);
    const body = { ...fields, ...effectiveOn('2019-05-23'), 'payload.name': 'Forged Adviser' };

    const forged = await first.page.request.post(`${own}/record/adviser.appointed`, { form: { ...body, _csrf: 'not-the-token' }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    const second = await h.signedIn(dee.key);
    const replayed = await second.page.request.post(`${own}/record/adviser.appointed`, { form: body, maxRedirects: 0 });
    expect(replayed.status()).toBe(403);
    expect(await replayed.text()).toContain('Nothing was recorded');
    expect(await acceptedLines(fields.idempotencyKey)).toBe(0);

    // Signed out, the same form (with its then-valid token) is refused too.
    await first.page.goto('/');
    await first.page.getByRole('button', { name: 'Sign out' }).click();
    const afterSignOut = await first.page.request.post(`${own}/record/adviser.appointed`, { form: body, maxRedirects: 0 });
    expect(afterSignOut.status()).toBe(403);
    expect(await acceptedLines(fields.idempotencyKey)).toBe(0);
    await first.context.close();
    await second.context.close();
  });

  it('records a double submit once: the second answer says it was already recorded', async () => {
    const dee = await h.userWith('dfe-caselead');
    const { page, context } = await h.signedIn(dee.key);
    await page.goto(`${own}/record/adviser.appointed`);
    const fields = await formOf(page);
    const body = { ...fields, ...effectiveOn('2019-05-23'), 'payload.name': 'Claire Burgess' };
    const [a, b] = await Promise.all([
      page.request.post(`${own}/record/adviser.appointed`, { form: body }),
      page.request.post(`${own}/record/adviser.appointed`, { form: body }),
    ]);
    expect([a.status(), b.status()]).toEqual([200, 200]);
    const banners = [await a.text(), await b.text()].map((t) => /Recorded: Adviser appointed|Adviser appointed was already recorded/.exec(t)?.[0]);
    expect(banners.sort()).toEqual(['Adviser appointed was already recorded', 'Recorded: Adviser appointed']);
    expect(await acceptedLines(fields.idempotencyKey)).toBe(1);
    await context.close();
  });

  it('keeps a session across a restart of the web service, and ends it when the access is revoked', async () => {
    const viewer = await h.userWith('viewer');
    const { page, context }: { page: Page; context: BrowserContext } = await h.signedIn(viewer.key);
    const port = new URL(h.base).port;
    await h.web.app.close();
    h.web = await createWebApp(testEnv(h.env), h.api.db);
    await h.web.app.listen(Number(port), '127.0.0.1');
    await page.goto('/');
    expect(page.url()).toBe(`${h.base}/`);
    await page.getByTestId('counts').waitFor();

    await h.api.db.query('UPDATE api_token SET revoked_at = now() WHERE user_id = $1', [viewer.userId]);
    await new Promise((r) => setTimeout(r, 1_100)); // the API trusts a looked-up token for a second
    await page.goto(own);
    expect(page.url()).toContain('/sign-in');
    violations.push(...(await seriousViolations(page)));
    await context.close();
  });

  it("tells an admin who revokes a key that is not the user's (a stale page) that nothing was revoked", async () => {
    const admin = await h.userWith('admin');
    const holder = await h.userWith('viewer');
    const { page, context } = await h.signedIn(admin.key);
    await page.goto(`/admin/users/${holder.userId}`);
    // The page as it was before the key went: its form names a key this user no longer has.
    const form = page.getByTestId('keys').locator('form').first();
    const unknown = 'token-00000000-0000-4000-8000-000000000003';
    await form.evaluate((f, id) => f.setAttribute('action', f.getAttribute('action')!.replace(/keys\/[^/]+\/revoke$/, `keys/${id}/revoke`)), unknown);
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), form.getByRole('button').click()]);
    expect(answer.status()).toBe(404);
    expect(await page.locator('.govuk-error-summary').innerText()).toContain(`No access key ${unknown} belongs to this user, so nothing was revoked`);
    expect(await page.getByTestId('keys').innerText()).toContain('Live');
    violations.push(...(await seriousViolations(page)));
    await context.close();
  });

  it('shows the chain both ways on the page of a notice a later one follows, after it ended', async () => {
    const slug = `wirral-${h.api.run}`;
    const dfe = await h.api.tokenFor('dfe-caselead');
    const notice = (issuedOn: string, publishedOn: string, follows?: string) =>
      h.api.call('POST', '/notices', {
        token: dfe,
        body: { effectiveOn: issuedOn, payload: { council: { slug, name: 'Wirral Council' }, trigger: { kind: 'ilacs-inadequate', inspectionPublishedOn: publishedOn }, ...(follows ? { follows } : {}) } },
      });
    const earlier = `notice/${slug}/2019-05-23`;
    const later = `notice/${slug}/2023-06-01`;
    expect((await notice('2019-05-23', '2019-05-08')).status).toBe(201);
    // In the register (projected a moment after it starts), then ended: its workflow records no link of its own.
    await eventually(async () => ((await h.api.call('GET', `/register?council=${slug}`, { token: dfe })).body.items.length ? true : undefined));
    const temporal = new Client({ connection: await Connection.connect({ address: h.api.env.TEMPORAL_ADDRESS! }), namespace: h.api.env.TEMPORAL_NAMESPACE });
    await temporal.workflow.getHandle(earlier).terminate('ended before the second notice');
    await temporal.connection.close();
    expect((await notice('2023-06-01', '2023-05-15', earlier)).status).toBe(201);
    await eventually(async () => ((await h.api.call('GET', `/instruments/${earlier}`, { token: dfe })).body?.links?.to === later ? true : undefined));

    const viewer = await h.userWith('viewer');
    const { page, context } = await h.signedIn(viewer.key);
    await page.goto(`/instruments/${earlier}`);
    const chain = page.getByTestId('chain');
    expect(await chain.locator('li').allInnerTexts()).toEqual([expect.stringContaining('(this one)'), expect.stringMatching(/from 2023-06-01/)]);
    expect(await chain.locator('a').getAttribute('href')).toBe(`/instruments/${later}`);
    await page.goto(`/instruments/${later}`);
    expect(await page.getByTestId('chain').locator('a').getAttribute('href')).toBe(`/instruments/${earlier}`);
    violations.push(...(await seriousViolations(page)));
    await context.close();
  });

  it('has no serious or critical accessibility violation on the pages seen', () => {
    expect(violations).toEqual([]);
  });
});
