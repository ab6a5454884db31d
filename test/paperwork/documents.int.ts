import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Fact, PaperDocument } from '@cs/domain';
import { provision } from '../../tools/servers/processes';
import { ApiHarness, startApi } from '../api/support/api-harness';
import { traffordThrough } from './support/notice';

// The board pack and the self-assessment draft for the Trafford notice, recorded over HTTP through
// the real API, Temporal and PostgreSQL, then opened as a person would: the .docx unzipped and its
// text read, the PDF's text extracted with pdftotext and its first page rendered with pdftoppm.
// What they say is checked against the facts as recorded, and every sentence's source is a fact
// or a rule's result the instrument really holds.
describe('paperwork: board pack and self-assessment', () => {
  let api: ApiHarness;
  let path: string;
  let slug: string;
  let facts: Fact[];
  let poppler: string;
  let work: string;

  beforeAll(async () => {
    poppler = provision('poppler.sh');
    work = mkdtempSync(join(tmpdir(), 'paperwork-'));
    api = await startApi('paperwork');
    ({ path, slug, facts } = await traffordThrough(api, '2019-10-20'));
  });
  afterAll(async () => {
    await api?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const recorded = (type: string, on: string) => facts.find((f) => f.type === type && f.effectiveOn === on)!;
  const viewer = () => api.tokenFor('viewer');

  async function download(url: string): Promise<{ status: number; type: string | null; disposition: string | null; bytes: Buffer }> {
    const res = await fetch(api.base + url, { headers: { authorization: `Bearer ${await viewer()}` } });
    return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bytes: Buffer.from(await res.arrayBuffer()) };
  }

  async function docxText(bytes: Buffer): Promise<string[]> {
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    // One line per paragraph, its runs joined: what Word shows.
    return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1])).join(''));
  }

  function pdfText(bytes: Buffer, name: string): string {
    const file = join(work, `${name}.pdf`);
    writeFileSync(file, bytes);
    return execFileSync(join(poppler, 'pdftotext'), ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
  }

  function renderFirstPage(bytes: Buffer, name: string): Buffer {
    const file = join(work, `${name}.pdf`);
    writeFileSync(file, bytes);
    execFileSync(join(poppler, 'pdftoppm'), ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(work, name)]);
    return readFileSync(join(work, `${name}.png`));
  }

  /** Every source a document cites is a fact of the instrument or a result of its rules. */
  async function expectSourcesInRecord(paper: PaperDocument, asOf: string) {
    const timeline = (await api.call('GET', `${path}/timeline`, { token: await viewer() })).body;
    const state = (await api.call('GET', `${path}?asOf=${asOf}`, { token: await viewer() })).body;
    const known = new Map<string, string>();
    for (const f of timeline.past) known.set(f.id, `${f.type}@${f.effectiveOn}`);
    for (const r of [...state.obligations, ...state.flags]) known.set(r.key, r.ruleId);
    const sentences = paper.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'sentence');
    expect(sentences.length).toBeGreaterThan(5);
    for (const s of sentences) {
      expect([s.text, s.cites.length > 0]).toEqual([s.text, true]);
      for (const c of s.cites) {
        const held = known.get(c.ref);
        expect([s.text, c.ref, held !== undefined]).toEqual([s.text, c.ref, true]);
        if (held!.includes('@')) expect([c.ref, held]).toEqual([c.ref, `${c.what}@${c.when}`]);
        else expect(c.what.startsWith(held!)).toBe(true);
      }
    }
  }

  describe('the board pack for the board of 2019-08-15', () => {
    const boardOn = '2019-08-15';
    // What the record holds for that board: the last board before it, the adviser's report since.
    const lastBoard = () => recorded('board.met', '2019-07-18');
    const report = () => recorded('adviser.reported', '2019-08-15');
    const progress = () => facts.filter((f) => f.type === 'objective.progress-recorded' && f.effectiveOn === '2019-08-12');

    it('is a Word document whose text is the record, each sentence with its source', async () => {
      const res = await download(`${path}/board-pack?boardOn=${boardOn}&format=docx`);
      expect([res.status, res.type]).toEqual([200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
      expect(res.disposition).toBe(`attachment; filename="board-pack-${slug}-${boardOn}.docx"`);
      const lines = await docxText(res.bytes);
      expect(lines[0]).toBe(`Improvement board pack: Trafford Council, board of ${boardOn}`);
      expect(lines).toEqual(expect.arrayContaining(['Progress by objective (cl. 5a)', 'Board report (cl. 5c)', 'The voice of staff and of children and young people (cl. 5e)']));

      // Each objective's rating of 2019-08-12, as recorded, with its source.
      expect(progress()).toHaveLength(8);
      for (const p of progress()) {
        const payload = p.payload as { objectiveId: string; delivery: string };
        const n = Number(payload.objectiveId.replace('obj-', ''));
        const title = ((facts.find((f) => f.type === 'plan.agreed')!.payload as { objectives: { id: string; title: string }[] }).objectives)[n - 1].title;
        expect(lines).toContain(`${title}: delivery ${payload.delivery}, impact not rated on 2019-08-12. [source: objective.progress-recorded, 2019-08-12]`);
      }
      const voice = (lastBoard().payload as { voice: { frontlineStaff: boolean; childrenAndYoungPeople: boolean } }).voice;
      expect([voice.frontlineStaff, voice.childrenAndYoungPeople]).toEqual([true, false]);
      expect(lines).toContain(
        'At the last board on 2019-07-18, the views of frontline staff were heard and those of children and young people were not heard. [source: board.met, 2019-07-18]',
      );
      expect(lines).toContain(`The adviser reported progress on 2019-08-15: ${(report().payload as { summary: string }).summary} [source: adviser.reported, 2019-08-15]`);
      // The board report's sections are a person's to write, and marked so.
      for (const name of ['Data', 'Analysis', 'Recommendations', 'Evidence of impact']) expect(lines.some((l) => l.startsWith(`[To be written] ${name}:`))).toBe(true);
      expect(lines.filter((l) => l.startsWith('[To be written]')).length).toBeGreaterThanOrEqual(6);
    });

    it('is a PDF with the same content, whose first page renders', async () => {
      const res = await download(`${path}/board-pack?boardOn=${boardOn}&format=pdf`);
      expect([res.status, res.type]).toEqual([200, 'application/pdf']);
      expect(res.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(res.bytes, 'board-pack');
      expect(text).toContain(`Improvement board pack: Trafford Council, board of ${boardOn}`);
      expect(text).toContain('the views of frontline staff were heard and those of children and young people were not heard.');
      expect(text).toContain('[source: board.met, 2019-07-18]');
      expect(text).toContain(`The adviser reported progress on 2019-08-15: ${(report().payload as { summary: string }).summary}`);
      expect(text).toContain('[To be written] Evidence of impact:');
      const png = renderFirstPage(res.bytes, 'board-pack');
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      // A4 (595 x 842 pt) at 60 dpi, as pdftoppm rounds it: 497 x 702; a page with text on it compresses far worse than a blank one (2 kB).
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([497, 702]);
      expect(png.length).toBeGreaterThan(8_000);
    });

    it('cites in JSON only facts and rule results the instrument holds', async () => {
      const res = await api.call('GET', `${path}/board-pack?boardOn=${boardOn}&format=json`, { token: await viewer() });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ kind: 'board-pack', instrumentId: `notice/${slug}/2019-05-23`, asOf: boardOn });
      await expectSourcesInRecord(res.body, boardOn);
      // What falls due before the next board comes from the rules, citing rule and clause.
      const due = res.body.sections.find((s: { heading: string }) => s.heading.startsWith('What falls due'));
      expect(due.heading).toBe('What falls due before the next board (by 2019-09-12)');
      expect(JSON.stringify(due.blocks)).toContain('board-timetable, improvement-notice');
    });
  });

  describe('the self-assessment draft before review-1', () => {
    it('covers what cl. 10 asks, pre-filled from the record, as .docx and PDF', async () => {
      const docx = await download(`${path}/self-assessment?asOf=2019-10-20&format=docx`);
      expect(docx.status).toBe(200);
      const lines = await docxText(docx.bytes);
      expect(lines[0]).toBe('Self-assessment draft for DfE review review-1: Trafford Council, as of 2019-10-20');
      expect(lines).toContain(`The programme office started review review-1 on 2019-10-17. [source: review.started, 2019-10-17]`);
      const boards = facts.filter((f) => f.type === 'board.met').map((f) => f.effectiveOn);
      expect(boards).toEqual(['2019-07-18', '2019-08-15', '2019-09-12', '2019-10-10']);
      expect(lines.some((l) => l.startsWith(`The improvement board met 4 times: ${boards.join(', ')}. [source: board.met, 2019-07-18; board.met, 2019-08-15;`))).toBe(true);
      for (const heading of ['Progress against the objectives (cl. 10)', 'Staff surveys (cl. 10)', 'Supervision (cl. 10)']) expect(lines).toContain(heading);
      expect(lines).toContain('[To be written] The results of staff surveys since the last review, and what they show.');
      const latest = facts.filter((f) => f.type === 'objective.progress-recorded' && (f.payload as { objectiveId: string }).objectiveId === 'obj-3').pop()!;
      expect(lines).toContain(`Improve neglect response: delivery ${(latest.payload as { delivery: string }).delivery}, impact not rated on ${latest.effectiveOn}. [source: objective.progress-recorded, ${latest.effectiveOn}]`);

      const pdf = await download(`${path}/self-assessment?asOf=2019-10-20&reviewId=review-1&format=pdf`);
      expect([pdf.status, pdf.type]).toEqual([200, 'application/pdf']);
      const text = pdfText(pdf.bytes, 'self-assessment');
      expect(text).toContain('Self-assessment draft for DfE review review-1');
      expect(text).toContain('[To be written] The quality and frequency of supervision');
      expect(text).toContain('The programme office started review review-1 on 2019-10-17.');
      expect(renderFirstPage(pdf.bytes, 'self-assessment').length).toBeGreaterThan(8_000);

      const json = await api.call('GET', `${path}/self-assessment?asOf=2019-10-20&format=json`, { token: await viewer() });
      await expectSourcesInRecord(json.body, '2019-10-20');
    });
  });

  it('refuses bad input clearly: a date before the notice, an unknown format, another council', async () => {
    const early = await api.call('GET', `${path}/board-pack?boardOn=2019-01-01`, { token: await viewer() });
    expect([early.status, early.body.issues?.[0]?.field]).toEqual([400, 'boardOn']);
    const format = await api.call('GET', `${path}/self-assessment?format=odt`, { token: await viewer() });
    expect([format.status, format.body.issues?.[0]?.field]).toEqual([400, 'format']);
    const other = await api.call('GET', `${path}/board-pack`, { token: await api.tokenFor('programme-office', 'salford') });
    expect(other.status).toBe(403);
    const missing = await api.call('GET', `/instruments/notice/${slug}/2019-05-24/board-pack`, { token: await viewer() });
    expect(missing.status).toBe(404);
  });
});

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
