import { z } from 'zod/mini';

/** The three kinds of intervention record the product keeps, each its own workflow. */
export const InstrumentKind = z.enum(['improvement-notice', 'statutory-direction', 'continuing-board']);
export type InstrumentKind = z.infer<typeof InstrumentKind>;

/** Where an instrument stands in its lifecycle (DOMAIN.md, "Lifecycle"). */
export const Phase = z.enum([
  'issued',
  'adviser-appointed',
  'under-improvement',
  'assessment',
  'lifted',
  'escalated',
  'replaced',
  'commissioner-appointed',
  'stepped-down',
  'revoked',
  'support-and-supervision',
  'ambitions-board',
  'closed',
]);
export type Phase = z.infer<typeof Phase>;

/** The phases an instrument ends in: it records nothing more (open instruments are all the others). */
export const endedPhases: readonly Phase[] = ['lifted', 'escalated', 'replaced', 'stepped-down', 'revoked', 'closed'];

/**
 * Ofsted's grades: the four of today, and "adequate", which the frameworks before November 2013
 * used where "requires improvement" stands now (Ofsted press release, 2013-11-07).
 */
export const Judgement = z.enum(['outstanding', 'good', 'requires-improvement', 'adequate', 'inadequate']);
export type Judgement = z.infer<typeof Judgement>;

/** Delivery / impact status as boards rate it: BRAG, blue meaning complete. */
export const Rag = z.enum(['blue', 'green', 'amber', 'red']);
export type Rag = z.infer<typeof Rag>;
