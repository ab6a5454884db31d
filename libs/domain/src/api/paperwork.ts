import { z } from 'zod';
import { IsoDate } from '../dates';

/**
 * Where a sentence of a generated document comes from: a recorded fact (its type and effective
 * date) or a rule's result (rule, rulebook version, clause, due date). A reader can find it in the
 * timeline or the state and check it.
 */
export const PaperCite = z.object({
  /** What: a fact type (`board.met`) or a rule with its rulebook (`board-timetable, improvement-notice 2019.1, cl. 5b`). */
  what: z.string(),
  /** When: the fact's effective date, or the date the rule computed. */
  when: IsoDate,
  /** The fact's id, or the obligation or flag key. */
  ref: z.string(),
});
export type PaperCite = z.infer<typeof PaperCite>;

/** A sentence taken from the record (always with its sources), or a heading a person must write under. */
export const PaperBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sentence'), text: z.string(), cites: z.array(PaperCite).min(1) }),
  z.object({ kind: z.literal('to-write'), prompt: z.string() }),
]);
export type PaperBlock = z.infer<typeof PaperBlock>;

export const PaperSection = z.object({
  heading: z.string(),
  /** The clause of the notice the section answers, e.g. "cl. 5c". */
  clause: z.string().optional(),
  blocks: z.array(PaperBlock),
});
export type PaperSection = z.infer<typeof PaperSection>;

export const PaperKind = z.enum(['board-pack', 'self-assessment']);
export type PaperKind = z.infer<typeof PaperKind>;

/** A board pack or a self-assessment draft, before it is rendered as .docx, PDF or a web page. */
export const PaperDocument = z.object({
  kind: PaperKind,
  title: z.string(),
  instrumentId: z.string(),
  council: z.object({ slug: z.string(), name: z.string() }),
  /** The record as of this date (the board's date, or the draft's). */
  asOf: IsoDate,
  generatedAt: z.string(),
  sections: z.array(PaperSection),
});
export type PaperDocument = z.infer<typeof PaperDocument>;

export const PaperFormat = z.enum(['docx', 'pdf', 'json']);
export type PaperFormat = z.infer<typeof PaperFormat>;

/** GET …/board-pack: the board on `boardOn` (default today), as `format` (default docx). */
export const BoardPackQuery = z.strictObject({
  boardOn: z.optional(IsoDate),
  format: PaperFormat.default('docx'),
});
export type BoardPackQuery = z.infer<typeof BoardPackQuery>;

/** GET …/self-assessment: the draft before review `reviewId` (default: the next), as of `asOf` (default today). */
export const SelfAssessmentQuery = z.strictObject({
  asOf: z.optional(IsoDate),
  reviewId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'must be an id such as review-3').optional(),
  format: PaperFormat.default('docx'),
});
export type SelfAssessmentQuery = z.infer<typeof SelfAssessmentQuery>;

/** The media type each format is served as. */
export const paperMediaTypes: Record<PaperFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  json: 'application/json',
};
