import type { ApiClient } from '../../api/support/api-harness';
import type { Script } from './script';

/**
 * Everything a run leaves behind that a programme office relies on, with the council's own names
 * and the times of recording taken out, so an interrupted run can be compared with an uninterrupted
 * one: the facts, the state as of each date asked, the register row, the audit and the outbox.
 */
export interface Outcome {
  facts: unknown[];
  states: unknown[];
  register: unknown;
  acceptedKeys: string[];
  notificationKeys: string[];
}

/** The outcome of a run equals the measure's: nothing lost, nothing doubled, the same records. */
export function expectSameOutcome(outcome: Outcome, measure: Outcome): void {
  expect(outcome.acceptedKeys).toEqual(measure.acceptedKeys);
  expect(outcome.facts).toEqual(measure.facts);
  expect(outcome.states).toEqual(measure.states);
  expect(outcome.register).toEqual(measure.register);
  expect(outcome.notificationKeys).toEqual(measure.notificationKeys);
}

export async function outcomeOf(api: ApiClient, script: Script, asOfs: string[]): Promise<Outcome> {
  const admin = await api.tokenFor('admin');
  const read = async (path: string) => {
    const reply = await api.call('GET', path, { token: admin });
    if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  const timeline = await read(`${script.path}/timeline?asOf=2099-01-01`);
  const states = [];
  for (const asOf of asOfs) states.push(await read(`${script.path}?asOf=${asOf}`));
  const register = (await read(`/register?council=${script.slug}`)).items.find((i: { workflowId: string }) => i.workflowId === script.workflowId);
  const audit: { idempotency_key: string; n: string }[] = await api.db.query(
    `SELECT idempotency_key, count(*) AS n FROM audit_log WHERE workflow_id = $1 AND outcome = 'accepted' GROUP BY 1`,
    [script.workflowId],
  );
  if (audit.some((a) => a.n !== '1')) throw new Error(`a command audited as accepted twice: ${JSON.stringify(audit)}`);
  const notifications: { key: string }[] = await api.db.query('SELECT key FROM notification_outbox WHERE workflow_id = $1', [script.workflowId]);
  return anonymous(script.slug, {
    facts: timeline.past,
    states,
    register: register && { ...register, version: undefined, updatedAt: undefined },
    acceptedKeys: audit.map((a) => a.idempotency_key),
    notificationKeys: notifications.map((n) => n.key),
  });
}

/**
 * The outcome with the council slug replaced, every `recordedAt` dropped and actors reduced to
 * their role and council (each run's people hold tokens, and so user ids, of their own).
 */
function anonymous(slug: string, outcome: Outcome): Outcome {
  const text = JSON.stringify(outcome).split(slug).join('COUNCIL');
  const same: Outcome = JSON.parse(text, (key, value) => {
    if (key === 'recordedAt') return undefined;
    if (key === 'actor' && value && typeof value === 'object') return { ...value, id: undefined };
    return value;
  });
  // Sorted once the slug is gone: the database's order depends on the slug.
  return { ...same, acceptedKeys: same.acceptedKeys.sort(), notificationKeys: same.notificationKeys.sort() };
}
