import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { DatabaseUnreachableError } from '@cs/persistence';
import { DependencyDownError, isDependencyDown } from './unavailable';

/** An error as grpc-js gives it: a numeric status code, details and metadata (here without status details). */
function grpcError(code: number, details: string): Error {
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata: { get: () => [] } });
}

function databaseError(code: string): DatabaseError {
  const err = new DatabaseError('server said no', 0, 'error');
  err.code = code;
  return err;
}

describe('isDependencyDown: by class and code, never by wording', () => {
  it('reads Temporal unreachable or too slow as down, through the SDK wrapping', () => {
    expect(isDependencyDown(new ServiceError('Failed to connect to Temporal server', { cause: grpcError(14, 'No connection established') }))).toBe(true);
    expect(isDependencyDown(new ServiceError('Workflow Update failed', { cause: grpcError(4, 'Deadline exceeded') }))).toBe(true);
    expect(isDependencyDown(new WorkflowUpdateRPCTimeoutOrCancelledError('timed out'))).toBe(true);
    expect(isDependencyDown(new DependencyDownError('Temporal is unreachable'))).toBe(true);
  });

  it('reads PostgreSQL unreachable, shutting down or lost mid-query as down', () => {
    expect(isDependencyDown(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDependencyDown(new QueryFailedError('SELECT 1', [], databaseError('57P01')))).toBe(true);
    expect(isDependencyDown(new QueryFailedError('SELECT 1', [], databaseError('08006')))).toBe(true);
    // The driver lost the connection: its error is no DatabaseError, whatever it says.
    expect(isDependencyDown(new QueryFailedError('SELECT 1', [], new Error('anything at all')))).toBe(true);
    // pg-pool's two timeouts carry no code: the pool the product uses types them.
    expect(isDependencyDown(new DatabaseUnreachableError(new Error('timeout exceeded when trying to connect')))).toBe(true);
    expect(isDependencyDown(new DatabaseUnreachableError(new Error('Connection terminated due to connection timeout')))).toBe(true);
  });

  it('does not read other errors as down, whatever their words', () => {
    expect(isDependencyDown(new QueryFailedError('INSERT', [], databaseError('23505')))).toBe(false);
    expect(isDependencyDown(new Error('Connection terminated unexpectedly'))).toBe(false);
    expect(isDependencyDown(new Error('14 UNAVAILABLE: Deadline exceeded, ECONNREFUSED'))).toBe(false);
    expect(isDependencyDown(new ServiceError('Workflow Update failed', { cause: grpcError(3, 'invalid argument') }))).toBe(false);
    expect(isDependencyDown(undefined)).toBe(false);
  });
});
