import { chronological, factsOfType, factsUpTo, type Fact, type PaperDocument, type PaperSection } from '@cs/domain';
import type { InstrumentView } from '@cs/contract';
import { dueBlocks, factCite, objectivesOf, progressOf, progressSentence, ruleCite, sentence, toWrite } from './record';

export interface SelfAssessmentInput {
  facts: readonly Fact[];
  /** The instrument's state as of the draft's date. */
  view: InstrumentView;
  asOf: string;
  /** The review it is for; default the latest started and not yet held. */
  reviewId?: string;
  generatedAt: string;
}

/**
 * The council's self-assessment draft before a DfE review (notice cl. 10: progress against the
 * objectives, staff surveys, supervision), pre-filled from the record: each objective's ratings,
 * the last review's outcome, boards and adviser's reports since, and what the rules flag now.
 * Staff surveys and supervision are the council's to write. Pure, like the board pack.
 */
export function selfAssessment({ facts: all, view, asOf, reviewId, generatedAt }: SelfAssessmentInput): PaperDocument {
  const facts = chronological(factsUpTo(all, asOf));
  const held = new Set(factsOfType(facts, 'review.held').map((r) => r.payload.reviewId));
  const started = factsOfType(facts, 'review.started');
  const review = reviewId ? started.find((r) => r.payload.reviewId === reviewId) : started.filter((r) => !held.has(r.payload.reviewId)).pop();
  const id = reviewId ?? review?.payload.reviewId;
  const outcomes = factsOfType(facts, 'review.outcome-recorded').filter((o) => o.payload.reviewId !== id);
  const lastOutcome = outcomes[outcomes.length - 1];
  const since = lastOutcome?.effectiveOn ?? view.startedOn;

  const about: PaperSection = { heading: 'This review', clause: 'cl. 6, cl. 10', blocks: [] };
  if (review) about.blocks.push(sentence(`The programme office started review ${review.payload.reviewId} on ${review.effectiveOn}.`, factCite(review)));
  else about.blocks.push(toWrite('No review cycle is recorded as started: name the review this self-assessment is for.'));
  about.blocks.push(...dueBlocks(view.obligations.filter((o) => o.kind === 'self-assessment' || o.kind === 'dfe-review'), asOf, '9999-12-31'));

  const progress: PaperSection = { heading: 'Progress against the objectives', clause: 'cl. 10', blocks: [] };
  for (const o of objectivesOf(facts)) {
    const updates = progressOf(facts, o.id).filter((p) => p.effectiveOn > since);
    const latest = progressOf(facts, o.id).pop();
    if (!updates.length && latest) progress.blocks.push(sentence(`${o.title}: no update since ${since}; the latest rating is delivery ${latest.payload.delivery} on ${latest.effectiveOn}.`, factCite(latest)));
    else if (!updates.length) progress.blocks.push(sentence(`${o.title}: no progress recorded since the plan was agreed on ${o.from.effectiveOn}.`, factCite(o.from)));
    for (const p of updates) progress.blocks.push(progressSentence(o.title, p));
  }
  progress.blocks.push(toWrite('The council\'s own assessment of progress against the objectives, and the evidence for it.'));

  const staff: PaperSection = { heading: 'Staff surveys', clause: 'cl. 10', blocks: [toWrite('The results of staff surveys since the last review, and what they show.')] };
  const supervision: PaperSection = { heading: 'Supervision', clause: 'cl. 10', blocks: [toWrite('The quality and frequency of supervision, with audit findings.')] };

  const record: PaperSection = { heading: lastOutcome ? `Since the last review (${lastOutcome.effectiveOn})` : 'Since the notice was issued', blocks: [] };
  if (lastOutcome) record.blocks.push(sentence(`Review ${lastOutcome.payload.reviewId} found ${lastOutcome.payload.outcome.replace(/-/g, ' ')}: ${lastOutcome.payload.summary}`, factCite(lastOutcome)));
  const boards = factsOfType(facts, 'board.met').filter((b) => b.effectiveOn > since);
  if (boards.length) record.blocks.push(sentence(`The improvement board met ${boards.length} time${boards.length > 1 ? 's' : ''}: ${boards.map((b) => b.effectiveOn).join(', ')}.`, ...boards.map(factCite)));
  for (const r of factsOfType(facts, 'adviser.reported').filter((f) => f.effectiveOn > since))
    record.blocks.push(sentence(`The adviser reported ${r.payload.kind === 'concern' ? 'a concern' : 'progress'} on ${r.effectiveOn}: ${r.payload.summary}`, factCite(r)));
  if (!record.blocks.length) record.blocks.push(toWrite('What has happened since the last review.'));

  const flags: PaperSection = {
    heading: 'What the rules flag now',
    blocks: view.flags.length ? view.flags.map((f) => sentence(f.explanation.text, ruleCite(f, asOf))) : [toWrite('The rules flag nothing as of this date: confirm.')],
  };

  return {
    kind: 'self-assessment',
    title: `Self-assessment draft${id ? ` for DfE review ${id}` : ''}: ${view.council.name}, as of ${asOf}`,
    instrumentId: view.workflowId,
    council: view.council,
    asOf,
    generatedAt,
    sections: [about, progress, staff, supervision, record, flags],
  };
}
