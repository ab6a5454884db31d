import { z } from 'zod';
import { IsoDate } from '../dates';
import { AmendmentOverride, SourceDocument } from '../facts/flexibility';
import { Id, Name, Text } from '../facts/text';

/** The kinds of instrument that record an amendment's window today (only the notice records flexibility facts). */
export const AmendableKind = z.enum(['improvement-notice']);
export type AmendableKind = z.infer<typeof AmendableKind>;

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. winter-pressures-2025').max(80);

/** A national amendment: parameters changed for every open instrument of its kinds, for a window. */
export const AmendmentChange = z
  .object({
    type: z.literal('amendment'),
    amendmentId: Slug,
    version: z.string().trim().min(1).max(40),
    title: Name,
    appliesTo: z.array(AmendableKind).min(1).max(1).default(['improvement-notice']),
    /** From startOn (inclusive) to endOn (exclusive); open-ended until ended by a rollback. */
    window: z
      .object({ startOn: IsoDate, endOn: z.optional(IsoDate) })
      .strict()
      .refine((w) => !w.endOn || w.endOn > w.startOn, { message: 'endOn must be after startOn', path: ['endOn'] }),
    source: z.strictObject(SourceDocument.shape),
    overrides: z.array(z.strictObject(AmendmentOverride.shape)).min(1).max(40),
  })
  .strict();
export type AmendmentChange = z.infer<typeof AmendmentChange>;

/** A later version of a rulebook adopted by every open instrument that runs under an earlier one. */
export const RulebookVersionChange = z
  .object({
    type: z.literal('rulebook-version'),
    rulebookId: Slug,
    version: z.string().trim().min(1).max(40),
    /** The date each instrument adopts it from. */
    adoptOn: IsoDate,
    source: z.strictObject(SourceDocument.shape),
    reason: Text,
  })
  .strict();
export type RulebookVersionChange = z.infer<typeof RulebookVersionChange>;

/** What an admin or caselead drafts. It changes nothing until applied. */
export const RuleChange = z.discriminatedUnion('type', [AmendmentChange, RulebookVersionChange]);
export type RuleChange = z.infer<typeof RuleChange>;

/**
 * Where a draft stands: drafted; rolling out (a rollout workflow records it on every affected
 * instrument); applied; ending (a rollback records the window's end); ended.
 */
export const DraftStatus = z.enum(['drafted', 'rolling-out', 'applied', 'ending', 'ended']);
export type DraftStatus = z.infer<typeof DraftStatus>;

/** A draft as recorded: who drafted what, when, and where it stands. */
export const Draft = z.object({
  id: Id,
  change: RuleChange,
  status: DraftStatus,
  draftedBy: z.object({ id: z.string(), role: z.string() }),
  draftedAt: z.string(),
  /** The rollout that applied it and the one that ended it, once started. */
  rolloutId: z.string().nullable(),
  rollbackId: z.string().nullable(),
});
export type Draft = z.infer<typeof Draft>;
