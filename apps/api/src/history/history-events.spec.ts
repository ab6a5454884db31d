import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { eventTypeName, readableEvent } from './history-events';

const T = temporal.api.enums.v1.EventType;
const payloads = (v: unknown) => ({ payloads: [defaultPayloadConverter.toPayload(v)] });

describe('readable history', () => {
  it('names event types in words', () => {
    expect(eventTypeName(T.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED)).toBe('WorkflowExecutionStarted');
    expect(eventTypeName(T.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)).toBe('WorkflowExecutionUpdateAccepted');
  });

  it('reads an accepted update as the command it carried', () => {
    const e = readableEvent({
      eventId: 7 as never,
      eventTime: { seconds: 1700000000 as never, nanos: 5_000_000 },
      eventType: T.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED,
      workflowExecutionUpdateAcceptedEventAttributes: {
        acceptedRequest: {
          meta: { updateId: 'key-1' },
          input: {
            name: 'command',
            args: payloads({ command: { type: 'plan.agreed', effectiveOn: '2019-07-18' }, actor: { id: 'u1', role: 'programme-office' } }),
          },
        },
      },
    });
    expect(e).toEqual({
      eventId: 7,
      time: '2023-11-14T22:13:20.005Z',
      type: 'WorkflowExecutionUpdateAccepted',
      summary: 'update command key-1 accepted: plan.agreed effective 2019-07-18 by programme-office u1',
    });
  });

  it('reads the start, timers and activities', () => {
    const start = readableEvent({
      eventType: T.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED,
      workflowExecutionStartedEventAttributes: {
        workflowType: { name: 'noticeWorkflow' },
        input: payloads({ start: { command: { type: 'notice.issued', effectiveOn: '2019-05-23' }, actor: { id: 'c', role: 'dfe-caselead' } } }),
      },
    });
    expect(start.summary).toBe('noticeWorkflow started: notice.issued effective 2019-05-23 by dfe-caselead c');
    expect(readableEvent({ timerStartedEventAttributes: { timerId: '3', startToFireTimeout: { seconds: 864000 as never } } }).summary).toBe('timer 3 for 10 days');
    expect(readableEvent({ activityTaskScheduledEventAttributes: { activityType: { name: 'projectRegister' } } }).summary).toBe(
      'activity projectRegister scheduled',
    );
  });
});
