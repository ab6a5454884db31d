import { UntilLogGrows } from './memo';

describe('UntilLogGrows: derived values remembered until the log grows', () => {
  it('derives once per key while the log keeps its length, again once it grows', () => {
    const memo = new UntilLogGrows<string>();
    let derived = 0;
    const derive = () => `v${++derived}`;
    expect(memo.get(3, 'a', derive)).toBe('v1');
    expect(memo.get(3, 'a', derive)).toBe('v1');
    expect(memo.get(3, 'b', derive)).toBe('v2');
    expect(memo.get(4, 'a', derive)).toBe('v3');
  });

  it('keeps a bounded number of keys, forgetting the oldest', () => {
    const memo = new UntilLogGrows<number>(2);
    memo.get(1, 'a', () => 1);
    memo.get(1, 'b', () => 2);
    memo.get(1, 'c', () => 3);
    expect(memo.get(1, 'a', () => 10)).toBe(10);
    expect(memo.get(1, 'c', () => 30)).toBe(3);
  });

  it('takes a value derived ahead for the length the log is about to have', () => {
    const memo = new UntilLogGrows<string>();
    memo.get(5, 'a', () => 'old');
    memo.seed(6, 'a', 'ahead');
    expect(memo.get(6, 'a', () => 'derived')).toBe('ahead');
  });
});
