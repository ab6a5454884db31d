import { expect as pw } from '@playwright/test';
import type { Fact } from '@cs/domain';
import { commandBody, registration, traffordFacts, TRAFFORD_ISSUED_ON } from '../api/support/trafford';
import { seriousViolations, startWeb, type WebHarness } from './support/web-harness';

// The instrument page of a notice with a long history: its facts paged newest first and the latest
// met obligations (all on request), without JavaScript; and, for an admin, the workflow history
// with its link into the Temporal Web UI, followed in the browser.
describe('the instrument page of a notice with months of facts, in a browser', () => {
  let h: WebHarness;
  let notice: string;
  let facts: Fact[];
  const violations: string[] = [];

  beforeAll(async () => {
    h = await startWeb('instrument');
    notice = `/instruments/notice/${h.slug}/${TRAFFORD_ISSUED_ON}`;
    facts = traffordFacts(h.slug).filter((f) => f.effectiveOn >= TRAFFORD_ISSUED_ON && f.effectiveOn <= '2020-03-31');
    const [issued, ...rest] = facts;
    const tokenOf = (f: Fact) => h.api.tokenFor(f.actor.role, f.actor.role === 'programme-office' || f.actor.role === 'board-chair' ? h.slug : undefined);
    const first = await h.api.call('POST', '/notices', { token: await tokenOf(issued), body: registration(issued) });
    if (first.status !== 201) throw new Error(`registration refused: ${JSON.stringify(first.body)}`);
    for (const f of rest) {
      const res = await h.api.call('POST', `${notice}/commands`, { token: await tokenOf(f), body: commandBody(f), headers: { 'Idempotency-Key': `${f.id}-${h.api.run}` } });
      expect([f.id, res.status]).toEqual([f.id, 200]);
    }
  });
  afterAll(() => h?.stop());

  it('shows twenty facts at a time, newest first, with GOV.UK pagination to the older ones', async () => {
    expect(facts.length).toBeGreaterThan(40);
    const caselead = await h.userWith('dfe-caselead');
    const { page, context } = await h.signedIn(caselead.key);
    await page.goto(notice);
    await pw(page.getByTestId('facts-shown')).toHaveText(`Newest first: facts 1 to 20 of ${facts.length}.`);
    const items = page.locator('.moj-timeline__item');
    await pw(items).toHaveCount(20);
    const newest = [...facts].sort((a, b) => (a.effectiveOn < b.effectiveOn ? 1 : a.effectiveOn > b.effectiveOn ? -1 : 0))[0];
    await pw(items.first().locator('time')).toHaveAttribute('datetime', newest.effectiveOn);
    violations.push(...(await seriousViolations(page)));

    const pages = page.getByRole('navigation', { name: 'Pages of what happened' });
    await pages.getByRole('link', { name: /Next/ }).click();
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await pw(page.getByTestId('facts-shown')).toHaveText(`Newest first: facts 21 to 40 of ${facts.length}.`);
    await pw(items).toHaveCount(20);
    await pages.getByRole('link', { name: 'Page 1', exact: true }).click();
    await pw(page.getByTestId('facts-shown')).toContainText('facts 1 to 20');

    const beyond = await page.goto(`${notice}?page=0`);
    expect(beyond?.status()).toBe(400);
    await context.close();
  });

  it('lists every open obligation and the latest ten met ones, and all of them on request', async () => {
    const viewer = await h.userWith('viewer');
    const { page, context } = await h.signedIn(viewer.key);
    await page.goto(`${notice}?asOf=2020-03-31`);
    const rows = page.locator('[data-testid="obligations"] tbody tr');
    const metTags = rows.locator('.govuk-tag--green');
    await pw(metTags).toHaveCount(10);
    const shown = await page.getByTestId('met-shown').innerText();
    const total = Number(/of (\d+) met obligations/.exec(shown)?.[1]);
    expect(total).toBeGreaterThan(10);
    const before = await rows.count();
    await page.getByRole('link', { name: `Show all ${total} met obligations` }).click();
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2020-03-31');
    await pw(metTags).toHaveCount(total);
    await pw(rows).toHaveCount(before - 10 + total);
    violations.push(...(await seriousViolations(page)));
    await context.close();
  });

  it("takes an admin from the instrument to its workflow history and on to the run in the Temporal Web UI", async () => {
    const admin = await h.userWith('admin');
    const { page, context } = await h.signedIn(admin.key);
    await page.goto(notice);
    await page.getByRole('link', { name: 'Workflow history' }).click();
    expect(page.url()).toBe(`${h.base}${notice}/history`);
    await pw(page.locator('h1')).toHaveText('Workflow history');
    await pw(page.locator('table')).toContainText('WorkflowExecutionStarted');
    violations.push(...(await seriousViolations(page)));

    const workflowId = `notice/${h.slug}/${TRAFFORD_ISSUED_ON}`;
    const described = await h.api.call('GET', `${notice}/history?pageSize=1`, { token: await h.api.tokenFor('admin') });
    const runId: string = described.body.runId;
    const link = page.getByTestId('web-ui-link');
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/namespaces\//);
    expect(href.endsWith(`/namespaces/${h.api.env.TEMPORAL_NAMESPACE}/workflows/${encodeURIComponent(workflowId)}/${runId}/history`)).toBe(true);
    const [ui] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await ui.waitForLoadState();
    expect(ui.url()).toContain(`/workflows/${encodeURIComponent(workflowId)}/${runId}`);
    // The Web UI is a single-page app: once it has asked the server, it shows the run's workflow id.
    await pw(ui.getByText(workflowId).first()).toBeVisible({ timeout: 60_000 });
    await context.close();
  });

  it('shows a viewer no workflow history link, and refuses them the page', async () => {
    const viewer = await h.userWith('viewer');
    const { page, context } = await h.signedIn(viewer.key);
    await page.goto(notice);
    await pw(page.getByRole('link', { name: 'Workflow history' })).toHaveCount(0);
    const res = await page.goto(`${notice}/history`);
    expect(res?.status()).toBe(403);
    await context.close();
  });

  it('has no serious or critical accessibility violation on the pages seen', () => {
    expect(violations).toEqual([]);
  });
});
