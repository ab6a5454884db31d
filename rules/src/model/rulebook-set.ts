import type { IsoDate, ParameterUse } from '@cs/domain/core';
import { amendmentData, inWindow, windowsOverlap, type Amendment, type Window } from './amendment';
import { gapsFrom, valueOn } from './parameter';
import { rulebookData, refOf, type Rulebook } from './rulebook';

/** Loading a set of rulebooks failed: a schema problem, a conflict or a gap. */
export class RulebookLoadError extends Error {
  constructor(
    readonly problem: 'schema' | 'conflict' | 'gap',
    readonly details: string[],
  ) {
    super(`rulebook ${problem}: ${details.join('; ')}`);
    this.name = 'RulebookLoadError';
  }
}

/**
 * A base rulebook plus the amendments applicable to one instrument, with their concrete windows.
 * Precedence, explicitly: within its window an amendment's override beats the base value; outside
 * every window the base value applies. Two amendments may never override one parameter at once.
 */
export interface RulebookSet {
  base: Rulebook;
  amendments: Amendment[];
  windows: Window[];
  /** The value in force on a date, with its citation and the rulebook or amendment it came from. */
  read(name: string, on: IsoDate): ParameterUse;
  activeAmendments(on: IsoDate): Amendment[];
}

export function loadRulebookSet(base: Rulebook, amendments: Amendment[] = [], windows: Window[] = []): RulebookSet {
  checkSchemas(base, amendments);
  checkGaps(base, amendments);
  return assembleRulebookSet(base, amendments, windows);
}

/**
 * The set for rulebooks and amendments already loaded once (the registry loads each at start):
 * their schemas and gaps do not depend on an instrument's facts, so only the windows the facts
 * open are checked, for conflicts. Re-checking the schemas on every evaluation cost ~6 % of a
 * notice's workflow time.
 */
export function assembleRulebookSet(base: Rulebook, amendments: Amendment[] = [], windows: Window[] = []): RulebookSet {
  checkConflicts(amendments, windows);
  const byId = new Map(amendments.map((a) => [a.id, a]));
  const activeAmendments = (on: IsoDate) =>
    windows.filter((w) => inWindow(w, on)).map((w) => byId.get(w.amendmentId)).filter((a): a is Amendment => !!a);
  return {
    base,
    amendments,
    windows,
    activeAmendments,
    read(name, on) {
      for (const a of activeAmendments(on)) {
        const o = a.overrides[name];
        if (o) return { name, value: o.value, readOn: on, citation: o.citation, source: refOf(a) };
      }
      const p = base.parameters[name];
      // A version adopted by an instrument older than it reads its first values for the years before it.
      const v = p && (valueOn(p, on) ?? (on < base.effectiveFrom ? valueOn(p, base.effectiveFrom) : undefined));
      if (!v) throw new RulebookLoadError('gap', [`${base.id}@${base.version}: parameter '${name}' has no value on ${on}`]);
      return { name, value: v.value, readOn: on, citation: v.citation, source: refOf(base) };
    },
  };
}

function checkSchemas(base: Rulebook, amendments: Amendment[]): void {
  const problems: string[] = [];
  const report = (who: string, r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
    for (const i of r.error?.issues ?? []) problems.push(`${who}: ${i.path.map(String).join('.')}: ${i.message}`);
  };
  report(base.id ?? 'rulebook', rulebookData().safeParse(base));
  const amendmentSchema = amendmentData();
  for (const a of amendments) report(a.id ?? 'amendment', amendmentSchema.safeParse(a));
  if (problems.length) throw new RulebookLoadError('schema', problems);
}

/** Every parameter a rule needs must have a value on every date from the rulebook's start. */
function checkGaps(base: Rulebook, amendments: Amendment[]): void {
  const problems: string[] = [];
  const rules = [...base.rules.map((r) => ({ r, who: base.id })), ...amendments.flatMap((a) => a.rules.map((r) => ({ r, who: a.id })))];
  for (const { r, who } of rules) {
    for (const name of r.needs) {
      const p = base.parameters[name];
      if (!p) {
        problems.push(`rule ${who}/${r.id} needs '${name}', which ${base.id}@${base.version} does not define (an amendment alone leaves it without a value outside its window)`);
        continue;
      }
      for (const d of gapsFrom(p, base.effectiveFrom))
        problems.push(`rule ${who}/${r.id} needs '${name}', which has no value from ${d} in ${base.id}@${base.version}`);
    }
  }
  for (const a of amendments)
    for (const name of Object.keys(a.overrides))
      if (!base.parameters[name]) problems.push(`amendment ${a.id} overrides '${name}', which ${base.id} does not define`);
  if (problems.length) throw new RulebookLoadError('gap', problems);
}

/** Two amendments overriding the same parameter in overlapping windows: refuse, naming both. */
function checkConflicts(amendments: Amendment[], windows: Window[]): void {
  const problems: string[] = [];
  const byId = new Map(amendments.map((a) => [a.id, a]));
  for (let i = 0; i < windows.length; i++)
    for (let j = i + 1; j < windows.length; j++) {
      const [a, b] = [windows[i], windows[j]];
      if (a.amendmentId === b.amendmentId || !windowsOverlap(a, b)) continue;
      const shared = Object.keys(byId.get(a.amendmentId)?.overrides ?? {}).filter((n) => n in (byId.get(b.amendmentId)?.overrides ?? {}));
      if (shared.length)
        problems.push(
          `amendments ${a.amendmentId} (from ${a.from}${a.to ? ` to ${a.to}` : ''}) and ${b.amendmentId} (from ${b.from}${b.to ? ` to ${b.to}` : ''}) both override ${shared.join(', ')} in overlapping windows`,
        );
    }
  if (problems.length) throw new RulebookLoadError('conflict', problems);
}
