import { type Actor, type Command, type Fact, type InstrumentKind, type IsoDate, type RulebookRef } from '@cs/domain/core';
import type { RuleChange } from '@cs/domain';
import { findRulebook, instruments } from '../registry';
import { versionInUse } from './version-in-use';

/** One instrument as a rule change sees it: its kind, its facts and the versions it pinned. */
export interface InstrumentFacts {
  kind: InstrumentKind;
  facts: readonly Fact[];
  pins?: readonly RulebookRef[];
}

/** What a change asks of one instrument: the commands to record, or why it is not affected. */
export type ChangeOnInstrument = { affected: true; commands: Command[] } | { affected: false; reason: string };

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/**
 * The commands that apply a drafted change to an instrument (`apply`), or end its amendment
 * (`end`, on `endOn`). The same commands the impact preview simulates and the rollout records, so
 * what is previewed is what is applied. An instrument that began after the change's date takes it
 * from its own start.
 */
export function changeCommands(change: RuleChange, instrument: InstrumentFacts, action: 'apply' | 'end' = 'apply', opts: { rolloutId?: string; endOn?: IsoDate } = {}): ChangeOnInstrument {
  const start = instrument.facts.find((f) => f.type === instruments[instrument.kind].startFact);
  if (!start) return { affected: false, reason: `no ${instruments[instrument.kind].startFact} fact` };
  const endedOn = instruments[instrument.kind].endedOn(instrument.facts);
  if (change.type === 'amendment') {
    if (!(change.appliesTo as string[]).includes(instrument.kind)) return { affected: false, reason: `the amendment applies to ${change.appliesTo.join(', ')}, not a ${instrument.kind}` };
    const { amendmentId } = change;
    const started = instrument.facts.find((f) => f.type === 'flexibility.started' && f.payload.amendmentId === amendmentId);
    if (action === 'end') {
      const endOn = opts.endOn ?? change.window.endOn;
      if (!started) return { affected: false, reason: `${amendmentId} was never applied to it` };
      if (instrument.facts.some((f) => f.type === 'flexibility.ended' && f.payload.amendmentId === amendmentId)) return { affected: false, reason: `${amendmentId} has already ended on it` };
      if (!endOn) return { affected: false, reason: 'no end date' };
      return { affected: true, commands: [{ type: 'flexibility.ended', effectiveOn: later(endOn, started.effectiveOn), payload: { amendmentId, ...(opts.rolloutId ? { rolloutId: opts.rolloutId } : {}) } }] };
    }
    if (endedOn && endedOn <= change.window.startOn) return { affected: false, reason: `it ended on ${endedOn}` };
    if (change.window.endOn && change.window.endOn <= start.effectiveOn) return { affected: false, reason: `it began after the window closed` };
    const { version, title, source, overrides } = change;
    return {
      affected: true,
      commands: [
        {
          type: 'flexibility.started',
          effectiveOn: later(change.window.startOn, start.effectiveOn),
          payload: { amendmentId, amendment: { version, title, source, overrides, ...(opts.rolloutId ? { rolloutId: opts.rolloutId } : {}) } },
        },
      ],
    };
  }
  if (action === 'end') return { affected: false, reason: 'a rulebook version is adopted for good: a later version replaces it' };
  const book = findRulebook(change.rulebookId, change.version);
  if (!book) return { affected: false, reason: `rulebook ${change.rulebookId}@${change.version} is not known` };
  if (book.kind !== instrument.kind) return { affected: false, reason: `${change.rulebookId} is for a ${book.kind}` };
  const on = later(change.adoptOn, start.effectiveOn);
  const current = versionInUse(instrument.kind, instrument.facts, start.effectiveOn, instrument.pins, on);
  const now = findRulebook(current.id, current.version);
  if (current.version === book.version || (now && now.effectiveFrom >= book.effectiveFrom)) return { affected: false, reason: `it runs under ${current.id}@${current.version} already` };
  if (endedOn && endedOn <= on) return { affected: false, reason: `it ended on ${endedOn}` };
  return {
    affected: true,
    commands: [
      {
        type: 'rulebook.adopted',
        effectiveOn: on,
        payload: { rulebookId: book.id, version: book.version, reason: change.reason, source: change.source, ...(opts.rolloutId ? { rolloutId: opts.rolloutId } : {}) },
      },
    ],
  };
}

/** The draft's whole effect as facts, for a preview or projection: its start and, when drafted, its end. */
export function draftFacts(change: RuleChange, instrument: InstrumentFacts, actor: Actor = { id: 'draft', role: 'admin' }): Fact[] {
  const applied = changeCommands(change, instrument);
  if (!applied.affected) return [];
  const facts: Fact[] = applied.commands.map((c, i) => ({ ...c, id: `draft-${i}`, actor, recordedAt: '2000-01-01T00:00:00.000Z' }) as Fact);
  if (change.type === 'amendment' && change.window.endOn) {
    const ended = changeCommands(change, { ...instrument, facts: [...instrument.facts, ...facts] }, 'end');
    if (ended.affected) facts.push(...ended.commands.map((c, i) => ({ ...c, id: `draft-end-${i}`, actor, recordedAt: '2000-01-01T00:00:00.000Z' }) as Fact));
  }
  return facts;
}
