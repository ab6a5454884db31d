// Rule changes governed like code (docs/rules.md): what a draft records, what it changes, what lies ahead.
export { changeCommands, draftFacts, type ChangeOnInstrument, type InstrumentFacts } from './change-commands';
export { diffEvaluations, changesAnything } from './impact';
export { previewInstrument, impactTotals, type InstrumentPreview } from './preview';
export { project } from './projection';
export { versionInUse } from './version-in-use';
export { kindsReached, refuseChange } from './check-change';
