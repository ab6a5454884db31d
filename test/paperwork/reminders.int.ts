import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { addDays, dateOf } from '@cs/domain';
import { ReminderMailer } from '../../apps/worker/src/reminders/mailer';
import { startMailCatcher, type MailCatcher } from '../../tools/servers/mail-catcher';
import { freePort } from '../../tools/servers/processes';
import { ApiHarness, eventually, startApi } from '../api/support/api-harness';

// A reminder the notice's workflow queues (its first board falls due in 8 days) goes by email over
// real SMTP to the programme office and the chair of that council, and to no one else: first
// through a relay that refuses it (retried with backoff, the failure shown to admins and on the
// instrument), then through one that takes it; later rounds send nothing twice.
describe('reminders delivered by email', () => {
  let api: ApiHarness;
  let inbox: MailCatcher;
  let refusing: MailCatcher;
  let dirs: string[];
  let slug: string;
  let path: string;
  const today = dateOf(Date.now());
  const issuedOn = addDays(today, -20);
  const boardDueOn = addDays(issuedOn, 28);
  const mailer = (port: number) =>
    new ReminderMailer(api.db, { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Engine <engine@test.local>', retryBaseMs: 1500, retryMaxMs: 60_000, batch: 10_000 });

  beforeAll(async () => {
    dirs = [mkdtempSync(join(tmpdir(), 'inbox-')), mkdtempSync(join(tmpdir(), 'refusing-'))];
    inbox = await startMailCatcher({ dir: dirs[0], smtpPort: await freePort() });
    refusing = await startMailCatcher({ dir: dirs[1], smtpPort: await freePort(), reject: 'mailbox busy, try later' });
    api = await startApi('reminders');
    slug = `reminders-${api.run}`;
    path = `/instruments/notice/${slug}/${issuedOn}`;
  });
  afterAll(async () => {
    await api?.stop();
    await inbox?.stop();
    await refusing?.stop();
    dirs?.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  const to = (who: string) => `${who}.${api.run}@example.gov.uk`;
  // What arrived about this run's notice (the national caselead may hear of other tests' instruments).
  const ours = () => inbox.messages().filter((m) => m.subject.includes(`(notice/${slug}/`));

  it('queues the reminder, fails on a refusing relay and shows why, then delivers it once to whom it concerns', async () => {
    const users = {
      po: await api.tokens.issue({ name: 'Pat', role: 'programme-office', council: slug, email: to('pat') }),
      chair: await api.tokens.issue({ name: 'Cy', role: 'board-chair', council: slug, email: to('cy') }),
      otherCouncil: await api.tokens.issue({ name: 'Oz', role: 'programme-office', council: `other-${api.run}`, email: to('oz') }),
      caselead: await api.tokens.issue({ name: 'Dee', role: 'dfe-caselead', email: to('dee') }),
      admin: await api.tokens.issue({ name: 'Ada', role: 'admin', email: to('ada') }),
    };
    await api.tokens.issue({ name: 'No mail', role: 'board-chair', council: slug });

    const reg = await api.call('POST', '/notices', {
      token: users.caselead.token,
      body: { effectiveOn: issuedOn, payload: { council: { slug, name: 'Reminders Council' }, trigger: { kind: 'ilacs-inadequate', inspectionPublishedOn: addDays(issuedOn, -10) }, areasForImprovement: [{ id: 'front-door', text: 'The front door' }] } },
    });
    expect([reg.status, reg.body.message]).toEqual([201, undefined]);
    const board = await api.call('POST', `${path}/commands`, {
      token: users.po.token,
      headers: { 'Idempotency-Key': `board-${api.run}` },
      body: { type: 'board.established', effectiveOn: issuedOn, payload: { chair: { name: 'Independent chair', councilOfficerOrMember: false }, meetingIntervalDays: 28 } },
    });
    expect([board.status, board.body.message]).toEqual([200, undefined]);

    // The workflow queues the reminder: the board falls due within the 14 days' lead.
    const mine = () => api.call('GET', `${path}/notifications`, { token: users.po.token });
    const queued = await eventually(async () => (await mine()).body.items.find((n: { obligationKey: string }) => n.obligationKey.startsWith('board-timetable:')));
    expect(queued).toMatchObject({ kind: 'reminder', dueOn: boardDueOn, status: 'pending', attempts: 0, deliveredTo: [] });

    // A relay that refuses: nothing arrives, the row says why and when it is tried again.
    await mailer(refusing.smtpPort).deliverDue();
    expect(refusing.messages()).toEqual([]);
    const failing = (await mine()).body.items.find((n: { key: string }) => n.key === queued.key);
    expect(failing).toMatchObject({ status: 'failing', attempts: 1, sentAt: null });
    expect(failing.lastError).toContain('mailbox busy, try later');
    expect(Date.parse(failing.nextAttemptAt) - Date.parse(failing.lastAttemptAt)).toBeGreaterThanOrEqual(1400);
    const forAdmin = await api.call('GET', '/notifications?status=failing&pageSize=100', { token: users.admin.token });
    expect(forAdmin.status).toBe(200);
    expect(forAdmin.body.items.map((n: { key: string }) => n.key)).toContain(queued.key);
    expect((await api.call('GET', '/notifications', { token: users.po.token })).status).toBe(403);

    // The working relay: not before the backoff is over, then once to each person concerned.
    const good = mailer(inbox.smtpPort);
    await good.deliverDue();
    expect(ours()).toEqual([]);
    await eventually(async () => (await good.deliverDue(), ours().length >= 2 ? true : undefined));
    for (let i = 0; i < 3; i++) await good.deliverDue();
    const arrived = ours();
    expect(arrived.map((m) => m.to).sort()).toEqual([[to('cy')], [to('pat')]]);
    for (const m of arrived) {
      expect(m.subject).toBe(`Reminder: board-meeting (board-1) is due on ${boardDueOn} (notice/${slug}/${issuedOn})`);
      expect(m.text).toContain(`the board was established on ${issuedOn}`);
      expect(m.from).toContain('engine@test.local');
    }
    expect(new Set(arrived.map((m) => m.messageId)).size).toBe(2);

    const sent = (await mine()).body.items.find((n: { key: string }) => n.key === queued.key);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, lastError: null, nextAttemptAt: null });
    expect(sent.deliveredTo.map((d: { email: string }) => d.email).sort()).toEqual([to('cy'), to('pat')]);
  });
});
