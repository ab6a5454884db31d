import { daysBetween, type IsoDate } from '@cs/domain';
import { longDate } from '../common/wording';

export interface TimelineMark {
  on: IsoDate;
  label: string;
}

export interface DueMark extends TimelineMark {
  status: 'due' | 'overdue' | 'met';
}

export interface TimelineDrawing {
  startedOn: IsoDate;
  asOf: IsoDate;
  past: TimelineMark[];
  due: DueMark[];
}

const WIDTH = 960;
const LEFT = 20;
const RIGHT = 20;
const AXIS_Y = 100;
const COLOURS = { fact: '#1d70b8', due: '#505a5f', overdue: '#d4351c', met: '#00703c', asOf: '#0b0c0c' };

/**
 * The instrument's life as an SVG the product draws itself: what happened (dots above the line),
 * what is coming up to the last due date (triangles below, red when overdue), year ticks and the
 * as-of line. Each mark has a <title>; the lists beside it carry the same facts as text.
 */
export function timelineSvg(d: TimelineDrawing): string {
  const last = [d.asOf, ...d.past.map((p) => p.on), ...d.due.map((o) => o.on)].reduce((a, b) => (a > b ? a : b));
  const span = Math.max(1, daysBetween(d.startedOn, last));
  const x = (on: IsoDate) => LEFT + (Math.max(0, daysBetween(d.startedOn, on)) / span) * (WIDTH - LEFT - RIGHT);
  const parts: string[] = [];
  parts.push(`<line x1="${LEFT}" y1="${AXIS_Y}" x2="${WIDTH - RIGHT}" y2="${AXIS_Y}" stroke="#0b0c0c" stroke-width="2"/>`);
  const firstYear = Number(d.startedOn.slice(0, 4)) + 1;
  for (let year = firstYear; `${year}-01-01` <= last; year++) {
    const at = x(`${year}-01-01`).toFixed(1);
    parts.push(`<line x1="${at}" y1="${AXIS_Y - 6}" x2="${at}" y2="${AXIS_Y + 6}" stroke="#0b0c0c"/>`);
    parts.push(`<text x="${at}" y="${AXIS_Y + 60}" font-size="14" text-anchor="middle" fill="#0b0c0c">${year}</text>`);
  }
  const asOf = x(d.asOf).toFixed(1);
  parts.push(`<line x1="${asOf}" y1="20" x2="${asOf}" y2="${AXIS_Y + 40}" stroke="${COLOURS.asOf}" stroke-dasharray="4 3"/>`);
  const anchor = x(d.asOf) > WIDTH - 120 ? 'end' : x(d.asOf) < 120 ? 'start' : 'middle'; // keep the label inside the picture
  parts.push(`<text x="${asOf}" y="14" font-size="14" text-anchor="${anchor}" fill="#0b0c0c">as of ${escapeXml(longDate(d.asOf))}</text>`);
  for (const p of d.past) {
    parts.push(
      `<circle cx="${x(p.on).toFixed(1)}" cy="${AXIS_Y - 18}" r="5" fill="${COLOURS.fact}"><title>${escapeXml(`${longDate(p.on)}: ${p.label}`)}</title></circle>`,
    );
  }
  for (const o of d.due) {
    const cx = x(o.on);
    const points = `${(cx - 6).toFixed(1)},${AXIS_Y + 30} ${(cx + 6).toFixed(1)},${AXIS_Y + 30} ${cx.toFixed(1)},${AXIS_Y + 18}`;
    parts.push(`<polygon points="${points}" fill="${COLOURS[o.status]}"><title>${escapeXml(`${o.status} ${longDate(o.on)}: ${o.label}`)}</title></polygon>`);
  }
  const summary = `Timeline from ${longDate(d.startedOn)} to ${longDate(last)}: ${d.past.length} recorded facts, ${d.due.length} obligations to come (${d.due.filter((o) => o.status === 'overdue').length} overdue).`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} 180" role="img" aria-labelledby="timeline-title" focusable="false">`,
    `<title id="timeline-title">${escapeXml(summary)}</title>`,
    ...parts,
    '</svg>',
  ].join('');
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
