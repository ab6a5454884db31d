import { addDays, chronological, factsOfType, factsUpTo, type Fact, type PaperDocument, type PaperSection } from '@cs/domain';
import type { InstrumentView } from '@cs/contract';
import { dueBlocks, factCite, objectivesOf, progressOf, progressSentence, sentence, slowObjectiveBlocks, toWrite } from './record';

export interface BoardPackInput {
  /** Every fact of the instrument; only those up to the board's date are read. */
  facts: readonly Fact[];
  /** The instrument's state as of the board's date. */
  view: InstrumentView;
  boardOn: string;
  generatedAt: string;
}

/** The report sections cl. 5c asks for: a person writes them; the pack says what each holds. */
const REPORT_SECTIONS = [
  ['Data', 'the performance data for the period, against statistical neighbours'],
  ['Analysis', 'what the data shows and why'],
  ['Recommendations', 'what the board is asked to decide or note'],
  ['Evidence of impact', 'what has changed for children and families, and how it is known'],
] as const;

/**
 * The pack for an improvement board meeting (notice cl. 5): progress by objective with its
 * ratings over time, slow objectives and why (cl. 5d), the report sections of cl. 5c, the voice of
 * staff and of children and young people (cl. 5e), the adviser's reports since the last board
 * (cl. 12) and what falls due before the next board. Every sentence from the record cites its fact
 * or rule; the rest are headings a person writes under. Pure: the same record gives the same pack.
 */
export function boardPack({ facts: all, view, boardOn, generatedAt }: BoardPackInput): PaperDocument {
  const facts = chronological(factsUpTo(all, boardOn));
  const boards = factsOfType(facts, 'board.met').filter((b) => b.effectiveOn < boardOn);
  const lastBoard = boards[boards.length - 1];
  const since = lastBoard?.effectiveOn ?? view.startedOn;
  const established = factsOfType(facts, 'board.established').pop();

  const progress: PaperSection = { heading: 'Progress by objective', clause: 'cl. 5a', blocks: [] };
  for (const o of objectivesOf(facts)) {
    const updates = progressOf(facts, o.id);
    if (!updates.length) progress.blocks.push(sentence(`${o.title}: no progress recorded since the plan was agreed on ${o.from.effectiveOn}.`, factCite(o.from)));
    for (const p of updates) progress.blocks.push(progressSentence(o.title, p));
  }
  if (!progress.blocks.length) progress.blocks.push(toWrite('No plan is recorded yet: describe the objectives and their progress.'));

  const slow = slowObjectiveBlocks(view.flags, boardOn);
  const slowSection: PaperSection = {
    heading: 'Objectives slow to progress, and why',
    clause: 'cl. 5d',
    blocks: slow.length ? [...slow, toWrite('For each slow objective: what is being done, by whom, by when.')] : [toWrite('The rules flag no objective as slow: confirm, or name any the board should watch.')],
  };

  const report: PaperSection = {
    heading: 'Board report',
    clause: 'cl. 5c',
    blocks: REPORT_SECTIONS.map(([name, what]) => toWrite(`${name}: ${what}.`)),
  };
  // An older meeting's record may give only its date: then the report's contents are not stated.
  const r = lastBoard?.payload.report;
  if (lastBoard && r) {
    const had = (Object.keys(r) as (keyof typeof r)[]).filter((k) => r[k]).map(words);
    const lacked = (Object.keys(r) as (keyof typeof r)[]).filter((k) => !r[k]).map(words);
    report.blocks.unshift(
      sentence(
        `The report to the last board on ${lastBoard.effectiveOn} had ${list(had) || 'none of the sections cl. 5c asks for'}${lacked.length ? `; it lacked ${list(lacked)}` : ''}.`,
        factCite(lastBoard),
      ),
    );
  }

  const voice: PaperSection = { heading: 'The voice of staff and of children and young people', clause: 'cl. 5e', blocks: [] };
  const v = lastBoard?.payload.voice;
  if (lastBoard && v) {
    voice.blocks.push(
      sentence(
        `At the last board on ${lastBoard.effectiveOn}, the views of frontline staff were ${v.frontlineStaff ? '' : 'not '}heard and those of children and young people were ${v.childrenAndYoungPeople ? '' : 'not '}heard.`,
        factCite(lastBoard),
      ),
    );
  }
  voice.blocks.push(toWrite('What frontline staff say this period.'), toWrite('What children and young people say this period.'));

  const reports = factsOfType(facts, 'adviser.reported').filter((r) => r.effectiveOn > since);
  const period = lastBoard ?? established;
  const adviser: PaperSection = {
    heading: lastBoard ? `The adviser's reports since the last board (${lastBoard.effectiveOn})` : "The adviser's reports",
    clause: 'cl. 12',
    blocks: reports.length
      ? reports.map((r) => sentence(`The adviser reported ${r.payload.kind === 'concern' ? 'a concern' : 'progress'} on ${r.effectiveOn}: ${r.payload.summary}`, factCite(r)))
      : period
        ? [sentence(`No adviser's report is recorded between ${since} and ${boardOn}.`, factCite(period))]
        : [toWrite("The adviser's reports.")],
  };

  const interval = established?.payload.meetingIntervalDays ?? 42;
  const nextBoardOn = addDays(boardOn, interval);
  const due: PaperSection = { heading: `What falls due before the next board (by ${nextBoardOn})`, blocks: dueBlocks(view.obligations, boardOn, nextBoardOn) };
  if (established) due.blocks.unshift(sentence(`The board meets every ${interval} days as agreed when it was established on ${established.effectiveOn}, so the next board is expected by ${nextBoardOn}.`, factCite(established)));
  if (!due.blocks.length) due.blocks.push(toWrite('Nothing is recorded as due: list what the board expects before it next meets.'));

  return {
    kind: 'board-pack',
    title: `Improvement board pack: ${view.council.name}, board of ${boardOn}`,
    instrumentId: view.workflowId,
    council: view.council,
    asOf: boardOn,
    generatedAt,
    sections: [progress, slowSection, report, voice, adviser, due],
  };
}

function words(key: string): string {
  return key.replace(/([A-Z])/g, ' $1').toLowerCase();
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
