import type { ApiClient, Reply } from '../../api/support/api-harness';
import type { Restartable } from '../../support/restartable';

/** What the API answered while a dependency was down, and how long it took to answer again. */
export interface OutageReport {
  whileDown: Record<string, number>;
  retryAfter: (string | null)[];
  readyBody: unknown;
  recoveredInMs: number;
}

/**
 * Takes a dependency down for `downMs`, asks the API the given questions meanwhile (a client's
 * commands keep arriving on their own), starts it again, then waits until the API answers the
 * first question with 200 again without anyone restarting the API.
 */
export async function outage(
  api: ApiClient,
  service: Restartable,
  signal: NodeJS.Signals,
  downMs: number,
  questions: Record<string, () => Promise<Reply>>,
): Promise<OutageReport> {
  await service.kill(signal);
  const whileDown: Record<string, number> = {};
  const retryAfter: (string | null)[] = [];
  for (const [name, ask] of Object.entries(questions)) {
    const reply = await ask();
    whileDown[name] = reply.status;
    if (reply.status === 503) retryAfter.push(reply.headers.get('retry-after'));
  }
  const readyBody = (await api.call('GET', '/health/ready')).body;
  await new Promise((r) => setTimeout(r, downMs));
  await service.start();
  const back = Date.now();
  const [first] = Object.values(questions);
  for (;;) {
    if ((await first()).status === 200) return { whileDown, retryAfter, readyBody, recoveredInMs: Date.now() - back };
    if (Date.now() - back > 60_000) throw new Error(`the API did not recover within 60 s of ${service.name} coming back`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
