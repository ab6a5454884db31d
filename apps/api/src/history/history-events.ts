import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { HistoryEvent } from '@cs/domain';

type RawEvent = temporal.api.history.v1.IHistoryEvent;
type Payloads = temporal.api.common.v1.IPayloads | null | undefined;

/** EVENT_TYPE_WORKFLOW_EXECUTION_STARTED → WorkflowExecutionStarted */
export function eventTypeName(type: number | null | undefined): string {
  const name = temporal.api.enums.v1.EventType[type ?? 0] ?? `EventType${type}`;
  return name
    .replace(/^EVENT_TYPE_/, '')
    .toLowerCase()
    .replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

function firstArg(payloads: Payloads): unknown {
  const p = payloads?.payloads?.[0];
  if (!p) return undefined;
  try {
    return defaultPayloadConverter.fromPayload(p);
  } catch {
    return undefined;
  }
}

/** A command as the workflows carry it ({command, actor}), read as one line. */
function commandLine(arg: unknown): string {
  const input = arg as { command?: { type?: string; effectiveOn?: string }; actor?: { role?: string; id?: string }; start?: unknown };
  const c = input?.command ?? (input?.start as typeof input | undefined)?.command;
  const a = input?.actor ?? (input?.start as typeof input | undefined)?.actor;
  if (!c?.type) return '';
  return `${c.type} effective ${c.effectiveOn} by ${a?.role ?? '?'} ${a?.id ?? ''}`.trim();
}

function seconds(d: { seconds?: unknown } | null | undefined): string {
  const s = Number(d?.seconds ?? 0);
  return s >= 86400 ? `${Math.round(s / 8640) / 10} days` : `${s} s`;
}

/** What one event means, in a line: the update and its command, the activity, the timer, the child. */
export function summariseEvent(e: RawEvent): string {
  const started = e.workflowExecutionStartedEventAttributes;
  if (started) return `${started.workflowType?.name} started: ${commandLine(firstArg(started.input))}`.replace(/: $/, '');
  const accepted = e.workflowExecutionUpdateAcceptedEventAttributes;
  if (accepted) {
    const req = accepted.acceptedRequest;
    return `update ${req?.input?.name} ${req?.meta?.updateId} accepted: ${commandLine(firstArg(req?.input?.args))}`;
  }
  const completed = e.workflowExecutionUpdateCompletedEventAttributes;
  if (completed) return `update ${completed.meta?.updateId} completed${completed.outcome?.failure ? `: failed ${completed.outcome.failure.message}` : ''}`;
  const activity = e.activityTaskScheduledEventAttributes;
  if (activity) return `activity ${activity.activityType?.name} scheduled`;
  if (e.activityTaskFailedEventAttributes) return `activity failed: ${e.activityTaskFailedEventAttributes.failure?.message}`;
  const timer = e.timerStartedEventAttributes;
  if (timer) return `timer ${timer.timerId} for ${seconds(timer.startToFireTimeout)}`;
  if (e.timerFiredEventAttributes) return `timer ${e.timerFiredEventAttributes.timerId} fired`;
  const child = e.startChildWorkflowExecutionInitiatedEventAttributes;
  if (child) return `start ${child.workflowType?.name} ${child.workflowId}`;
  const can = e.workflowExecutionContinuedAsNewEventAttributes;
  if (can) return `continued as new: run ${can.newExecutionRunId}`;
  const failed = e.workflowExecutionFailedEventAttributes;
  if (failed) return `failed: ${failed.failure?.message}`;
  if (e.workflowExecutionCompletedEventAttributes) return 'completed';
  return '';
}

export function readableEvent(e: RawEvent): HistoryEvent {
  const t = e.eventTime;
  const time = t?.seconds != null ? new Date(Number(t.seconds) * 1000 + Math.floor((t.nanos ?? 0) / 1e6)).toISOString() : null;
  return { eventId: Number(e.eventId ?? 0), time, type: eventTypeName(e.eventType), summary: summariseEvent(e) };
}
