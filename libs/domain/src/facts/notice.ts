import { z } from 'zod/mini';
import { IsoDate } from '../dates';
import { Council } from '../roles';
import { PrecedingInspection } from './inspection';
import { Arrangement, DecisionBasis, InstrumentId, InstrumentTerms, Override } from './terms';
import { SourceDocument } from './flexibility';
import { Id, Text } from './text';

/** An area for improvement named by Ofsted; the plan must cover each one (notice cl. 4). */
export const AreaForImprovement = z.object({ id: Id, text: Text });

/**
 * What led to an instrument. The public record shows full inspections judged inadequate (ILACS,
 * the single inspection of 2013-2017, the safeguarding and looked-after children inspections
 * before it), focused and monitoring visits with priority actions, joint targeted inspections,
 * a second inadequate judgement, a direction stepped down, and other reasons ministers gave.
 */
export const TriggerKind = z.enum([
  'ilacs-inadequate',
  'focused-visit-priority-actions',
  'monitoring-visit',
  'jtai',
  'second-inadequate',
  'slc-inadequate',
  'safeguarding-inadequate',
  'step-down',
  'other',
]);
export const Trigger = z.object({
  kind: TriggerKind,
  inspectionPublishedOn: IsoDate,
  /** The inspection itself, with its sub-judgements and priority actions, though it precedes the instrument. */
  inspection: z.optional(PrecedingInspection),
});

/** What a new notice states: its trigger, the areas, its deadline and its own terms. */
export const NoticeTerms = z.object({
  trigger: Trigger,
  areasForImprovement: z._default(z.array(AreaForImprovement).check(z.maxLength(100)), []),
  /** The date the plan's actions are due (cl. 11); the rules derive it when it is not given. */
  deadlineOn: z.optional(IsoDate),
  ...InstrumentTerms,
});

/** DfE issues an improvement notice (notice preamble): the fact that starts a notice's life. */
export const NoticeIssued = z.extend(NoticeTerms, {
  council: Council,
  /** The earlier instrument for this council this one follows (a second notice years later). */
  follows: z.optional(InstrumentId),
});

/** The caselead's decision at assessment (cl. 13, 2023 report); never taken by the product. */
export const AssessmentDecided = z.object({
  decision: z.enum(['lift', 'continue', 'extend', 'escalate']),
  /** For 'extend': the new deadline. */
  newDeadlineOn: z.optional(IsoDate),
  reason: Text,
  basis: z.optional(DecisionBasis),
  /** Recorded though the rules did not open it: the reason, audited and flagged. */
  override: z.optional(Override),
  /** For 'escalate': what the direction states (its arrangement, duties, report dates). */
  direction: z.optional(z.object({ arrangement: z.optional(Arrangement), trigger: z.optional(Trigger), ...InstrumentTerms })),
});

/** The notice is replaced by a new notice (a second inadequate judgement, a focused visit): it ends as replaced. */
export const NoticeReplaced = z.object({
  reason: Text,
  /** The new notice's own terms; it is issued on this fact's date. */
  by: NoticeTerms,
  override: z.optional(Override),
});

/** Ministers decide (e.g. that services move to a trust), apart from the revision that enacts it. */
export const MinisterialDecision = z.object({ decision: Text });

/** A later rulebook version adopted by a running instrument: explicit and audited. */
export const RulebookAdopted = z.object({
  rulebookId: Id,
  version: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  reason: Text,
  /** The document that made the change and the rollout that recorded it, when a rollout did. */
  source: z.optional(SourceDocument),
  rolloutId: z.optional(Id),
});
