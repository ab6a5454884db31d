import type { Citation, Fact, FactType, InstrumentKind, IsoDate, RulebookRef } from '@cs/domain/core';
import { loadRulebookSet, type Amendment, type Rulebook } from './model';
import { continuingBoard, continuingBoard2010 } from './rulebooks/continuing-board';
import { covid19Flexibilities } from './rulebooks/covid-19-flexibilities';
import { improvementNotice, improvementNotice2010 } from './rulebooks/improvement-notice';
import { statutoryDirection } from './rulebooks/statutory-direction';

/**
 * Every version of every base rulebook, oldest first per id. A version is in force from its
 * `effectiveFrom` until the next version of the same id begins; together they cover every date
 * from 2010-01-01. A version, once an instrument has pinned it, never changes its answers: new
 * guidance is a new version (docs/lifecycle.md, "Changing workflow code safely").
 */
export const rulebooks: Rulebook[] = [improvementNotice2010, improvementNotice, statutoryDirection, continuingBoard2010, continuingBoard];
export const amendments: Amendment[] = [covid19Flexibilities];

/** The earliest date every kind has a rulebook version for. */
export const EARLIEST = '2010-01-01';

/** How each instrument begins and ends, so rules know their span. */
export const instruments: Record<InstrumentKind, { startFact: FactType; endedOn(facts: readonly Fact[]): IsoDate | undefined }> = {
  'improvement-notice': {
    startFact: 'notice.issued',
    endedOn: (facts) =>
      facts.find((f) => (f.type === 'assessment.decided' && (f.payload.decision === 'lift' || f.payload.decision === 'escalate')) || f.type === 'notice.replaced')
        ?.effectiveOn,
  },
  'statutory-direction': { startFact: 'direction.issued', endedOn: (facts) => facts.find((f) => f.type === 'direction.ended')?.effectiveOn },
  'continuing-board': { startFact: 'support.started', endedOn: (facts) => facts.find((f) => f.type === 'ambitions-board.closed')?.effectiveOn },
};

// Each base rulebook and amendment must load on its own (schema and gaps) when the module loads.
for (const book of rulebooks) loadRulebookSet(book, amendments.filter((a) => a.appliesTo.includes(book.kind)));

/** The versions of a kind's base rulebook, oldest first. */
export function versionsOf(kind: InstrumentKind): Rulebook[] {
  return rulebooks.filter((b) => b.kind === kind).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/** The version of a kind's base rulebook in force on a date (the earliest version before 2010). */
export function inForce(kind: InstrumentKind, on: IsoDate): Rulebook {
  const versions = versionsOf(kind);
  return versions.filter((b) => b.effectiveFrom <= on).pop() ?? versions[0];
}

/** What an instrument starting on a date pins: its base rulebook version in force then. */
export function pinsFor(kind: InstrumentKind, startedOn: IsoDate): RulebookRef[] {
  const book = inForce(kind, startedOn);
  return [{ id: book.id, version: book.version }];
}

export function findRulebook(id: string, version?: string): Rulebook | undefined {
  const all = rulebooks.filter((b) => b.id === id);
  return version ? all.find((b) => b.version === version) : all[all.length - 1];
}

export function listRulebooks(): { id: string; version: string; title: string; kind: InstrumentKind | 'amendment'; effectiveFrom?: IsoDate; sources: Citation[] }[] {
  return [
    ...rulebooks.map((b) => ({ id: b.id, version: b.version, title: b.title, kind: b.kind, effectiveFrom: b.effectiveFrom, sources: b.sources })),
    ...amendments.map((a) => ({ id: a.id, version: a.version, title: a.title, kind: 'amendment' as const, sources: a.sources })),
  ];
}

/** A serialisable description: parameters with dated values and citations, rules with clauses; every version. */
export function getRulebook(id: string): unknown {
  const rules = (list: { id: string; decides: string; clauses: Citation[]; needs: string[] }[]) =>
    list.map((r) => ({ id: r.id, decides: r.decides, clauses: r.clauses, parameters: r.needs }));
  const versions = rulebooks.filter((b) => b.id === id);
  if (versions.length) {
    const describe = (book: Rulebook) => {
      const { rules: r, ...data } = book;
      return { ...data, rules: rules(r) };
    };
    const latest = versions[versions.length - 1];
    return JSON.parse(JSON.stringify({ ...describe(latest), versions: versions.map(describe) }));
  }
  const a = amendments.find((x) => x.id === id);
  if (a) {
    const { rules: r, ...data } = a;
    return JSON.parse(JSON.stringify({ ...data, kind: 'amendment', rules: rules(r) }));
  }
  return undefined;
}
