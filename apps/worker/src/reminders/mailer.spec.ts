import { backoffMs } from './mailer';

describe('reminder retries', () => {
  it('wait the base, then twice as long each time, never past the maximum', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 30_000, 21_600_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20, 30_000, 21_600_000)).toBe(21_600_000);
  });
});
