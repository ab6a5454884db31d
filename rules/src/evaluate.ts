import { chronological, Fact, factsUpTo, InstrumentKind, IsoDate, RulebookRef, type EvaluationResult, type Flag, type Obligation, type OpenDecision } from '@cs/domain/core';
import { z } from 'zod';
import { amendmentsFromFacts, assembleRulebookSet, makeContext, refOf, RulebookLoadError, windowsFromFacts, type Amendment, type EvaluationContext, type Rule, type RuleContext, type RuleOutput, type Rulebook } from './model';
import { checkedForms } from './checked-facts';
import { amendments, findRulebook, inForce, instruments, rulebooks } from './registry';

export interface EvaluateInput {
  kind: InstrumentKind;
  facts: Fact[];
  asOf: IsoDate;
  /** Chosen rulebooks (`id` or `id@version`): a what-if. Without them, the pinned versions apply. */
  rulebookIds?: string[];
  /** The versions the instrument pinned when it began; without them, those in force on its start date. */
  pins?: RulebookRef[];
}

/** Bad input: facts that do not parse, an asOf before the instrument began, an unknown rulebook. */
export class RulesInputError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(issues: { path: string; message: string }[]) {
    super(`invalid rules input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'RulesInputError';
    this.issues = issues;
  }
}

const Input = z.object({
  kind: InstrumentKind,
  facts: z.array(Fact).max(100_000),
  asOf: IsoDate,
  rulebookIds: z.array(z.string()).optional(),
  pins: z.array(RulebookRef).max(20).optional(),
});

/** The same input when every fact was checked already (checkOnce): only the rest is checked again. */
const InputOfCheckedFacts = Input.omit({ facts: true });

const pathOf = (path: PropertyKey[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

/**
 * Evaluate one instrument's facts as of a date against its rulebook and applicable amendments.
 * Pure and deterministic: facts effective after asOf are ignored; no clock, no I/O.
 */
export function evaluate(input: EvaluateInput): EvaluationResult {
  const p = prepare(input);
  const outputs: RuleOutput[] = [];
  const run = (owner: Rulebook | Amendment) => {
    p.ctx.owner = refOf(owner);
    for (const rule of owner.rules) outputs.push(runRule(rule, p.ctx));
  };
  run(p.base);
  for (const a of p.extra) run(a);
  return resultOf(p, outputs);
}

/** What an evaluation works from once its input is checked: the rulebooks, their set and the rules' context. */
export interface Prepared {
  asOf: IsoDate;
  start: Fact;
  base: Rulebook;
  /** Amendments from the registry, then those drafted by facts (flexibility.started). */
  extra: Amendment[];
  /** How many of `extra` come from the registry (the rest are drafted by the facts). */
  registered: number;
  ctx: EvaluationContext;
}

/** Checks the input and assembles what the rules read; throws RulesInputError for bad input. */
export function prepare(input: EvaluateInput): Prepared {
  const checkedFacts = checkedForms(input?.facts);
  const parsed = checkedFacts && checkedFacts.length <= 100_000 ? InputOfCheckedFacts.safeParse(input) : Input.safeParse(input);
  if (!parsed.success) throw new RulesInputError(parsed.error.issues.map((i) => ({ path: pathOf(i.path) || '(input)', message: i.message })));
  const { kind, asOf } = parsed.data;
  const all = chronological(checkedFacts ?? ((parsed.data as z.infer<typeof Input>).facts as Fact[]));
  const instrument = instruments[kind];
  const start = all.find((f) => f.type === instrument.startFact);
  if (!start) throw new RulesInputError([{ path: 'facts', message: `no ${instrument.startFact} fact: a ${kind} needs the fact that starts it` }]);
  if (asOf < start.effectiveOn)
    throw new RulesInputError([{ path: 'asOf', message: `${asOf} is before the ${kind} began (${instrument.startFact} effective ${start.effectiveOn})` }]);
  const facts = all.length && all[all.length - 1].effectiveOn <= asOf ? all : factsUpTo(all, asOf); // `all` is in date order
  const { base, extra } = parsed.data.rulebookIds
    ? selectRulebooks(kind, parsed.data.rulebookIds)
    : { base: pinnedBase(kind, start, facts, parsed.data.pins), extra: amendments.filter((a) => a.appliesTo.includes(kind)) };
  checkStatedTerms(base, facts);
  const registered = extra.length;
  const drafted = amendmentsFromFacts(kind, facts, base, amendments);
  if (drafted.issues.length) throw new RulesInputError(drafted.issues);
  extra.push(...drafted.amendments);
  const windows = extra.flatMap((a) => windowsFromFacts(a.id, facts));
  let set;
  try {
    set = assembleRulebookSet(base, extra, windows); // the registry loaded and checked each one
  } catch (e) {
    if (e instanceof RulebookLoadError && e.problem === 'conflict') throw new RulesInputError([{ path: 'facts', message: e.message }]);
    throw e;
  }
  return { asOf, start, base, extra, registered, ctx: makeContext(set, facts, asOf, start, instrument.endedOn(facts)) };
}

/** One rule's output; a parameter it cannot read on a date is bad input (an asOf it cannot judge). */
export function runRule(rule: Rule, ctx: RuleContext): RuleOutput {
  try {
    return rule.evaluate(ctx);
  } catch (e) {
    if (e instanceof RulebookLoadError) throw new RulesInputError([{ path: 'asOf', message: `rule ${rule.id}: ${e.details.join('; ')}` }]);
    throw e;
  }
}

/** The result from every rule's output, in rule order: obligations by due date, then key. */
export function resultOf(p: Prepared, outputs: readonly RuleOutput[]): EvaluationResult {
  const obligations: Obligation[] = [];
  const flags: Flag[] = [];
  const decisions: OpenDecision[] = [];
  for (const out of outputs) {
    obligations.push(...(out.obligations ?? []));
    flags.push(...(out.flags ?? []));
    decisions.push(...(out.decisions ?? []));
  }
  obligations.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { asOf: p.asOf, rulebooks: [refOf(p.base), ...p.extra.map(refOf)], obligations, flags, decisions };
}

/**
 * The base rulebook version an instrument is judged by as of now: the one it pinned when it began
 * (or, for an instrument that pinned none, the one in force on its start date), unless it has since
 * adopted another by an explicit `rulebook.adopted` fact, the latest adoption winning.
 */
function pinnedBase(kind: InstrumentKind, start: Fact, facts: readonly Fact[], pins: RulebookRef[] | undefined): Rulebook {
  const issues: { path: string; message: string }[] = [];
  let base = inForce(kind, start.effectiveOn);
  const pin = pins?.find((p) => findRulebook(p.id)?.kind === kind);
  if (pin) {
    const book = findRulebook(pin.id, pin.version);
    if (book) base = book;
    else issues.push({ path: 'pins', message: `rulebook ${pin.id}@${pin.version} is not known (known: ${rulebooks.map((b) => `${b.id}@${b.version}`).join(', ')})` });
  }
  facts.forEach((f, i) => {
    if (f.type !== 'rulebook.adopted') return;
    const book = findRulebook(f.payload.rulebookId, f.payload.version);
    if (book && book.kind === kind) base = book;
    else issues.push({ path: `facts[${i}].payload`, message: `rulebook ${f.payload.rulebookId}@${f.payload.version} is not a version of a ${kind} rulebook` });
  });
  if (issues.length) throw new RulesInputError(issues);
  return base;
}

const kindOf = (v: unknown) => (Array.isArray(v) ? 'list' : typeof v);

/** A term the instrument states must name a parameter its rulebook defines, with a value of the same type. */
function checkStatedTerms(base: Rulebook, facts: readonly Fact[]): void {
  const issues: { path: string; message: string }[] = [];
  facts.forEach((f, i) => {
    const terms = (f.payload as { terms?: { parameter: string; value: unknown }[] }).terms;
    terms?.forEach((t, j) => {
      const p = base.parameters[t.parameter];
      const sample = p?.values.find((v) => v.value !== null)?.value;
      if (!p) issues.push({ path: `facts[${i}].payload.terms[${j}].parameter`, message: `${base.id}@${base.version} has no parameter '${t.parameter}' (known: ${Object.keys(base.parameters).join(', ')})` });
      else if (kindOf(sample) !== kindOf(t.value)) issues.push({ path: `facts[${i}].payload.terms[${j}].value`, message: `'${t.parameter}' takes a ${kindOf(sample)}, not a ${kindOf(t.value)}` });
    });
  });
  if (issues.length) throw new RulesInputError(issues);
}

function selectRulebooks(kind: InstrumentKind, ids: string[]): { base: Rulebook; extra: Amendment[] } {
  const issues: { path: string; message: string }[] = [];
  const bases: Rulebook[] = [];
  const extra: Amendment[] = [];
  ids.forEach((given, i) => {
    const [id, version] = given.split('@');
    const book = findRulebook(id, version);
    const amendment = amendments.find((a) => a.id === id);
    if (book && book.kind === kind) bases.push(book);
    else if (book) issues.push({ path: `rulebookIds[${i}]`, message: `rulebook ${id} is for a ${book.kind}, not a ${kind}` });
    else if (amendment && amendment.appliesTo.includes(kind)) extra.push(amendment);
    else if (amendment) issues.push({ path: `rulebookIds[${i}]`, message: `amendment ${id} does not apply to a ${kind}` });
    else issues.push({ path: `rulebookIds[${i}]`, message: `unknown rulebook '${given}' (known: ${[...rulebooks, ...amendments].map((b) => `${b.id}@${b.version}`).join(', ')})` });
  });
  if (!issues.length && bases.length !== 1) issues.push({ path: 'rulebookIds', message: `exactly one base rulebook for a ${kind} is needed, got ${bases.length}` });
  if (issues.length) throw new RulesInputError(issues);
  return { base: bases[0], extra };
}
