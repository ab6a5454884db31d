import { isCostly } from './request-cost';

describe('which requests have the tighter rate limit', () => {
  const req = (method: string, query: Record<string, string> = {}) => ({ method, query, headers: {} });

  it('counts every command and other POST as costly', () => {
    expect(isCostly(req('POST'))).toBe(true);
    expect(isCostly(req('PUT'))).toBe(true);
    expect(isCostly(req('DELETE'))).toBe(true);
  });

  it('counts a read as of a date as costly, and a plain or paged read as not', () => {
    expect(isCostly(req('GET', { asOf: '2020-01-01' }))).toBe(true);
    expect(isCostly(req('GET', { asOf: '' }))).toBe(true);
    expect(isCostly(req('GET'))).toBe(false);
    expect(isCostly(req('GET', { page: '2', pageSize: '50' }))).toBe(false);
    expect(isCostly(req('HEAD'))).toBe(false);
  });
});
