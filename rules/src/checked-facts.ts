import { Fact } from '@cs/domain/core';

/** Each fact object checked once, with the form the schema gave it (defaults filled in). */
const checked = new WeakMap<object, Fact>();

/**
 * Checks a fact against the Fact schema once and freezes it, so that every later `evaluate` given
 * this same object reads its checked form without checking it again. A workflow asks the rules
 * about the same growing list of facts after every update, and checking them all each time was most
 * of the cost of an evaluation. Frozen, the object cannot change after it was checked. A fact that
 * does not pass is left as it was: `evaluate` checks it, and says why, every time.
 */
export function checkOnce<T extends object>(fact: T): T {
  if (checked.has(fact)) return fact;
  const parsed = Fact.safeParse(fact);
  // Mostly the fact is its own checked form (defaults already in): keep no second copy of it.
  if (parsed.success) checked.set(deepFreeze(fact), sameData(fact, parsed.data) ? (fact as unknown as Fact) : (parsed.data as Fact));
  return fact;
}

/** The checked forms of these facts, or undefined unless every one was checked by checkOnce. */
export function checkedForms(facts: unknown): Fact[] | undefined {
  if (!Array.isArray(facts)) return undefined;
  const forms: Fact[] = [];
  for (const f of facts) {
    const form = typeof f === 'object' && f !== null ? checked.get(f) : undefined;
    if (!form) return undefined;
    forms.push(form);
  }
  return forms;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The same data, whatever the order of keys. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
