/**
 * Values derived from an append-only fact log, remembered by key until the log grows. The rules and
 * the folds are pure functions of (facts, as-of date), so one update's validator, handler and
 * wake-up loop, which each ask about the same facts as of the same day, need derive them only once.
 * Bounded, because queries may ask as of any date and an answer about hundreds of facts is large
 * (~100 kB at 340 facts): an update needs today's and, at most, the command's effective date's.
 */
export class UntilLogGrows<V> {
  private length = -1;
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit = 3) {}

  get(length: number, key: string, derive: () => V): V {
    this.sync(length);
    if (this.entries.has(key)) return this.entries.get(key) as V;
    const value = derive();
    this.put(key, value);
    return value;
  }

  /** Remember a value derived ahead (the validator's look at the log with the new fact in it). */
  seed(length: number, key: string, value: V): void {
    this.sync(length);
    this.put(key, value);
  }

  private sync(length: number): void {
    if (length === this.length) return;
    this.entries.clear();
    this.length = length;
  }

  private put(key: string, value: V): void {
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
  }
}
