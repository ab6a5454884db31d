import { chronological, factsUpTo, type Fact, type IsoDate } from '@cs/domain';
import { nextDueDate } from '@cs/rules';
import { refuseEffectiveDate } from './dates';
import { CommandInput } from './messages';
import { councilScoped, mayRecord } from './permissions';
import { askRules } from './rules';
import type { Command, InstrumentSpec } from './spec';
import type { InstrumentView, Links } from './view';

/**
 * One instrument's facts and what follows from them. Holds the only mutable state of a lifecycle
 * workflow (its facts and links); everything else is derived, by folding or by asking the rules.
 */
export class Instrument<S> {
  private readonly log: Fact[];

  constructor(
    readonly spec: InstrumentSpec<S>,
    readonly workflowId: string,
    facts: readonly Fact[],
    readonly links: Links = {},
  ) {
    if (facts[0]?.type !== spec.startType) throw new Error(`a ${spec.kind} starts with ${spec.startType}`);
    this.log = [...facts];
  }

  get facts(): readonly Fact[] {
    return this.log;
  }

  get start(): Fact {
    return this.log[0];
  }

  get startedOn(): IsoDate {
    return this.start.effectiveOn;
  }

  has(id: string): Fact | undefined {
    return this.log.find((f) => f.id === id);
  }

  state(asOf?: IsoDate): S {
    return this.spec.fold(chronological(asOf ? factsUpTo(this.log, asOf) : this.log));
  }

  /** Why this command may not be recorded now, or undefined when it may. Pure: validators call it. */
  refusal(raw: unknown, todayOn: IsoDate): string | undefined {
    const parsed = CommandInput.safeParse(raw);
    if (!parsed.success) {
      return `invalid command: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`;
    }
    const { command, actor } = parsed.data;
    if (!this.spec.accepts.includes(command.type)) return `a ${this.spec.kind} does not record ${command.type}`;
    if (!mayRecord[command.type].includes(actor.role)) {
      return `role ${actor.role} may not record ${command.type} (allowed: ${mayRecord[command.type].join(', ')})`;
    }
    const council = this.spec.council(this.start).slug;
    if (councilScoped.includes(actor.role) && actor.council !== council) {
      return `${actor.role} of ${actor.council ?? 'no council'} may not act on ${council}'s ${this.spec.kind}`;
    }
    const dateRefusal = refuseEffectiveDate(command.effectiveOn, this.startedOn, todayOn);
    if (dateRefusal) return dateRefusal;
    const now = this.state();
    const endedOn = this.spec.endedOn(now);
    if (endedOn) return `the ${this.spec.kind} ended on ${endedOn}; it records nothing more`;
    const refused = this.spec.refuse(command as Command, {
      atEffective: this.state(command.effectiveOn),
      now,
      rulesAtEffective: () => askRules(this.spec.kind, this.log, command.effectiveOn).result,
    });
    if (refused) return refused;
    // The rules must be able to read the instrument with this fact in it (validated twice).
    const probe: Fact = { id: '(probe)', ...command, actor, recordedAt: parsed.data.recordedAt } as Fact;
    const before = askRules(this.spec.kind, this.log, todayOn);
    const after = askRules(this.spec.kind, [...this.log, probe], todayOn);
    if (after.error && !before.error) return `the rules refuse this fact: ${after.error}`;
    return undefined;
  }

  /** Record an accepted command as a fact. The caller has validated it. */
  record(input: CommandInput, id: string): Fact {
    const fact = { id, ...input.command, actor: input.actor, recordedAt: input.recordedAt } as Fact;
    this.log.push(fact);
    return fact;
  }

  view(asOf: IsoDate): InstrumentView<S> {
    const answer = askRules(this.spec.kind, this.log, asOf);
    const state = this.state(asOf);
    const result = answer.result;
    return {
      workflowId: this.workflowId,
      kind: this.spec.kind,
      council: this.spec.council(this.start),
      startedOn: this.startedOn,
      asOf,
      phase: this.spec.phase(state, result),
      endedOn: this.spec.endedOn(state),
      links: { ...this.links },
      factCount: factsUpTo(this.log, asOf).length,
      detail: state,
      rulebooks: result?.rulebooks ?? [],
      obligations: result?.obligations ?? [],
      flags: result?.flags ?? [],
      openDecisions: (result?.decisions ?? []).filter((d) => d.open),
      nextDueOn: result ? nextDueDate(result) : undefined,
      rulesError: answer.error,
    };
  }
}
