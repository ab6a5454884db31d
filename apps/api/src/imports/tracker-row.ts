import { Command, trackerRecords, type TrackerColumn, type TrackerRecord } from '@cs/domain';
import { zodIssues } from '../common/error.filter';

export type TrackerCells = Partial<Record<TrackerColumn, string>>;

/** A row as a command, or why it cannot be one (naming the column). */
export type RowReading = { command: Command } | { refused: string };

const yes = (v?: string) => /^(y|yes|true|1)$/i.test((v ?? '').trim());
const list = (v?: string) =>
  (v ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
const given = (v?: string) => (v && v.trim() ? v.trim() : undefined);

/** Where each payload field comes from in the tracker, so a refusal names the column a person fills. */
const columnOf: Record<string, TrackerColumn> = {
  effectiveOn: 'date',
  id: 'objective',
  objectiveId: 'objective',
  title: 'title',
  delivery: 'delivery',
  impact: 'impact',
  note: 'note',
  reviewId: 'review',
  outcome: 'outcome',
  summary: 'summary',
  kind: 'kind',
  topics: 'topics',
  slowObjectivesHighlighted: 'slow',
};

function payloadOf(record: TrackerRecord, c: TrackerCells): unknown {
  const has = (column: TrackerColumn, word: string) => list(c[column]).map((w) => w.toLowerCase()).includes(word);
  switch (record) {
    case 'objective':
      return { id: given(c.objective), title: given(c.title) };
    case 'progress':
      return { objectiveId: given(c.objective), delivery: given(c.delivery)?.toLowerCase(), impact: given(c.impact)?.toLowerCase(), note: given(c.note) };
    case 'board':
      return {
        virtual: yes(c.virtual),
        report: { data: has('report', 'data'), analysis: has('report', 'analysis'), recommendations: has('report', 'recommendations'), evidenceOfImpact: has('report', 'impact') },
        voice: { frontlineStaff: has('voice', 'staff'), childrenAndYoungPeople: has('voice', 'children') },
        slowObjectivesHighlighted: list(c.slow),
      };
    case 'review-started':
      return { reviewId: given(c.review) };
    case 'self-assessment':
      return { reviewId: given(c.review), covers: { progressAgainstObjectives: has('covers', 'progress'), staffSurveys: has('covers', 'staff-surveys'), supervision: has('covers', 'supervision') } };
    case 'review-held':
      return { reviewId: given(c.review), virtual: yes(c.virtual), topics: list(c.topics) };
    case 'review-outcome':
      return { reviewId: given(c.review), outcome: given(c.outcome)?.toLowerCase(), summary: given(c.summary) };
    case 'adviser-report':
      return { kind: given(c.kind)?.toLowerCase() ?? 'progress', summary: given(c.summary) };
  }
}

/** A UK spreadsheet shows 23/05/2019; the API speaks 2019-05-23. */
export function trackerDate(v?: string): string | undefined {
  const s = given(v);
  const uk = s?.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  return uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : s;
}

/**
 * One tracker row as the command it becomes, checked by the same schema as a command sent to the
 * API; a row that does not parse is refused with the column and the reason.
 */
export function readRow(c: TrackerCells): RowReading {
  const record = given(c.record)?.toLowerCase();
  if (!record) return { refused: 'record: empty; say what the row is (see the template)' };
  if (!(record in trackerRecords)) return { refused: `record: "${record}" is not one of ${Object.keys(trackerRecords).join(', ')}` };
  const type = trackerRecords[record as TrackerRecord];
  const parsed = Command.safeParse({ type, effectiveOn: trackerDate(c.date), payload: payloadOf(record as TrackerRecord, c) });
  // As the command would arrive as JSON: an empty optional cell is no field, not a field set to undefined.
  if (parsed.success) return { command: JSON.parse(JSON.stringify(parsed.data)) as Command };
  const why = zodIssues(parsed.error).map((i) => {
    const parts = i.field.split('.');
    const column = parts.map((p) => columnOf[p]).filter(Boolean).pop() ?? (parts[0] === 'effectiveOn' ? 'date' : i.field);
    return `${column}: ${i.message}`;
  });
  return { refused: [...new Set(why)].join('; ') };
}
