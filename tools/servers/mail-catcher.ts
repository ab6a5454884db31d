import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { createServer, type Server } from 'http';
import { simpleParser } from 'mailparser';
import { join } from 'path';
import { SMTPServer } from 'smtp-server';

/** One message the catcher received, as it keeps it beside the raw .eml. */
export interface CaughtMail {
  file: string;
  receivedAt: string;
  messageId?: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
}

export interface MailCatcher {
  smtpPort: number;
  uiPort: number;
  /** Every message received so far, oldest first (read from the directory, so it survives restarts). */
  messages(): CaughtMail[];
  stop(): Promise<void>;
}

/**
 * A local SMTP server that accepts every message and keeps it in `dir` (.eml and a .json summary),
 * with an inbox page a person can open. It stands in for a mail relay on the embedded default, and
 * tests send through it and read what arrived. `reject` makes it refuse every message with that
 * SMTP reply (a relay that is down), to test retries.
 */
export async function startMailCatcher(options: { dir: string; smtpPort: number; uiPort?: number; reject?: string }): Promise<MailCatcher> {
  mkdirSync(options.dir, { recursive: true });
  let seq = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (options.reject) return callback(Object.assign(new Error(options.reject), { responseCode: 451 }));
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((mail) => {
            const name = `${Date.now()}-${process.pid}-${++seq}`;
            writeFileSync(join(options.dir, `${name}.eml`), raw);
            const caught: CaughtMail = {
              file: `${name}.eml`,
              receivedAt: new Date().toISOString(),
              messageId: mail.messageId,
              from: mail.from?.text ?? '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
            };
            writeFileSync(join(options.dir, `${name}.json`), JSON.stringify(caught, null, 2));
            callback();
          })
          .catch((err: Error) => callback(err));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort, '127.0.0.1', () => resolve());
  });
  const messages = () =>
    readdirSync(options.dir)
      .filter((f) => f.endsWith('.json'))
      .sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]) || a.localeCompare(b))
      .map((f) => JSON.parse(readFileSync(join(options.dir, f), 'utf8')) as CaughtMail);

  let ui: Server | undefined;
  if (options.uiPort !== undefined) {
    ui = createServer((req, res) => {
      const list = messages().reverse();
      const one = list.find((m) => req.url === `/${m.file}`);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      if (req.url !== '/' && !one) return void res.writeHead(404).end(page('Not found', '<p>No such message. <a href="/">Inbox</a></p>'));
      res.end(
        one
          ? page(one.subject, `<p><a href="/">Inbox</a></p><dl><dt>From</dt><dd>${esc(one.from)}</dd><dt>To</dt><dd>${esc(one.to.join(', '))}</dd><dt>Received</dt><dd>${esc(one.receivedAt)}</dd></dl><pre>${esc(one.text)}</pre>`)
          : page(
              `Mail inbox (${list.length})`,
              list.length
                ? `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${list.map((m) => `<tr><td>${esc(m.receivedAt)}</td><td>${esc(m.to.join(', '))}</td><td><a href="/${esc(m.file)}">${esc(m.subject)}</a></td></tr>`).join('')}</tbody></table>`
                : '<p>No mail yet.</p>',
            ),
      );
    });
    await new Promise<void>((resolve, reject) => {
      ui!.once('error', reject);
      ui!.listen(options.uiPort, '127.0.0.1', () => resolve());
    });
  }
  const address = (s: { address(): unknown }) => (s.address() as { port: number }).port;
  return {
    smtpPort: address(smtp.server),
    uiPort: ui ? address(ui) : 0,
    messages,
    stop: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (ui) await new Promise<void>((resolve) => ui!.close(() => resolve()));
    },
  };
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #b1b4b6;padding:.4rem;text-align:left}pre{white-space:pre-wrap}</style>
</head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
}
