import type { Fact, InstrumentKind } from '@cs/domain/core';
import type { Amendment } from './amendment';
import type { Rulebook } from './rulebook';

/**
 * Amendments drafted as data (docs/rules.md, "Rule changes governed like code"): the
 * `flexibility.started` fact that opens one carries its definition, so an instrument judges by what
 * its own history says. Each override must name a parameter of the instrument's base rulebook and
 * keep its type; an amendment the registry defines in code is never redefined by a fact.
 */
export function amendmentsFromFacts(
  kind: InstrumentKind,
  facts: readonly Fact[],
  base: Rulebook,
  registered: readonly Amendment[],
): { amendments: Amendment[]; issues: { path: string; message: string }[] } {
  const amendments = new Map<string, Amendment>();
  const issues: { path: string; message: string }[] = [];
  facts.forEach((f, i) => {
    if (f.type !== 'flexibility.started' || !f.payload.amendment) return;
    const { amendmentId: id, amendment: def } = f.payload;
    if (registered.some((a) => a.id === id) || amendments.has(id)) return;
    const overrides: Amendment['overrides'] = {};
    def.overrides.forEach((o, j) => {
      const p = base.parameters[o.parameter];
      const sample = p?.values.find((v) => v.value !== null)?.value;
      const path = `facts[${i}].payload.amendment.overrides[${j}]`;
      if (!p) issues.push({ path: `${path}.parameter`, message: `${base.id}@${base.version} has no parameter '${o.parameter}'` });
      else if (typeof sample !== typeof o.value) issues.push({ path: `${path}.value`, message: `'${o.parameter}' takes a ${typeof sample}, not a ${typeof o.value}` });
      else overrides[o.parameter] = { value: o.value, citation: { document: def.source.document, clause: o.clause, text: o.text, basis: 'law' } };
    });
    amendments.set(id, {
      id,
      version: def.version,
      title: def.title,
      citeAs: def.title,
      appliesTo: [kind],
      sources: [{ document: def.source.document, clause: 'whole', basis: 'law' }],
      window: { startFact: 'flexibility.started', endFact: 'flexibility.ended' },
      overrides,
      rules: [],
    });
  });
  return { amendments: [...amendments.values()], issues };
}
