import type { Citation, Fact, FactOf, FactType, IsoDate, ParameterUse, RulebookRef } from '@cs/domain/core';
import { ownCitation, StatedTerms } from './instrument-terms';
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
  /** The value in force: an amendment in its window, else the instrument's own term, else the rulebook's. */
  read(name: string, on: IsoDate): ParameterUse;
  /** A citation as it applies to this instrument (its own notice, not the template's source). */
  cite(c: Citation): Citation;
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
  const terms = new StatedTerms(start, facts);
  const read = (name: string, on: IsoDate): ParameterUse => {
    if (set.activeAmendments(on).some((a) => a.overrides[name])) return set.read(name, on);
    const stated = terms.read(name, on, { id: set.base.id, version: set.base.version });
    if (stated) return stated;
    const use = set.read(name, on);
    return { ...use, citation: ownCitation(start, use.citation) };
  };
  const typed = <V>(name: string, on: IsoDate, kind: 'number' | 'boolean'): [V, ParameterUse] => {
    const use = read(name, on);
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
    read,
    cite: (c) => ownCitation(start, c),
    num: (name, on) => typed<number>(name, on, 'number'),
    bool: (name, on) => typed<boolean>(name, on, 'boolean'),
  };
}
