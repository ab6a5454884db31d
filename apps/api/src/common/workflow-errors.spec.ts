import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { refusal } from '@cs/contract';
import { instrumentNotFound, isInstrumentNotFound, refusalOf } from './workflow-errors';

const rejected = (failure: ApplicationFailure) => new WorkflowUpdateFailedError('Workflow Update failed', failure);

describe('refusalOf', () => {
  it('maps an unknown workflow to 404', () => {
    expect(refusalOf(new WorkflowNotFoundError('not found', 'rollout/x', undefined))).toEqual({ status: 404, reason: 'no workflow rollout/x' });
  });

  it("maps the API's own typed refusal for an unknown instrument to 404, recognised by type", () => {
    const err = instrumentNotFound('notice/x/2020-01-01');
    expect(isInstrumentNotFound(err)).toBe(true);
    expect(refusalOf(err)).toEqual({ status: 404, reason: 'no instrument notice/x/2020-01-01: GET /register lists the instruments you may see' });
    expect(isInstrumentNotFound(ApplicationFailure.nonRetryable('no instrument notice/x/2020-01-01', 'Conflict'))).toBe(false);
    expect(refusalOf(ApplicationFailure.nonRetryable('anything', 'SomethingElse'))).toBeUndefined();
  });

  it('maps a second registration to 409', () => {
    const err = new WorkflowExecutionAlreadyStartedError('started', 'notice/x/2020-01-01', 'noticeWorkflow');
    expect(refusalOf(err)).toEqual({ status: 409, reason: 'notice/x/2020-01-01 is already registered' });
  });

  it("maps the validator's refusals by their failure type, not their words", () => {
    expect(refusalOf(rejected(refusal('forbidden', 'role viewer may not record plan.agreed')))).toEqual({ status: 403, reason: 'role viewer may not record plan.agreed' });
    // The same words under another type get that type's status: only the type decides.
    expect(refusalOf(rejected(refusal('conflict', 'role viewer may not record plan.agreed')))).toEqual({ status: 409, reason: 'role viewer may not record plan.agreed' });
    expect(refusalOf(rejected(refusal('notFound', 'no objective o-9')))).toEqual({ status: 404, reason: 'no objective o-9' });
  });

  it('maps an invalid command to 400 with each field and why', () => {
    const issues = [{ field: 'command.payload.objectives', message: 'Too small' }];
    expect(refusalOf(rejected(refusal('invalid', 'invalid command', issues)))).toEqual({ status: 400, reason: 'invalid command', issues });
  });

  it('reads an update failure of an unknown type as the engine declining it (409)', () => {
    expect(refusalOf(rejected(ApplicationFailure.nonRetryable('declined', 'SomethingElse')))).toEqual({ status: 409, reason: 'declined' });
  });

  it('leaves other errors alone', () => {
    expect(refusalOf(new Error('role viewer may not record plan.agreed'))).toBeUndefined();
    expect(refusalOf(undefined)).toBeUndefined();
  });
});
