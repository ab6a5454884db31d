import { BadRequestException } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { Readable } from 'stream';
import { TRACKER_COLUMNS, TRACKER_MAX_ROWS, type TrackerColumn, type TrackerFormat } from '@cs/domain';
import type { TrackerCells } from './tracker-row';

export interface TrackerLine {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  row: number;
  cells: TrackerCells;
}

/** The file is the body: a 400 names it and says what is wrong, as any other body field would. */
function unreadable(message: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'the tracker cannot be read', issues: [{ field: '(body)', message }] });
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return text(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/**
 * The rows of a tracker (CSV, or the first sheet of an XLSX workbook) under the template's header
 * row. Columns the template does not have are refused by name, so a misspelt one is not lost.
 */
export async function readTracker(bytes: Buffer, format: TrackerFormat): Promise<TrackerLine[]> {
  const book = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (format === 'csv') sheet = await book.csv.read(Readable.from(bytes.toString('utf8').replace(/^\uFEFF/, '')), { map: (v: unknown) => v, parserOptions: { trim: true } });
    else sheet = (await book.xlsx.load(bytes as unknown as ExcelJS.Buffer)).worksheets[0];
  } catch (err) {
    throw unreadable(`not a ${format.toUpperCase()} file this service can read: ${String((err as Error)?.message ?? err).slice(0, 200)}`);
  }
  if (!sheet || sheet.rowCount < 1) throw unreadable('the tracker is empty: start from the template (GET /imports/template)');
  if (sheet.rowCount > TRACKER_MAX_ROWS + 1) throw unreadable(`the tracker has ${sheet.rowCount - 1} rows; at most ${TRACKER_MAX_ROWS} at a time`);
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => text(v).trim().toLowerCase());
  const unknown = header.filter((h, i) => i > 0 && h && !(TRACKER_COLUMNS as readonly string[]).includes(h));
  if (unknown.length) throw unreadable(`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: the template's are ${TRACKER_COLUMNS.join(', ')}`);
  if (!header.includes('record') || !header.includes('date')) throw unreadable('the first row must be the header, with at least the columns record and date (see the template)');

  const lines: TrackerLine[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as ExcelJS.CellValue[];
    const cells: TrackerCells = {};
    header.forEach((column, i) => {
      const v = text(values[i]).trim();
      if (column && v) cells[column as TrackerColumn] = v;
    });
    if (Object.keys(cells).length) lines.push({ row: r, cells });
  }
  return lines;
}

/** The example rows of the template: the Trafford notice's first months. */
const EXAMPLES: TrackerCells[] = [
  { record: 'objective', date: '2019-08-01', objective: 'obj-9', title: 'Improve the quality of supervision' },
  { record: 'progress', date: '2019-08-12', objective: 'obj-9', delivery: 'amber', impact: 'red', note: 'Supervision audit under way' },
  { record: 'board', date: '2019-08-15', report: 'data;analysis;recommendations', voice: 'staff', slow: 'obj-9', virtual: 'no' },
  { record: 'adviser-report', date: '2019-08-20', kind: 'progress', summary: 'Progress against the plan reported to DfE' },
  { record: 'review-started', date: '2019-10-17', review: 'review-1' },
  { record: 'self-assessment', date: '2019-10-31', review: 'review-1', covers: 'progress;staff-surveys;supervision' },
  { record: 'review-held', date: '2019-11-14', review: 'review-1', topics: 'culture;performance', virtual: 'no' },
  { record: 'review-outcome', date: '2019-11-14', review: 'review-1', outcome: 'sufficient-progress', summary: 'Progress sufficient' },
];

/** What each column holds, for the template's notes. */
const HELP: Record<TrackerColumn, string> = {
  record: 'what the row is: objective, progress, board, review-started, self-assessment, review-held, review-outcome, adviser-report',
  date: 'when it happened: YYYY-MM-DD or DD/MM/YYYY',
  objective: 'the objective id (objective, progress)',
  title: "the objective's title (objective)",
  delivery: 'delivery rating: blue, green, amber or red (progress)',
  impact: 'impact rating, optional: blue, green, amber or red (progress)',
  note: 'a note, optional (progress)',
  review: 'the review id, e.g. review-1 (review-started, self-assessment, review-held, review-outcome)',
  outcome: 'sufficient-progress or insufficient-progress (review-outcome)',
  summary: 'what was found or reported (review-outcome, adviser-report)',
  kind: 'progress or concern (adviser-report)',
  virtual: 'yes if held virtually (board, review-held)',
  report: 'what the board report had, separated by ;: data, analysis, recommendations, impact (board)',
  voice: 'whose views the board heard, separated by ;: staff, children (board)',
  slow: 'objective ids the report highlighted as slow, separated by ; (board)',
  topics: 'the topics the review covered, separated by ; (review-held)',
  covers: 'what the self-assessment covered, separated by ;: progress, staff-surveys, supervision (self-assessment)',
};

/** The template a tracker is filled in on: the header, example rows, and (XLSX) a sheet of notes. */
export async function trackerTemplate(format: TrackerFormat): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('tracker');
  sheet.addRow([...TRACKER_COLUMNS]);
  for (const e of EXAMPLES) sheet.addRow(TRACKER_COLUMNS.map((c) => e[c] ?? ''));
  if (format === 'csv') return Buffer.from(await book.csv.writeBuffer());
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 18));
  const notes = book.addWorksheet('notes');
  notes.addRow(['column', 'what it holds']).font = { bold: true };
  for (const c of TRACKER_COLUMNS) notes.addRow([c, HELP[c]]);
  notes.getColumn(2).width = 100;
  return Buffer.from(await book.xlsx.writeBuffer());
}
