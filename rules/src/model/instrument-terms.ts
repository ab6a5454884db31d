import type { Citation, Fact, IsoDate, ParameterUse, RulebookRef, StatedTerm } from '@cs/domain/core';
import { NOTICE } from '../sources/documents';

/** A stated term with the date it takes effect and the fact (issue or revision) that states it. */
interface Dated {
  term: StatedTerm;
  from: IsoDate;
  document: string;
}

type WithTerms = { council?: { slug: string; name: string }; document?: string; terms?: StatedTerm[] };

/** How an instrument is cited: its own stated title, else "the notice to <council>, <date>". */
export function instrumentDocument(start: Fact): string {
  const p = start.payload as WithTerms;
  if (p.document) return p.document;
  const name = p.council?.name ?? 'the council';
  const what = start.type === 'notice.issued' ? 'the notice' : start.type === 'direction.issued' ? 'the direction' : 'the support arrangement';
  return `${what} to ${name}, ${start.effectiveOn}`;
}

/**
 * The terms an instrument states in its own words: at its start, then in each revision (a later
 * statement of a term replaces an earlier one from its date). Stated terms beat the rulebook's
 * default for this instrument, cited to the instrument itself.
 */
export class StatedTerms {
  private readonly byName = new Map<string, Dated[]>();

  constructor(start: Fact, facts: readonly Fact[]) {
    const add = (f: Fact, document: string) => {
      for (const term of (f.payload as WithTerms).terms ?? []) {
        const list = this.byName.get(term.parameter) ?? [];
        list.push({ term, from: f.effectiveOn, document });
        this.byName.set(term.parameter, list);
      }
    };
    const own = instrumentDocument(start);
    add(start, own);
    for (const f of facts) if (f.type === 'direction.revised') add(f, `${own}, as revised on ${f.effectiveOn}`);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  read(name: string, on: IsoDate, source: RulebookRef): ParameterUse | undefined {
    const found = (this.byName.get(name) ?? []).filter((d) => d.from <= on).pop();
    if (!found) return undefined;
    const { term, document } = found;
    const citation: Citation = { document, clause: term.clause, text: term.text ?? `stated in the instrument: ${String(term.value)}`, basis: 'law' };
    return { name, value: term.value, readOn: on, citation, source };
  }
}

/**
 * The 2019 rulebook was written from Trafford's notice, the DfE template of its time. For any other
 * notice the clause is cited to that council's own notice, with the template's numbering named as
 * such (the record does not always show its paragraph numbers): never Trafford's notice for another
 * council.
 */
export function ownCitation(start: Fact, c: Citation): Citation {
  if (c.document !== NOTICE) return c;
  const p = start.payload as WithTerms;
  if (p.council?.slug === 'trafford' && start.effectiveOn === '2019-05-23') return c;
  return { ...c, document: instrumentDocument(start), clause: `${c.clause} (the DfE template's numbering)`, basis: c.basis ?? 'law' };
}
