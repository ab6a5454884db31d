import type { Fact } from '@cs/domain';
import type { ApiClient, Reply } from '../../api/support/api-harness';
import { commandBody, registration, traffordFacts, TRAFFORD_ISSUED_ON } from '../../api/support/trafford';

/** The scripted lifecycle: Trafford's notice from the seeds, under a council slug of its own. */
export interface Script {
  slug: string;
  path: string;
  workflowId: string;
  registration: Fact;
  commands: Fact[];
}

export function traffordScript(slug: string, until: string): Script {
  const [issued, ...rest] = traffordFacts(slug).filter((f) => f.effectiveOn >= TRAFFORD_ISSUED_ON && f.effectiveOn <= until);
  return {
    slug,
    path: `/instruments/notice/${slug}/${TRAFFORD_ISSUED_ON}`,
    workflowId: `notice/${slug}/${TRAFFORD_ISSUED_ON}`,
    registration: issued,
    commands: rest,
  };
}

/** What a patient client saw while driving a script through faults. */
export interface Tally {
  answered: number;
  /** Answers of 503, and requests that failed before any answer (the API itself unreachable). */
  unavailable: number;
  duplicates: number;
}

/**
 * Gives every command of the script as its people would, each with its own Idempotency-Key, and
 * retries a 503 with the same key until the engine answers: the client a programme office should
 * write. Any other refusal fails the run (the script is lawful).
 */
export async function drive(api: ApiClient, script: Script, keyOf: (f: Fact) => string, tally: Tally, onEach?: (i: number) => Promise<void>): Promise<void> {
  const caselead = await api.tokenFor('dfe-caselead');
  await untilAnswered(() => api.call('POST', '/notices', { token: caselead, body: registration(script.registration) }), tally, [201, 409]);
  for (const [i, fact] of script.commands.entries()) {
    const council = fact.actor.role === 'programme-office' || fact.actor.role === 'board-chair' ? script.slug : undefined;
    const token = await api.tokenFor(fact.actor.role, council);
    const reply = await untilAnswered(
      () => api.call('POST', `${script.path}/commands`, { token, body: commandBody(fact), headers: { 'Idempotency-Key': keyOf(fact) } }),
      tally,
      [200],
    );
    if (reply.body.duplicate) tally.duplicates++;
    await onEach?.(i);
  }
}

async function untilAnswered(send: () => Promise<Reply>, tally: Tally, ok: number[]): Promise<Reply> {
  for (let attempt = 1; ; attempt++) {
    const reply = await send().catch(() => undefined);
    if (reply && ok.includes(reply.status)) {
      tally.answered++;
      return reply;
    }
    if (reply && reply.status !== 503) throw new Error(`refused ${reply.status}: ${JSON.stringify(reply.body)}`);
    if (reply && !reply.headers.get('retry-after')) throw new Error('a 503 without Retry-After');
    tally.unavailable++;
    if (attempt > 400) throw new Error('the engine did not answer after 400 attempts');
    await new Promise((r) => setTimeout(r, 250));
  }
}
