import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { droppedByClosingRun, refusalOf } from './workflow-errors';

const rejected = (reason: string) =>
  new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.nonRetryable(reason, 'CommandRefused'));

describe('refusalOf', () => {
  it('maps an unknown workflow to 404', () => {
    expect(refusalOf(new WorkflowNotFoundError('not found', 'notice/x/2020-01-01', undefined))).toEqual({
      status: 404,
      reason: 'no instrument notice/x/2020-01-01',
    });
  });

  it('maps a second registration to 409', () => {
    const err = new WorkflowExecutionAlreadyStartedError('started', 'notice/x/2020-01-01', 'noticeWorkflow');
    expect(refusalOf(err)).toMatchObject({ status: 409, reason: expect.stringContaining('already registered') });
  });

  it("maps the validator's role and council refusals to 403 with its reason", () => {
    expect(refusalOf(rejected('role viewer may not record plan.agreed (allowed: programme-office)'))).toEqual({
      status: 403,
      reason: 'role viewer may not record plan.agreed (allowed: programme-office)',
    });
    expect(refusalOf(rejected("programme-office of salford may not act on trafford's improvement-notice"))?.status).toBe(403);
  });

  it("maps the validator's lifecycle refusals to 409 with its reason", () => {
    expect(refusalOf(rejected('no plan had been agreed by 2019-06-01'))).toEqual({ status: 409, reason: 'no plan had been agreed by 2019-06-01' });
  });

  it('leaves other errors alone', () => {
    expect(refusalOf(new Error('boom'))).toBeUndefined();
    expect(refusalOf(undefined)).toBeUndefined();
  });
});

describe('droppedByClosingRun', () => {
  it('tells an update the server dropped as its run closed from an unknown instrument', () => {
    expect(droppedByClosingRun(new WorkflowNotFoundError('update aborted by closing workflow', 'notice/x/2020-01-01', undefined))).toBe(true);
    expect(droppedByClosingRun(new WorkflowNotFoundError('workflow not found', 'notice/x/2020-01-01', undefined))).toBe(false);
    expect(droppedByClosingRun(new Error('update aborted by closing workflow'))).toBe(false);
  });
});
