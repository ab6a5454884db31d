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

/**
 * What one rule read of its context while it ran (incremental evaluation, rules/src/incremental):
 * its output is a function of these and nothing else, so while they are unchanged it is unchanged.
 * - `types`: the fact types it asked for (`of`, `last`), with the facts it was given of each
 *   (compared by identity);
 * - `all`: every fact, when it read `facts` itself;
 * - `asOf` and `endedOn`, when it read them (an obligation's status due/overdue reads the as-of date);
 * - `params`: it read a parameter or the rulebook set. A parameter's value depends on the amendments'
 *   windows and those drafted as data (`flexibility.started`/`ended`) and on the instrument's stated
 *   terms (its start and `direction.revised`): those types count as read. The base rulebook (pins,
 *   `rulebook.adopted`), the registered amendments and the start fact are compared for every rule.
 */
export interface Reads {
  types: Map<FactType, readonly object[]>;
  all?: readonly object[];
  asOf?: { value: IsoDate };
  endedOn?: { value: IsoDate | undefined };
  params: boolean;
}

/** The fact types a parameter's value can depend on, besides the rulebooks themselves. */
export const PARAMETER_FACT_TYPES: readonly FactType[] = ['flexibility.started', 'flexibility.ended', 'direction.revised'];

/** What every rule of one evaluation shares: the facts indexed by type once, the terms, the set. */
class Scope {
  private readonly index = new Map<FactType, Fact[]>();
  private readonly terms: StatedTerms;

  constructor(
    readonly set: RulebookSet,
    readonly facts: readonly Fact[],
    readonly asOf: IsoDate,
    readonly start: Fact,
    readonly endedOn: IsoDate | undefined,
  ) {
    for (const f of facts) {
      const list = this.index.get(f.type);
      if (list) list.push(f);
      else this.index.set(f.type, [f]);
    }
    // Rules read them, never change them: the memo compares them later (a change would throw).
    for (const list of this.index.values()) Object.freeze(list);
    Object.freeze(facts);
    this.terms = new StatedTerms(start, facts);
  }

  of<T extends FactType>(type: T): FactOf<T>[] {
    return (this.index.get(type) ?? []) as unknown as FactOf<T>[];
  }

  /** A rule reads the same parameter on the same date many times (each board, each review): read once. */
  private readonly uses = new Map<string, ParameterUse>();

  read(name: string, on: IsoDate): ParameterUse {
    const key = `${name}|${on}`;
    let use = this.uses.get(key);
    if (!use) this.uses.set(key, (use = this.readAnew(name, on)));
    return use;
  }

  private readAnew(name: string, on: IsoDate): ParameterUse {
    const set = this.set;
    if (set.activeAmendments(on).some((a) => a.overrides[name])) return set.read(name, on);
    const stated = this.terms.read(name, on, { id: set.base.id, version: set.base.version });
    if (stated) return stated;
    const use = set.read(name, on);
    return { ...use, citation: ownCitation(this.start, use.citation) };
  }
}

/**
 * The context one rulebook's (or one rule's) rules are given over a shared scope, recording what
 * they read in `reads` when given one. One class for both, so the rules see one shape of context.
 */
class Context implements RuleContext {
  constructor(
    private readonly scope: Scope,
    public owner: RulebookRef,
    private readonly reads?: Reads,
  ) {}

  get asOf(): IsoDate {
    if (this.reads) this.reads.asOf ??= { value: this.scope.asOf };
    return this.scope.asOf;
  }

  get facts(): readonly Fact[] {
    if (this.reads) this.reads.all ??= this.scope.facts;
    return this.scope.facts;
  }

  get start(): Fact {
    return this.scope.start; // compared for every rule
  }

  get endedOn(): IsoDate | undefined {
    if (this.reads) this.reads.endedOn ??= { value: this.scope.endedOn };
    return this.scope.endedOn;
  }

  get set(): RulebookSet {
    this.readsParams();
    return this.scope.set;
  }

  of<T extends FactType>(type: T): FactOf<T>[] {
    const list = this.scope.of(type);
    if (this.reads && !this.reads.types.has(type)) this.reads.types.set(type, list);
    return list;
  }

  last<T extends FactType>(type: T): FactOf<T> | undefined {
    const list = this.of(type);
    return list[list.length - 1];
  }

  read(name: string, on: IsoDate): ParameterUse {
    this.readsParams();
    return this.scope.read(name, on);
  }

  cite(c: Citation): Citation {
    return ownCitation(this.scope.start, c);
  }

  num(name: string, on: IsoDate): [number, ParameterUse] {
    return this.typed<number>(name, on, 'number');
  }

  bool(name: string, on: IsoDate): [boolean, ParameterUse] {
    return this.typed<boolean>(name, on, 'boolean');
  }

  /** The same scope for another owner's rule, recording what that rule reads. */
  recording(owner: RulebookRef, reads: Reads): RuleContext {
    return new Context(this.scope, owner, reads);
  }

  private typed<V>(name: string, on: IsoDate, kind: 'number' | 'boolean'): [V, ParameterUse] {
    const use = this.read(name, on);
    if (typeof use.value !== kind) throw new TypeError(`parameter '${name}' on ${on} is not a ${kind}`);
    return [use.value as V, use];
  }

  private readsParams(): void {
    const reads = this.reads;
    if (!reads || reads.params) return;
    reads.params = true;
    for (const t of PARAMETER_FACT_TYPES) this.of(t);
  }
}

/** An evaluation's context: the rules' own, and one per rule that records what it reads. */
export type EvaluationContext = RuleContext & { recording(owner: RulebookRef, reads: Reads): RuleContext };

export function makeContext(set: RulebookSet, facts: readonly Fact[], asOf: IsoDate, start: Fact, endedOn?: IsoDate): EvaluationContext {
  return new Context(new Scope(set, facts, asOf, start, endedOn), { id: set.base.id, version: set.base.version });
}
