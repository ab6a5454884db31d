// Every case in the corpus follows FORMAT.md: it parses against the schema, cites declared sources,
// keeps its events in date order and names only instruments it declares.
import { consistencyProblems, corpusCase, detailsOf, readCaseFiles, type CorpusCase } from './support/case-schema';

const files = readCaseFiles();

describe('the corpus of real cases', () => {
  // Issue #11 asks for at least 15 real interventions; the brief for this corpus, 18 councils.
  it('holds at least 18 councils', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
  });

  describe.each(files)('%s.yaml', (slug, raw) => {
    const parsed = corpusCase.safeParse(raw);

    it('follows the schema of FORMAT.md', () => {
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    });

    it('cites declared sources, keeps events in date order and names declared instruments', () => {
      expect(parsed.success).toBe(true);
      expect(consistencyProblems(parsed.data as CorpusCase, slug)).toEqual([]);
    });
  });
});

describe('the corpus checks catch a broken case', () => {
  const sound: CorpusCase = corpusCase.parse({
    council: { slug: 'example', name: 'Example Council' },
    summary: 'A notice issued and lifted.',
    sources: [{ id: 'dfe', title: 'Improvement notice', publisher: 'DfE', url: 'https://www.gov.uk/x', published: '2015-06' }],
    instruments: [{ label: 'notice-2015', kind: 'improvement-notice' }],
    events: [
      { on: '2015-06-01', event: 'notice-issued', instrument: 'notice-2015', details: { trigger: 'inspection-inadequate' }, source: 'dfe', says: 'issued' },
      { on: '2017-07', precision: 'month', event: 'lifted', instrument: 'notice-2015', source: 'dfe', says: 'lifted' },
    ],
    expect: [{ instrument: 'notice-2015', startedOn: '2015-06-01', endedAs: 'lifted' }],
  });

  it('passes a sound case', () => {
    expect(consistencyProblems(sound, 'example')).toEqual([]);
  });

  it('refuses an event whose details do not fit its kind', () => {
    const raw = structuredClone(sound) as unknown as { events: Array<{ details: unknown }> };
    raw.events[0].details = { trigger: 'a-bad-inspection' };
    expect(corpusCase.safeParse(raw).success).toBe(false);
  });

  it('refuses a day date marked with month precision', () => {
    const raw = structuredClone(sound) as unknown as { events: Array<{ precision: string }> };
    raw.events[0].precision = 'month';
    expect(corpusCase.safeParse(raw).success).toBe(false);
  });

  it('names an undeclared source, an undeclared instrument, events out of order and an unknown expect', () => {
    const broken = structuredClone(sound);
    broken.events[1] = { ...broken.events[1], on: '2014-01', source: 'nowhere', instrument: 'direction-2016' };
    broken.expect.push({ instrument: 'notice-2099' });
    const problems = consistencyProblems(broken, 'elsewhere');
    expect(problems).toEqual(
      expect.arrayContaining([
        'file is elsewhere.yaml but council.slug is example',
        'events[1] (2014-01 lifted) cites undeclared source nowhere',
        'events[1] (2014-01 lifted) names undeclared instrument direction-2016',
        'events[1] (2014-01 lifted) is before the event above it',
        'expect names undeclared instrument notice-2099',
      ]),
    );
  });

  it('gives an event its details typed by kind, and refuses the wrong kind', () => {
    expect(detailsOf(sound.events[0], 'notice-issued').trigger).toBe('inspection-inadequate');
    expect(() => detailsOf(sound.events[1], 'notice-issued')).toThrow('is lifted, not notice-issued');
  });

  it('names an instrument that nothing opens', () => {
    const unopened = structuredClone(sound);
    unopened.events.shift();
    expect(consistencyProblems(unopened, 'example')).toContain('instrument notice-2015 needs exactly one notice-issued event, has 0');
  });
});
