import { timelineSvg } from './timeline-svg';

describe('the timeline drawing', () => {
  const drawing = timelineSvg({
    startedOn: '2019-05-23',
    asOf: '2020-01-31',
    past: [
      { on: '2019-05-23', label: 'Notice issued' },
      { on: '2019-07-18', label: 'Plan <agreed> & "signed"' },
    ],
    due: [
      { on: '2020-01-15', label: 'Board meeting', status: 'overdue' },
      { on: '2020-08-31', label: 'Deadline', status: 'due' },
    ],
  });

  it('draws one dot per past fact and one triangle per obligation, overdue in red', () => {
    expect(drawing.match(/<circle /g)).toHaveLength(2);
    expect(drawing.match(/<polygon /g)).toHaveLength(2);
    expect(drawing).toContain('fill="#d4351c"><title>overdue 15 January 2020: Board meeting</title>');
  });

  it('runs from the start to the last due date, with a tick for each new year between', () => {
    expect(drawing).toContain('Timeline from 23 May 2019 to 31 August 2020');
    expect(drawing).toContain('>2020</text>');
    expect(drawing).not.toContain('>2019</text>');
    expect(drawing).not.toContain('>2021</text>');
  });

  it('escapes the words it draws', () => {
    expect(drawing).toContain('Plan &lt;agreed&gt; &amp; &quot;signed&quot;');
    expect(drawing).not.toContain('<agreed>');
  });

  it('is an image with an accessible name', () => {
    expect(drawing).toMatch(/^<svg [^>]*role="img" aria-labelledby="timeline-title"/);
    expect(drawing).toContain('<title id="timeline-title">');
  });
});
