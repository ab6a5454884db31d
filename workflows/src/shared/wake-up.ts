import type { NotificationRequest } from '@cs/contract';
import { addDays, type IsoDate, type Obligation } from '@cs/domain/core';

/**
 * The outbox key is (instrument, obligation, kind, due date): a replay, a retry or a new run after
 * continue-as-new queues the same notice at most once.
 */
export function notificationKey(workflowId: string, o: Obligation, kind: NotificationRequest['kind']): string {
  return `${workflowId}|${o.key}|${kind}|${o.dueOn}`;
}

function describe(o: Obligation, kind: NotificationRequest['kind']): string {
  const what = `${o.kind}${o.subject ? ` (${o.subject})` : ''}`;
  const lead = kind === 'reminder' ? `Reminder: ${what} is due on ${o.dueOn}` : `Overdue: ${what} was due on ${o.dueOn}`;
  return `${lead}. ${o.explanation.text}`;
}

/**
 * An overdue mark is news: it goes out when a duty turns overdue (the wake-up timer fires the day
 * after its due date). A duty already overdue for longer than this when its facts are entered
 * (backdated onboarding, or facts still being keyed in) shows in the state and the register's
 * overdue count, not in the outbox, so entering history never floods people with stale notices.
 */
export const OVERDUE_NEWS_DAYS = 30;

/** Which reminders and overdue marks fall due by today, given the rules' obligations. */
export function notificationsDue(
  workflowId: string,
  obligations: readonly Obligation[],
  todayOn: IsoDate,
  leadDays: number,
): NotificationRequest[] {
  const out: NotificationRequest[] = [];
  for (const o of obligations) {
    const news = o.status === 'overdue' && addDays(o.dueOn, OVERDUE_NEWS_DAYS) >= todayOn;
    const kind = news ? 'overdue' : o.status === 'due' && addDays(o.dueOn, -leadDays) <= todayOn ? 'reminder' : undefined;
    if (!kind) continue;
    out.push({ key: notificationKey(workflowId, o, kind), workflowId, kind, obligationKey: o.key, dueOn: o.dueOn, message: describe(o, kind) });
  }
  return out;
}

/**
 * The one date to wake on: the earliest reminder still to send or the day after the earliest due
 * date (when the obligation turns overdue). Undefined when nothing is pending.
 */
export function nextWakeOn(obligations: readonly Obligation[], todayOn: IsoDate, leadDays: number): IsoDate | undefined {
  let next: IsoDate | undefined;
  for (const o of obligations) {
    if (o.status !== 'due') continue;
    const remindOn = addDays(o.dueOn, -leadDays);
    const wake = remindOn > todayOn ? remindOn : addDays(o.dueOn, 1);
    if (wake > todayOn && (next === undefined || wake < next)) next = wake;
  }
  return next;
}
