import { z } from 'zod';
import { Command } from '../commands';
import { EvaluationResult } from '../evaluation';

/**
 * A notice's tracker spreadsheet, one row per thing that happened. `record` says what the row is;
 * the other columns are that record's fields (the template explains each). Lists inside a cell are
 * separated by semicolons.
 */
export const TRACKER_COLUMNS = [
  'record', 'date', 'objective', 'title', 'delivery', 'impact', 'note', 'review', 'outcome', 'summary', 'kind', 'virtual', 'report', 'voice', 'slow', 'topics', 'covers',
] as const;
export type TrackerColumn = (typeof TRACKER_COLUMNS)[number];

/** The records a tracker row may hold, and the command each becomes. */
export const trackerRecords = {
  objective: 'objective.added',
  progress: 'objective.progress-recorded',
  board: 'board.met',
  'review-started': 'review.started',
  'self-assessment': 'self-assessment.submitted',
  'review-held': 'review.held',
  'review-outcome': 'review.outcome-recorded',
  'adviser-report': 'adviser.reported',
} as const;
export type TrackerRecord = keyof typeof trackerRecords;

/** The media types a tracker is uploaded as (the raw file is the request body). */
export const trackerMediaTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export const TrackerFormat = z.enum(['csv', 'xlsx']);
export type TrackerFormat = z.infer<typeof TrackerFormat>;

/** Largest tracker accepted (bytes); beyond it, 413. */
export const TRACKER_MAX_BYTES = 5 * 1024 * 1024;
/** Most rows one tracker may hold. */
export const TRACKER_MAX_ROWS = 20_000;

export const TemplateQuery = z.object({ format: TrackerFormat.default('xlsx') }).strict();
export type TemplateQuery = z.infer<typeof TemplateQuery>;

export const ImportQuery = z.object({ mode: z.enum(['dry-run', 'commit']).default('dry-run') }).strict();
export type ImportQuery = z.infer<typeof ImportQuery>;

/** One tracker row: the command it becomes (with its idempotency key), or why it is refused. */
export const ImportRow = z.object({
  row: z.number().int(),
  key: z.string(),
  command: z.optional(Command),
  refused: z.string().optional(),
});
export type ImportRow = z.infer<typeof ImportRow>;

/** A dry run: every row as the command it would become, those refused and why, and the rules after. */
export const ImportPreview = z.object({
  file: z.object({ sha256: z.string(), format: TrackerFormat, rows: z.number().int() }),
  rows: z.array(ImportRow),
  accepted: z.number().int(),
  refused: z.number().int(),
  /** What the rules would say today with the accepted rows recorded. */
  after: z.optional(EvaluationResult),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** What committing a row did: recorded, already recorded by an earlier import, or refused and why. */
export const ImportOutcome = z.object({ row: z.number().int(), key: z.string(), outcome: z.enum(['recorded', 'duplicate', 'refused']), reason: z.string().optional() });
export type ImportOutcome = z.infer<typeof ImportOutcome>;

/** A committing import, as its progress endpoint shows it. */
export const ImportJob = z.object({
  id: z.string(),
  workflowId: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  total: z.number().int(),
  done: z.number().int(),
  recorded: z.number().int(),
  duplicates: z.number().int(),
  refused: z.number().int(),
  error: z.string().nullable(),
  outcomes: z.array(ImportOutcome),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

export const ImportJobParams = z.object({ id: z.string().regex(/^import-[0-9a-f-]{36}$/, 'must be an import id such as import-<uuid>') }).strict();
