import { expect as pw } from '@playwright/test';
import { InstrumentPage } from './pages/instrument-page';
import { RecordPage } from './pages/record-page';
import { screenshot, seriousViolations, startWeb, type WebHarness } from './support/web-harness';

// A programme officer and a DfE caselead walk the Trafford notice from registration to lifting and
// on to the continuing board, in the browser only (the board chair and the adviser play their part) (signed in with access keys an admin issued in
// the admin pages), with axe-core run on every page they see.
describe('the web service: a notice from registration to the continuing board, in a browser', () => {
  let h: WebHarness;
  const violations: string[] = [];
  let notice: string;

  beforeAll(async () => {
    h = await startWeb('walk');
    notice = `/instruments/notice/${h.slug}/2019-05-23`;
  });
  afterAll(() => h?.stop());

  const checked = async (page: import('@playwright/test').Page) => violations.push(...(await seriousViolations(page)));

  it('an admin adds the programme officer and the caselead and issues their access keys in pages', async () => {
    const admin = await h.userWith('admin');
    const { page, context } = await h.signedIn(admin.key);
    await page.goto('/admin/users');
    await checked(page);
    await screenshot(page, 'admin-users');
    await page.locator('#name').fill('Pat Programme');
    await page.locator('input[name="role"][value="programme-office"]').check();
    await page.locator('#council').fill(h.slug);
    await page.getByRole('button', { name: 'Add user and issue an access key' }).click();
    const patKey = await page.getByTestId('new-key').innerText();
    expect(patKey).toMatch(/^csi_/);
    await checked(page);
    await page.goto('/admin/users');
    await page.locator('#name').fill('Dee Caselead');
    await page.locator('input[name="role"][value="dfe-caselead"]').check();
    await page.getByRole('button', { name: 'Add user and issue an access key' }).click();
    const deeKey = await page.getByTestId('new-key').innerText();
    await context.close();
    keys = { pat: patKey, dee: deeKey };
  });

  let keys: { pat: string; dee: string };

  it('the programme officer registers the notice and records the board and the plan', async () => {
    const { page, context } = await h.signedIn(keys.pat);
    await checked(page);
    await page.getByRole('link', { name: 'Register a notice' }).click();
    await checked(page);
    await screenshot(page, 'register-notice');
    const form = new RecordPage(page);
    await form.fill({
      effectiveOn: '2019-05-23',
      'payload.council.slug': h.slug,
      'payload.council.name': 'Trafford Council',
      'payload.trigger.kind': '=ilacs-inadequate',
      'payload.trigger.inspectionPublishedOn': '2019-05-08',
      'payload.areasForImprovement': 'front-door-thresholds | Thresholds at the front door',
    });
    await form.submit();
    expect(page.url()).toContain(notice);
    const instrument = new InstrumentPage(page);
    expect(await instrument.banner()).toContain('Recorded: Notice issued');
    expect(await instrument.phase()).toBe('Assessment'); // today, long past its 2020 deadline
    await page.goto(`${notice}?asOf=2019-05-23`);
    expect(await instrument.phase()).toBe('Issued');
    await checked(page);

    await (await form.open(notice, 'board.established')).fill({
      effectiveOn: '2019-06-20',
      'payload.chair.name': 'Independent chair',
      'payload.meetingIntervalDays': '28',
    });
    await form.submit();
    expect(await instrument.banner()).toContain('Recorded: Board established');

    await form.open(notice, 'plan.agreed');
    await checked(page);
    await form.fill({ effectiveOn: '2019-07-18', 'payload.objectives': 'obj-1 | Improve the front door | front-door-thresholds' });
    await form.submit();
    expect(await instrument.banner()).toContain('Recorded: Plan agreed');
    await context.close();
  });

  it('the caselead appoints the adviser; a bad date gets the GOV.UK error summary naming the field', async () => {
    const { page, context } = await h.signedIn(keys.dee);
    const form = new RecordPage(page);
    // The date is three boxes; one left empty is named in the summary, which links to the day box.
    await (await form.open(notice, 'adviser.appointed')).fill({ 'effectiveOn-day': '23', 'effectiveOn-year': '2019', 'payload.name': 'Claire Burgess' });
    await form.submit();
    await pw(form.errorSummary()).toContainText('Date it happened: must include a month');
    await pw(form.errorSummary().getByRole('link', { name: /Date it happened/ })).toHaveAttribute('href', '#effectiveOn');
    await pw(page.locator('#effectiveOn')).toHaveAttribute('name', 'effectiveOn-day');
    await pw(page.locator('input[name="effectiveOn-year"]')).toHaveValue('2019'); // what was typed is kept
    await form.fill({ effectiveOn: '2019-02-30', 'payload.name': '' });
    await form.submit();
    await pw(form.errorSummary()).toContainText('There is a problem');
    await pw(form.errorSummary()).toContainText('Date it happened: is not a real calendar date');
    await checked(page);
    await screenshot(page, 'record-errors');
    await form.fill({ effectiveOn: '2019-05-23', 'payload.name': 'Claire Burgess' });
    await form.submit();
    expect(await new InstrumentPage(page).banner()).toContain('Recorded: Adviser appointed');
    await context.close();
  });

  it('the programme officer starts a review cycle and submits the self-assessment', async () => {
    const { page, context } = await h.signedIn(keys.pat);
    const form = new RecordPage(page);
    await (await form.open(notice, 'review.started')).fill({ effectiveOn: '2019-10-17', 'payload.reviewId': 'review-1' });
    await form.submit();
    await (await form.open(notice, 'self-assessment.submitted')).fill({
      effectiveOn: '2019-10-31',
      'payload.reviewId': 'review-1',
      'payload.covers.progressAgainstObjectives': true,
      'payload.covers.staffSurveys': true,
      'payload.covers.supervision': true,
    });
    await form.submit();
    expect(await new InstrumentPage(page).banner()).toContain('Recorded: Self assessment submitted');
    await context.close();
  });

  it('the board chair confirms a board meeting and the adviser reports', async () => {
    const chair = await h.userWith('board-chair', h.slug);
    const chairs = await h.signedIn(chair.key);
    const form = new RecordPage(chairs.page);
    await (await form.open(notice, 'board.met')).fill({
      effectiveOn: '2019-07-18',
      'payload.report.data': true,
      'payload.report.analysis': true,
      'payload.report.recommendations': true,
      'payload.voice.frontlineStaff': true,
      'payload.slowObjectivesHighlighted': 'obj-1',
    });
    await checked(chairs.page);
    await form.submit();
    expect(await new InstrumentPage(chairs.page).banner()).toContain('Recorded: Board met');
    await chairs.context.close();

    const adviser = await h.userWith('adviser');
    const advisers = await h.signedIn(adviser.key);
    const report = new RecordPage(advisers.page);
    await (await report.open(notice, 'adviser.reported')).fill({ effectiveOn: '2019-08-15', 'payload.kind': '=progress', 'payload.summary': 'Front door thresholds applied consistently' });
    await report.submit();
    expect(await new InstrumentPage(advisers.page).banner()).toContain('Recorded: Adviser reported');
    await advisers.context.close();
  });

  it('the caselead holds the review, records its outcome, sees lifting open after the re-inspection, lifts, and lands on the continuing board', async () => {
    const { page, context } = await h.signedIn(keys.dee);
    const form = new RecordPage(page);
    await (await form.open(notice, 'review.held')).fill({ effectiveOn: '2019-11-14', 'payload.reviewId': 'review-1', 'payload.topics': 'culture\nperformance' });
    await form.submit();
    await (await form.open(notice, 'review.outcome-recorded')).fill({
      effectiveOn: '2019-11-14',
      'payload.reviewId': 'review-1',
      'payload.outcome': '=sufficient-progress',
      'payload.summary': 'Progress sufficient',
    });
    await form.submit();
    expect(await new InstrumentPage(page).banner()).toContain('Recorded: Review outcome recorded');

    await (await form.open(notice, 'inspection.published')).fill({ effectiveOn: '2023-01-27', 'payload.kind': '=ilacs', 'payload.judgement': '=requires-improvement' });
    await form.submit();

    await form.open(notice, 'assessment.decided');
    await pw(page.getByTestId('open-decision').filter({ hasText: 'Lift is open' })).toHaveCount(1);
    await checked(page);
    await screenshot(page, 'decide');
    await page.goto(`${notice}?asOf=2023-02-20`);
    await screenshot(page, 'instrument');
    await form.open(notice, 'assessment.decided');
    await form.fill({ effectiveOn: '2023-02-21', 'payload.decision': '=lift', 'payload.reason': 'Re-inspection requires improvement; DfE satisfied' });
    await form.submit();
    expect(page.url()).toContain(`/instruments/continuing-board/${h.slug}/2023-02-21`);
    expect(await new InstrumentPage(page).banner()).toContain(`Recorded: Assessment decided on notice/${h.slug}/2019-05-23`);
    await pw(page.getByTestId('chain')).toContainText('Improvement notice from 2019-05-23');
    await checked(page);
    await screenshot(page, 'continuing-board');
    await page.goto('/');
    await checked(page);
    await screenshot(page, 'caseload');

    await page.goto(notice);
    expect(await new InstrumentPage(page).phase()).toBe('Lifted');
    await page.goto(`${notice}/audit`);
    await pw(page.getByTestId('audit')).toContainText('Assessment decided');
    await checked(page);
    await screenshot(page, 'audit');
    await page.goto('/rulebooks');
    await checked(page);
    await page.getByRole('link', { name: /improvement notice/i }).first().click();
    await pw(page.getByTestId('parameters')).toContainText('deadline');
    await checked(page);
    await context.close();
  });

  it('has no serious or critical accessibility violation on any page seen', () => {
    expect(violations).toEqual([]);
  });
});
