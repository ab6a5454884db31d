import { seriousViolations, startWeb, type WebHarness } from './support/web-harness';

// Issue 14 in the browser: a caselead reads a drafted amendment's impact across the caseload (the
// draft made through the API), with axe-core on each page.
describe('the web service: a rule change and its impact', () => {
  let h: WebHarness;
  beforeAll(async () => {
    h = await startWeb('rule-changes');
  });
  afterAll(() => h?.stop());

  it('lists the draft and shows each due date it moves, side by side, with no serious accessibility violation', async () => {
    const caselead = await h.userWith('dfe-caselead');
    const token = await h.api.tokenFor('dfe-caselead');
    const council = { slug: h.slug, name: 'Trafford Council' };
    const registered = await h.api.call('POST', '/notices', {
      token,
      body: { effectiveOn: '2024-01-15', payload: { council, trigger: { kind: 'ilacs-inadequate', inspectionPublishedOn: '2023-12-10' }, areasForImprovement: [{ id: 'a-1', text: 'Front door' }] } },
    });
    expect(registered.status).toBe(201);
    for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
      const page = await h.api.call('GET', `/register?council=${h.slug}`, { token });
      if (page.body.total === 1) break;
    }
    // Reviews up to 2 months after their original timeframe from 2024-06-01: review 1, due six
    // months after the notice (2024-07-15), moves to 2024-09-15; its self-assessment 14 days before.
    const draft = await h.api.call('POST', '/rule-changes', {
      token,
      body: { type: 'amendment', amendmentId: 'web-test-letter', version: '1', title: 'the web test letter', window: { startOn: '2024-06-01' }, source: { document: 'A letter' }, overrides: [{ parameter: 'review.graceMonths', value: 2, clause: '(1)' }] },
    });
    expect(draft.status).toBe(201);

    const { page, context } = await h.signedIn(caselead.key);
    await page.getByRole('link', { name: 'Rule changes' }).click();
    await page.getByRole('link', { name: 'the web test letter (1)' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#asOf').fill('2024-07-01');
    await page.getByRole('button', { name: 'Show the impact on this date' }).click();
    const rows = await page.getByTestId('impact').locator('tbody tr').allInnerTexts();
    const ours = rows.filter((r) => r.includes(`notice/${h.slug}/2024-01-15`)).map((r) => r.split('\t').slice(1).join(' | '));
    expect(ours).toEqual(['Self assessment review-1 | 2024-07-01 | 2024-09-01', 'Dfe review review-1 | 2024-07-15 | 2024-09-15']);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 300_000);
});
