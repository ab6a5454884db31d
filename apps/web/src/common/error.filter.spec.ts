import { DatabaseUnreachableError } from '@cs/persistence';
import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { WebErrorFilter } from './error.filter';

/** The filter as Nest calls it, with a response that records what the page would be. */
function pageFor(err: unknown) {
  const sent: { status?: number; headers: Record<string, string>; view?: string; model?: Record<string, unknown> } = { headers: {} };
  const res = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return res;
    },
    setHeader(name: string, value: string) {
      sent.headers[name] = value;
    },
    render(view: string, model: Record<string, unknown>) {
      sent.view = view;
      sent.model = model;
    },
    redirect() {
      throw new Error('not expected to redirect');
    },
  };
  const req = { method: 'GET', path: '/caseload', originalUrl: '/caseload' };
  const host = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ArgumentsHost;
  const quiet = [jest.spyOn(console, 'warn').mockImplementation(() => undefined), jest.spyOn(console, 'error').mockImplementation(() => undefined)];
  try {
    new WebErrorFilter(false).catch(err, host);
  } finally {
    quiet.forEach((s) => s.mockRestore());
  }
  return sent;
}

describe('web error page when the service\'s own PostgreSQL does not answer', () => {
  it('is 503 "service unavailable" with Retry-After for a connection the pool could not get', () => {
    const page = pageFor(new DatabaseUnreachableError(new Error('timeout exceeded when trying to connect')));
    expect(page.status).toBe(503);
    expect(page.headers['Retry-After']).toBe('5');
    expect(page.model?.title).toBe('Sorry, the service is unavailable');
    expect(String(page.model?.message)).not.toMatch(/timeout exceeded|PostgreSQL/);
  });

  it('is 503 for a refused connection wrapped in a failed query', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' });
    const page = pageFor(new QueryFailedError('SELECT 1', [], refused));
    expect(page.status).toBe(503);
  });

  it('stays 500 for an error that is not an outage', () => {
    const page = pageFor(new TypeError('undefined is not a function'));
    expect(page.status).toBe(500);
    expect(page.headers['Retry-After']).toBeUndefined();
  });
});
