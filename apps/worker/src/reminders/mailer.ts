import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { councilOf, rolesConcerned } from '@cs/domain';
import type { OutboxRow } from '@cs/persistence';

export interface MailerOptions {
  /** smtp://host:port or smtps://user:pass@host:port; the local mail catcher by default. */
  smtpUrl: string;
  from: string;
  /** The first retry waits this long; each next one twice as long, up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Outbox rows one round sends at most. */
  batch?: number;
}

interface Recipient {
  id: string;
  name: string;
  email: string;
}

/** How long to wait before the next try after `attempts` failed ones. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxMs);
}

/**
 * Sends the notification outbox by email: each reminder or overdue notice to the users whose role
 * the obligation concerns and whose council it is (national roles without a council get every
 * council's), each person once (a delivery row per person, written with the send). A row that
 * cannot be sent to everyone is tried again with backoff, its error kept for admins to see.
 *
 * Each row is claimed with FOR UPDATE SKIP LOCKED, so several workers share the outbox without
 * sending a row twice. A crash after the SMTP server accepted a message and before the commit would
 * send that person the message again; its Message-ID is the same, so mail clients show it once.
 */
export class ReminderMailer {
  private readonly transport: Transporter;
  private timer?: NodeJS.Timeout;
  private round?: Promise<unknown>;

  constructor(
    private readonly db: DataSource,
    private readonly options: MailerOptions,
  ) {
    this.transport = createTransport(options.smtpUrl);
  }

  /** One round: every row due now (up to the batch), sent or put off. */
  async deliverDue(): Promise<{ sent: number; failed: number }> {
    const counts = { sent: 0, failed: 0 };
    for (let i = 0; i < (this.options.batch ?? 50); i++) {
      const outcome = await this.db.transaction((m) => this.deliverOne(m));
      if (!outcome) break;
      counts[outcome]++;
    }
    return counts;
  }

  /** Rounds every `intervalMs` until stop(); a failed round is logged and the next one goes on. */
  start(intervalMs: number): void {
    const tick = async () => {
      this.round = this.deliverDue().catch((err) => log('error', 'reminder round failed', { error: String(err?.message ?? err) }));
      await this.round;
      if (this.timer) this.timer = setTimeout(tick, intervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.round;
    this.transport.close();
  }

  private async deliverOne(m: EntityManager): Promise<'sent' | 'failed' | undefined> {
    const [row]: OutboxRow[] = await m.query(
      `SELECT id, key, workflow_id, kind, obligation_key, due_on::text AS due_on, message, attempts FROM notification_outbox
        WHERE sent_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now())
        ORDER BY next_attempt_at NULLS FIRST, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    );
    if (!row) return undefined;
    const roles = rolesConcerned(row.obligation_key);
    const council = councilOf(row.workflow_id);
    const already: { n: string }[] = await m.query('SELECT count(*) AS n FROM notification_delivery WHERE notification_id = $1', [row.id]);
    const recipients: Recipient[] = await m.query(
      `SELECT id, name, email FROM app_user
        WHERE email IS NOT NULL AND role = ANY($1) AND (council = $2 OR (council IS NULL AND role IN ('dfe-caselead', 'adviser')))
          AND id NOT IN (SELECT user_id FROM notification_delivery WHERE notification_id = $3)
        ORDER BY id`,
      [roles, council, row.id],
    );
    const errors: string[] = [];
    if (!recipients.length && Number(already[0].n) === 0) errors.push(`no one to send to: no user with an email address is ${roles.join(' or ')} of ${council}`);
    for (const to of recipients) {
      const messageId = `<outbox-${row.id}-${to.id}@cs-intervention>`;
      try {
        await this.transport.sendMail({ from: this.options.from, to: { name: to.name, address: to.email }, messageId, ...letter(row) });
        await m.query('INSERT INTO notification_delivery (notification_id, user_id, email, message_id, sent_at) VALUES ($1, $2, $3, $4, now())', [row.id, to.id, to.email, messageId]);
      } catch (err) {
        errors.push(`${to.email}: ${String((err as Error)?.message ?? err)}`);
      }
    }
    if (!errors.length) {
      await m.query('UPDATE notification_outbox SET sent_at = now(), last_attempt_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1', [row.id]);
      return 'sent';
    }
    const waitMs = backoffMs(row.attempts + 1, this.options.retryBaseMs, this.options.retryMaxMs);
    await m.query(
      `UPDATE notification_outbox SET attempts = attempts + 1, last_attempt_at = now(), last_error = $2,
        next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`,
      [row.id, errors.join('; ').slice(0, 2000), waitMs / 1000],
    );
    log('warn', 'reminder not delivered; will retry', { key: row.key, attempt: row.attempts + 1, retryInMs: waitMs, error: errors[0] });
    return 'failed';
  }
}

/** The email itself: what is due, when, why (the rules' explanation), and where to look. */
function letter(row: OutboxRow): { subject: string; text: string } {
  const [headline] = row.message.split('. ');
  return {
    subject: `${headline} (${row.workflow_id})`,
    text: [row.message, '', `Instrument: ${row.workflow_id} (/instruments/${row.workflow_id})`, `Obligation: ${row.obligation_key}`, '', 'Sent by the statutory intervention engine.'].join('\n'),
  };
}

function log(level: 'warn' | 'error', msg: string, fields: Record<string, unknown>): void {
  console.warn(JSON.stringify({ level, msg, ...fields }));
}
