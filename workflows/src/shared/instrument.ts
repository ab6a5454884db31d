import { CommandInput, councilScoped, roleRefusal, type FieldIssue, type InstrumentView, type Links, type RefusalKind } from '@cs/contract';
import { chronological, factsUpTo, type Fact, type IsoDate, type RulebookRef } from '@cs/domain/core';
import { checkOnce, nextDueDate } from '@cs/rules';
import { refuseAdoption, versionInUse } from './adoption';
import { refuseEffectiveDate } from './dates';
import { UntilLogGrows } from './memo';
import { askRules, type RulesAnswer } from './rules';
import type { RulesMemo } from '@cs/rules';
import type { Command, InstrumentSpec } from './spec';

/** Why a command may not be recorded: the kind decides the refusal's type, the reason is for people. */
export interface Refusal {
  kind: RefusalKind;
  reason: string;
  issues?: FieldIssue[];
}

/**
 * One instrument's facts and what follows from them. Holds the only mutable state of a lifecycle
 * workflow (its facts and links); everything else is derived, by folding or by asking the rules.
 */
export class Instrument<S> {
  private readonly log: Fact[];
  /** The latest effective date in the log: as of it or later, every fact has happened. */
  private latestOn: IsoDate;
  // Pure answers about the log as it stands, by as-of date: each update asks several times.
  private readonly answers = new UntilLogGrows<RulesAnswer>();
  private readonly folds = new UntilLogGrows<S>();
  /** The fold of every fact, and of how many: one step extends it when a fact comes in date order. */
  private current?: { length: number; state: S };
  /** Whether the newest fact is also the latest in time (facts are mostly entered in date order). */
  private newestIsLatest = false;
  /** The validator's look at the log with the command in: the handler that records it reuses it. */
  private probed?: { raw: string; fact: Fact; length: number; asOf: IsoDate; answer: RulesAnswer };
  /** What the rules found rule by rule, so that a new fact re-runs only the rules it touches (in memory only). */
  private memo?: RulesMemo;

  constructor(
    readonly spec: InstrumentSpec<S>,
    readonly workflowId: string,
    facts: readonly Fact[],
    readonly links: Links = {},
    /** The rulebook versions pinned when the instrument began (docs/lifecycle.md, "Rulebooks through time"). */
    readonly pins?: RulebookRef[],
  ) {
    if (facts[0]?.type !== spec.startType) throw new Error(`a ${spec.kind} starts with ${spec.startType}`);
    this.log = facts.map(checkOnce);
    this.latestOn = this.log.reduce((d, f) => (f.effectiveOn > d ? f.effectiveOn : d), this.log[0].effectiveOn);
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
    if (!asOf || asOf >= this.latestOn) return this.now();
    return this.folds.get(this.log.length, asOf, () => this.spec.fold(chronological(factsUpTo(this.log, asOf))));
  }

  private now(): S {
    const last = this.current;
    if (last?.length === this.log.length) return last.state;
    const stepped = last?.length === this.log.length - 1 && this.newestIsLatest;
    const state = stepped ? this.spec.step(last.state, this.log[last.length]) : this.spec.fold(chronological(this.log));
    this.current = { length: this.log.length, state };
    return state;
  }

  private rules(asOf: IsoDate): RulesAnswer {
    return this.answers.get(this.log.length, asOf, () => this.ask(this.log, asOf));
  }

  private ask(facts: readonly Fact[], asOf: IsoDate): RulesAnswer {
    const { memo, ...answer } = askRules(this.spec.kind, facts, asOf, this.pins, this.memo);
    if (memo) this.memo = memo;
    return answer as RulesAnswer;
  }

  /**
   * Why this command may not be recorded now, or undefined when it may. Validators call it: it
   * changes nothing but what is remembered. `id` is the fact id it would be recorded under.
   */
  refusal(raw: unknown, todayOn: IsoDate, id = '(probe)'): Refusal | undefined {
    const parsed = CommandInput.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(root)', message: i.message }));
      return { kind: 'invalid', reason: `invalid command: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues };
    }
    const { command, actor } = parsed.data;
    const conflict = (reason: string): Refusal => ({ kind: 'conflict', reason });
    if (!this.spec.accepts.includes(command.type)) return conflict(`a ${this.spec.kind} does not record ${command.type}`);
    const roleRefused = roleRefusal(actor.role, command.type);
    if (roleRefused) return { kind: 'forbidden', reason: roleRefused };
    const council = this.spec.council(this.start).slug;
    if (councilScoped.includes(actor.role) && actor.council !== council) {
      return { kind: 'forbidden', reason: `${actor.role} of ${actor.council ?? 'no council'} may not act on ${council}'s ${this.spec.kind}` };
    }
    const dateRefusal = refuseEffectiveDate(command.effectiveOn, this.startedOn, todayOn);
    if (dateRefusal) return conflict(dateRefusal);
    const now = this.state();
    const endedOn = this.spec.endedOn(now);
    if (endedOn && !(this.spec.afterEnd?.(now) ?? []).includes(command.type)) return conflict(`the ${this.spec.kind} ended on ${endedOn}; it records nothing more`);
    if (command.type === 'rulebook.adopted') {
      const current = versionInUse(this.spec.kind, this.log, this.startedOn, this.pins, command.effectiveOn);
      const adoption = refuseAdoption(this.spec.kind, command as Extract<Command, { type: 'rulebook.adopted' }>, current);
      if (adoption) return conflict(adoption);
    }
    const refused = this.spec.refuse(command as Command, {
      atEffective: this.state(command.effectiveOn),
      now,
      rulesAtEffective: () => this.rules(command.effectiveOn).result,
    });
    if (refused) return conflict(refused);
    // The rules must be able to read the instrument with this fact in it (validated twice).
    const probe: Fact = checkOnce(factOf(parsed.data, id));
    const before = this.rules(todayOn);
    const after = this.ask([...this.log, probe], todayOn);
    this.probed = { raw: JSON.stringify(raw), fact: probe, length: this.log.length, asOf: todayOn, answer: after };
    if (after.error && !before.error) return conflict(`the rules refuse this fact: ${after.error}`);
    return undefined;
  }

  /** Record an accepted command (as the update gives it) as a fact. The validator has checked it. */
  record(raw: unknown, id: string): Fact {
    const probed = this.probed;
    this.probed = undefined;
    // The same request on the same log as the validator's probe (the SDK decodes it afresh for the
    // handler): the probe's fact, parsed and checked once, and its answer is this log's answer.
    // On replay no validator runs, and the handler parses it itself.
    const asProbed = probed && probed.length === this.log.length && probed.fact.id === id && probed.raw === JSON.stringify(raw);
    const fact = asProbed ? probed.fact : checkOnce(factOf(CommandInput.parse(raw), id));
    this.log.push(fact);
    this.newestIsLatest = fact.effectiveOn >= this.latestOn;
    if (this.newestIsLatest) this.latestOn = fact.effectiveOn;
    if (asProbed) this.answers.seed(this.log.length, probed.asOf, probed.answer);
    return fact;
  }

  view(asOf: IsoDate): InstrumentView<S> {
    const answer = this.rules(asOf);
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
      factCount: asOf >= this.latestOn ? this.log.length : factsUpTo(this.log, asOf).length,
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

/** The fact an accepted command becomes, under the update's id. */
function factOf(input: CommandInput, id: string): Fact {
  return { id, ...input.command, actor: input.actor, recordedAt: input.recordedAt } as Fact;
}
