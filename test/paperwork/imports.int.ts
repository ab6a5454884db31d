import ExcelJS from 'exceljs';
import { addDays } from '@cs/domain';
import { ApiHarness, eventually, startApi } from '../api/support/api-harness';
import { traffordThrough } from './support/notice';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A tracker workbook as a programme office would keep it (built here, not by the product). */
async function workbook(rows: Record<string, string>[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('My tracker');
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  sheet.addRow(columns);
  for (const r of rows) sheet.addRow(columns.map((c) => r[c] ?? ''));
  return Buffer.from(await book.xlsx.writeBuffer());
}

// The Trafford notice, registered up to its plan, then its tracker brought in over HTTP: the
// template downloaded, a dry run that records nothing, a commit as a job with progress, the same
// file committed again recording nothing twice, and a large CSV whose progress is seen moving.
describe('importing a tracker', () => {
  let api: ApiHarness;
  let path: string;
  let po: string;

  const tracker: Record<string, string>[] = [
    { record: 'progress', date: '12/08/2019', objective: 'obj-1', delivery: 'Amber', impact: 'red', note: 'Front door audit' },
    { record: 'progress', date: '2019-08-12', objective: 'obj-2', delivery: 'green' },
    { record: 'board', date: '2019-08-15', report: 'data;analysis;recommendations', voice: 'staff;children', slow: 'obj-1' },
    { record: 'progress', date: '2019-08-12', objective: 'obj-3', delivery: 'purple' },
    { record: 'review-outcome', date: '2019-08-20', review: 'review-1', outcome: 'sufficient-progress', summary: 'Progress sufficient' },
    { record: 'progress', date: '2099-01-01', objective: 'obj-1', delivery: 'red' },
  ];

  beforeAll(async () => {
    api = await startApi('imports');
    ({ path } = await traffordThrough(api, '2019-07-18'));
    po = await api.tokenFor('programme-office', path.split('/')[3]);
  });
  afterAll(() => api?.stop());

  const upload = (body: Buffer, mode: string, type = XLSX, token = po) =>
    fetch(`${api.base}${path}/imports?mode=${mode}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': type }, body }).then(async (r) => ({
      status: r.status,
      location: r.headers.get('location'),
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      body: (await r.json()) as any,
    }));
  const pastCount = async () => (await api.call('GET', `${path}/timeline`, { token: po })).body.past.length;
  const finished = (id: string) =>
    eventually(async () => {
      const job = (await api.call('GET', `/imports/${id}`, { token: po })).body;
      return job.status === 'running' ? undefined : job;
    }, 60_000);

  it('offers the template to download, as XLSX and CSV, that reads back as the tracker columns', async () => {
    const res = await fetch(`${api.base}/imports/template`, { headers: { authorization: `Bearer ${po}` } });
    expect([res.status, res.headers.get('content-type')]).toEqual([200, XLSX]);
    const book = await new ExcelJS.Workbook().xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect((book.worksheets[0].getRow(1).values as string[]).slice(1, 3)).toEqual(['record', 'date']);
    expect(book.worksheets.map((w) => w.name)).toEqual(['tracker', 'notes']);
    const csv = await fetch(`${api.base}/imports/template?format=csv`, { headers: { authorization: `Bearer ${po}` } });
    expect((await csv.text()).split('\n')[0]).toMatch(/^record,date,objective,/);
  });

  it('dry-runs: every row as its command or refused with why, the rules after, and nothing recorded', async () => {
    const before = await pastCount();
    const file = await workbook(tracker);
    const res = await upload(file, 'dry-run');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ file: { format: 'xlsx', rows: 6 }, accepted: 3, refused: 3 });
    const byRow = Object.fromEntries(res.body.rows.map((r: { row: number }) => [r.row, r]));
    // Row numbers as the spreadsheet shows them: the header is row 1.
    expect(byRow[2].command).toEqual({ type: 'objective.progress-recorded', effectiveOn: '2019-08-12', payload: { objectiveId: 'obj-1', delivery: 'amber', impact: 'red', note: 'Front door audit' } });
    expect(byRow[4].command).toEqual({
      type: 'board.met',
      effectiveOn: '2019-08-15',
      payload: { virtual: false, report: { data: true, analysis: true, recommendations: true, evidenceOfImpact: false }, voice: { frontlineStaff: true, childrenAndYoungPeople: true }, slowObjectivesHighlighted: ['obj-1'] },
    });
    expect(byRow[5].refused).toMatch(/^delivery: /);
    expect(byRow[6].refused).toMatch(/role programme-office may not record review.outcome-recorded/);
    expect(byRow[7].refused).toBe('date: 2099-01-01 is in the future');
    expect(byRow[2].key).toBe(`import-${res.body.file.sha256.slice(0, 16)}-row-2`);
    // The rules after: the board of 2019-08-15 met the second board obligation.
    const boards = res.body.after.obligations.filter((o: { kind: string }) => o.kind === 'board-meeting');
    expect(boards.find((o: { metOn?: string }) => o.metOn === '2019-08-15')).toBeDefined();
    expect(await pastCount()).toBe(before);
  });

  it('commits as a job, then again from the same file recording nothing twice', async () => {
    const before = await pastCount();
    const file = await workbook(tracker);
    const first = await upload(file, 'commit');
    expect([first.status, first.body.status, first.body.total]).toEqual([202, 'running', 6]);
    expect(first.location).toBe(`/imports/${first.body.id}`);
    const done = await finished(first.body.id);
    expect(done).toMatchObject({ status: 'done', total: 6, done: 6, recorded: 3, duplicates: 0, refused: 3, error: null });
    expect(await pastCount()).toBe(before + 3);
    const timeline = (await api.call('GET', `${path}/timeline`, { token: po })).body.past;
    const board = timeline.find((f: { type: string; effectiveOn: string }) => f.type === 'board.met' && f.effectiveOn === '2019-08-15');
    expect(board.id).toBe(done.outcomes.find((o: { row: number }) => o.row === 4).key);
    expect(board.actor.role).toBe('programme-office');

    const again = await upload(file, 'commit');
    const second = await finished(again.body.id);
    expect(second).toMatchObject({ status: 'done', recorded: 0, duplicates: 3, refused: 3 });
    expect(await pastCount()).toBe(before + 3);
    const audit = (await api.call('GET', `${path}/audit?pageSize=100&page=1`, { token: po })).body;
    const accepted = audit.items.filter((l: { outcome: string; idempotencyKey: string }) => l.outcome === 'accepted' && l.idempotencyKey.startsWith('import-'));
    expect(accepted).toHaveLength(3);
  });

  it('shows a large import’s progress moving, and refuses files it cannot take, clearly', async () => {
    const lines = ['record,date,objective,delivery'];
    for (let i = 0; i < 120; i++) lines.push(`progress,${addDays('2019-08-20', Math.floor(i / 8))},obj-${(i % 8) + 1},${['red', 'amber', 'green'][i % 3]}`);
    const started = await upload(Buffer.from(lines.join('\n')), 'commit', 'text/csv');
    expect([started.status, started.body.total]).toEqual([202, 120]);
    const seen = new Set<number>();
    const job = await eventually(async () => {
      const j = (await api.call('GET', `/imports/${started.body.id}`, { token: po })).body;
      seen.add(j.done);
      return j.status === 'running' ? undefined : j;
    }, 240_000);
    expect(job).toMatchObject({ status: 'done', done: 120, recorded: 120 });
    expect([...seen].filter((d) => d > 0 && d < 120).length).toBeGreaterThan(0);

    const json = await upload(Buffer.from('{"a":1}'), 'dry-run', 'application/json');
    expect([json.status, json.body.message]).toEqual([415, expect.stringContaining('text/csv')]);
    const garbage = await upload(Buffer.from('PK\u0003\u0004 not really a workbook'), 'dry-run');
    expect([garbage.status, garbage.body.issues[0].field]).toEqual([400, '(body)']);
    const misspelt = await upload(Buffer.from('recrd,date\nprogress,2019-08-01'), 'dry-run', 'text/csv');
    expect([misspelt.status, misspelt.body.issues[0].message]).toEqual([400, expect.stringContaining('unknown column recrd')]);
    const huge = await upload(Buffer.alloc(6 * 1024 * 1024, 'a'), 'dry-run', 'text/csv');
    expect(huge.status).toBe(413);
    const other = await upload(await workbook(tracker), 'dry-run', XLSX, await api.tokenFor('programme-office', 'salford'));
    expect(other.status).toBe(403);
  }, 300_000); // one Temporal update per row: minutes on a machine under load
});
