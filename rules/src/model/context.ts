import type { Fact, FactOf, FactType, IsoDate, ParameterUse, RulebookRef } from '@cs/domain/core';
import type { RulebookSet } from './rulebook-set';

/**
 * What a rule sees: the instrument's facts effective on or before asOf (chronological), the fact
 * that started it, the date it ended (lifted, escalated, revoked, closed) if it has, and the
 * parameters in force on any date. Facts are indexed by type once per evaluation.
 */
export interface RuleContext {
  readonly asOf: IsoDate;
  readonly facts: readonly Fact[];
  readonly start: Fact;
  readonly endedOn?: IsoDate;
  readonly set: RulebookSet;
  /** The rulebook or amendment that owns the rule being evaluated. */
  owner: RulebookRef;
  of<T extends FactType>(type: T): FactOf<T>[];
  last<T extends FactType>(type: T): FactOf<T> | undefined;
  read(name: string, on: IsoDate): ParameterUse;
  num(name: string, on: IsoDate): [number, ParameterUse];
  bool(name: string, on: IsoDate): [boolean, ParameterUse];
}

export function makeContext(set: RulebookSet, facts: readonly Fact[], asOf: IsoDate, start: Fact, endedOn?: IsoDate): RuleContext {
  const index = new Map<FactType, Fact[]>();
  for (const f of facts) {
    const list = index.get(f.type);
    if (list) list.push(f);
    else index.set(f.type, [f]);
  }
  const of = <T extends FactType>(type: T) => (index.get(type) ?? []) as unknown as FactOf<T>[];
  const typed = <V>(name: string, on: IsoDate, kind: 'number' | 'boolean'): [V, ParameterUse] => {
    const use = set.read(name, on);
    if (typeof use.value !== kind) throw new TypeError(`parameter '${name}' on ${on} is not a ${kind}`);
    return [use.value as V, use];
  };
  return {
    asOf,
    facts,
    start,
    endedOn,
    set,
    owner: { id: set.base.id, version: set.base.version },
    of,
    last: (type) => {
      const list = of(type);
      return list[list.length - 1];
    },
    read: (name, on) => set.read(name, on),
    num: (name, on) => typed<number>(name, on, 'number'),
    bool: (name, on) => typed<boolean>(name, on, 'boolean'),
  };
}
