import {
  chronological,
  compareDates,
  factsOfType,
  type Fact,
  type Flag,
  type Obligation,
  type PaperBlock,
  type PaperCite,
} from '@cs/domain';

/** A fact as a source: what it is and when it happened. */
export function factCite(f: Fact): PaperCite {
  return { what: f.type, when: f.effectiveOn, ref: f.id };
}

/** A rule's result as a source: the rule, its rulebook version and clauses, and the date it computed. */
export function ruleCite(r: Obligation | Flag, when: string): PaperCite {
  const e = r.explanation;
  const clauses = e.clauses.map((c) => c.clause).join(', ');
  return { what: `${e.ruleId}, ${e.rulebook.id} ${e.rulebook.version}${clauses ? `, ${clauses}` : ''}`, when, ref: r.key };
}

export const sentence = (text: string, ...cites: PaperCite[]): PaperBlock => ({ kind: 'sentence', text, cites });
export const toWrite = (prompt: string): PaperBlock => ({ kind: 'to-write', prompt });

/** The plan's objectives as the record holds them: agreed with the plan, or added later. */
export function objectivesOf(facts: readonly Fact[]): { id: string; title: string; from: Fact }[] {
  const out = new Map<string, { id: string; title: string; from: Fact }>();
  for (const f of chronological(facts)) {
    if (f.type === 'plan.agreed') for (const o of f.payload.objectives) out.set(o.id, { id: o.id, title: o.title, from: f });
    if (f.type === 'objective.added') out.set(f.payload.id, { id: f.payload.id, title: f.payload.title, from: f });
  }
  return [...out.values()];
}

/** Each objective's progress updates, oldest first. */
export function progressOf(facts: readonly Fact[], objectiveId: string) {
  return factsOfType(chronological(facts), 'objective.progress-recorded').filter((p) => p.payload.objectiveId === objectiveId);
}

/** One progress update as a sentence: delivery and impact ratings, and the note. */
export function progressSentence(title: string, p: ReturnType<typeof progressOf>[number]): PaperBlock {
  const impact = p.payload.impact ? `, impact ${p.payload.impact}` : ', impact not rated';
  const note = p.payload.note ? ` Note: ${p.payload.note}` : '';
  return sentence(`${title}: delivery ${p.payload.delivery}${impact} on ${p.effectiveOn}.${note}`, factCite(p));
}

/** Objectives the rules flag as slow, with the rules' own reason. */
export function slowObjectiveBlocks(flags: readonly Flag[], asOf: string): PaperBlock[] {
  return flags.filter((f) => f.kind === 'slow-objective').map((f) => sentence(f.explanation.text, ruleCite(f, asOf)));
}

const byDate = (a: Obligation, b: Obligation) => compareDates(a.dueOn, b.dueOn);

/** What the rules say falls due in [from, until], and what is overdue already, each with its rule and clause. */
export function dueBlocks(obligations: readonly Obligation[], from: string, until: string): PaperBlock[] {
  return obligations
    .filter((o) => o.status !== 'met' && o.dueOn <= until && (o.dueOn >= from || o.status === 'overdue'))
    .sort(byDate)
    .map((o) => sentence(`${o.kind}${o.subject ? ` (${o.subject})` : ''} ${o.status === 'overdue' ? 'was' : 'is'} due on ${o.dueOn}: ${o.explanation.text}`, ruleCite(o, o.dueOn)));
}

/** How a sentence's sources read in a document: "[source: board.met, 2019-07-18]". */
export function citeText(cites: readonly PaperCite[]): string {
  return `[source: ${cites.map((c) => `${c.what}, ${c.when}`).join('; ')}]`;
}

/** How a heading a person must write under is marked, in every format. */
export const TO_WRITE_MARK = '[To be written]';
