import { z } from 'zod/mini';
import { Id, Name, Text } from './text';

/** One parameter a drafted amendment changes while its window is open, with the clause saying so. */
export const AmendmentOverride = z.object({
  parameter: Id,
  value: z.union([z.number(), z.boolean(), z.string().check(z.trim(), z.minLength(1), z.maxLength(200))]),
  clause: Name,
  text: z.optional(Text),
});

/** The document that makes a change, e.g. a letter from the Department. */
export const SourceDocument = z.object({ document: Name, url: z.optional(z.url().check(z.maxLength(500))) });

/**
 * An amendment drafted as data and applied by a rollout (docs/rules.md, "Rule changes governed
 * like code"): the fact that opens its window carries it whole, so the instrument's own history
 * says what changed, in which version, on whose authority, without code the instrument may not have.
 */
export const AmendmentDefinition = z.object({
  version: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  title: Name,
  source: SourceDocument,
  overrides: z.array(AmendmentOverride).check(z.minLength(1), z.maxLength(40)),
  /** The rollout that recorded it, when one did. */
  rolloutId: z.optional(Id),
});

/** A caselead applies a dated amendment, e.g. the Covid-19 flexibilities letter of 2020-06-18. */
export const FlexibilityStarted = z.object({ amendmentId: Id, amendment: z.optional(AmendmentDefinition) });
/** "Return to business as usual": the amendment's window closes and cadences revert. */
export const FlexibilityEnded = z.object({ amendmentId: Id, rolloutId: z.optional(Id) });
