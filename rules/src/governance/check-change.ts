import type { InstrumentKind } from '@cs/domain/core';
import type { RuleChange } from '@cs/domain';
import { amendments, findRulebook, rulebooks, versionsOf } from '../registry';

/** The kinds of instrument a change can reach. */
export function kindsReached(change: RuleChange): InstrumentKind[] {
  if (change.type === 'amendment') return [...change.appliesTo];
  const book = findRulebook(change.rulebookId, change.version);
  return book ? [book.kind] : [];
}

/**
 * Why a draft cannot be recorded, field by field: an amendment must override parameters every
 * version of its kinds' rulebooks defines, with values of the same type, once each, and must not
 * reuse the id of an amendment in code; a rulebook version must be one the registry has.
 */
export function refuseChange(change: RuleChange): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (change.type === 'rulebook-version') {
    if (!findRulebook(change.rulebookId, change.version))
      issues.push({ path: 'version', message: `no rulebook ${change.rulebookId}@${change.version} (known: ${rulebooks.map((b) => `${b.id}@${b.version}`).join(', ')})` });
    return issues;
  }
  if (amendments.some((a) => a.id === change.amendmentId)) issues.push({ path: 'amendmentId', message: `${change.amendmentId} is an amendment in code; a draft needs its own id` });
  const seen = new Set<string>();
  change.overrides.forEach((o, i) => {
    if (seen.has(o.parameter)) issues.push({ path: `overrides[${i}].parameter`, message: `'${o.parameter}' is overridden twice` });
    seen.add(o.parameter);
    for (const kind of change.appliesTo)
      for (const book of versionsOf(kind)) {
        const p = book.parameters[o.parameter];
        const sample = p?.values.find((v) => v.value !== null)?.value;
        if (!p) issues.push({ path: `overrides[${i}].parameter`, message: `${book.id}@${book.version} has no parameter '${o.parameter}' (known: ${Object.keys(book.parameters).join(', ')})` });
        else if (typeof sample !== typeof o.value) issues.push({ path: `overrides[${i}].value`, message: `'${o.parameter}' takes a ${typeof sample}, not a ${typeof o.value}` });
      }
  });
  return issues;
}
