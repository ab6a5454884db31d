import type { Citation, Fact, FactType, InstrumentKind, IsoDate } from '@cs/domain/core';
import { loadRulebookSet, type Amendment, type Rulebook } from './model';
import { continuingBoard } from './rulebooks/continuing-board';
import { covid19Flexibilities } from './rulebooks/covid-19-flexibilities';
import { improvementNotice } from './rulebooks/improvement-notice';
import { statutoryDirection } from './rulebooks/statutory-direction';

export const rulebooks: Rulebook[] = [improvementNotice, statutoryDirection, continuingBoard];
export const amendments: Amendment[] = [covid19Flexibilities];

/** How each instrument begins and ends, so rules know their span. */
export const instruments: Record<InstrumentKind, { startFact: FactType; endedOn(facts: readonly Fact[]): IsoDate | undefined }> = {
  'improvement-notice': {
    startFact: 'notice.issued',
    endedOn: (facts) => facts.find((f) => f.type === 'assessment.decided' && (f.payload.decision === 'lift' || f.payload.decision === 'escalate'))?.effectiveOn,
  },
  'statutory-direction': { startFact: 'direction.issued', endedOn: (facts) => facts.find((f) => f.type === 'direction.ended')?.effectiveOn },
  'continuing-board': { startFact: 'support.started', endedOn: (facts) => facts.find((f) => f.type === 'ambitions-board.closed')?.effectiveOn },
};

// Each base rulebook and amendment must load on its own (schema and gaps) when the module loads.
for (const book of rulebooks) loadRulebookSet(book, amendments.filter((a) => a.appliesTo.includes(book.kind)));

export function listRulebooks(): { id: string; version: string; title: string; kind: InstrumentKind | 'amendment'; sources: Citation[] }[] {
  return [
    ...rulebooks.map((b) => ({ id: b.id, version: b.version, title: b.title, kind: b.kind, sources: b.sources })),
    ...amendments.map((a) => ({ id: a.id, version: a.version, title: a.title, kind: 'amendment' as const, sources: a.sources })),
  ];
}

/** A serialisable description: parameters with dated values and citations, rules with clauses. */
export function getRulebook(id: string): unknown {
  const rules = (list: { id: string; decides: string; clauses: Citation[]; needs: string[] }[]) =>
    list.map((r) => ({ id: r.id, decides: r.decides, clauses: r.clauses, parameters: r.needs }));
  const book = rulebooks.find((b) => b.id === id);
  if (book) {
    const { rules: r, ...data } = book;
    return JSON.parse(JSON.stringify({ ...data, rules: rules(r) }));
  }
  const a = amendments.find((x) => x.id === id);
  if (a) {
    const { rules: r, ...data } = a;
    return JSON.parse(JSON.stringify({ ...data, kind: 'amendment', rules: rules(r) }));
  }
  return undefined;
}
