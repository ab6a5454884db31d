import type { Citation } from '@cs/domain/core';
import type { Parameter } from '../../model';
import { cite, COLLECTION, HEREFORDSHIRE_2022, LANCASHIRE_2016, NASH_2017, practice, SURREY_2009 } from '../../sources/documents';

/**
 * Notices before the 2019 template (DCSF from 2009, DfE from 2010): the same duties in fewer words.
 * Values from 2010-01-01, the earliest date the product holds; where a notice of the time states a
 * term it is cited (basis law), otherwise the default is the practice the record shows.
 */
const FROM = '2010-01-01';
const one = (description: string, unit: string | undefined, value: unknown, citation: Citation): Parameter => ({
  description,
  ...(unit ? { unit } : {}),
  values: [{ from: FROM, value, citation }],
});
const lancashire = (clause: string, text: string) => cite(LANCASHIRE_2016, clause, text);

export const parameters2010: Record<string, Parameter> = {
  'adviser.appointWithinDays': one('Days after the notice within which the adviser must be recorded', 'days', 14,
    practice(NASH_2017, 'answer', 'We deploy government improvement advisers who are appointed to support and challenge these authorities')),
  'adviser.reportIntervalMonths': one('Longest gap between two adviser reports ("regular reports")', 'months', 3,
    lancashire('adviser', 'the DfE receiving "regular" reports from its adviser')),
  'adviser.reportsCoverCovid': one('Adviser reports must also cover the Covid-19 response', undefined, false,
    lancashire('adviser', 'regular reports from its adviser')),
  'board.followAgreedTimetable': one('Boards follow the timetable agreed with the Department', undefined, true,
    cite(SURREY_2009, 'improvement board', 'Implementation will be overseen by an improvement board')),
  'board.maxIntervalDays': one('Longest gap between two board meetings, capping the agreed timetable', 'days', 42,
    practice(HEREFORDSHIRE_2022, 'minutes', 'Each month the Director would present an update to the Board')),
  'board.virtualAllowed': one('Board meetings may be held virtually', undefined, false,
    cite(SURREY_2009, 'improvement board', 'an improvement board chaired by the Improvement and Development Agency\u2019s executive director')),
  'review.maxIntervalMonths': one('Longest gap between two DfE reviews', 'months', 6,
    lancashire('reviews', 'Reviews of progress against the improvement plans will be made at least every six months')),
  'review.graceMonths': one('How much later than the original timeframe a review may be held', 'months', 0,
    lancashire('reviews', 'at least every six months')),
  'review.virtualAllowed': one('DfE reviews may be held virtually', undefined, false,
    lancashire('reviews', 'Reviews of progress against the improvement plans')),
  'review.topics': one('Topics a DfE review may cover', 'topic ids',
    ['culture', 'performance', 'leadership-management-governance', 'workforce-management-oversight', 'early-help', 'multi-agency-arrangements'],
    practice(COLLECTION, 'notices', 'notices list the areas the council must improve; reviews cover progress against them')),
  'selfAssessment.leadDays': one('Days before a review by which the self-assessment is due', 'days', 14,
    practice(COLLECTION, 'notices', 'progress is reviewed by the Department against the improvement plan')),
  'deadline.monthsFromInspection': one('Months from the inspection to the deadline for the plan\u2019s actions', 'months', 18,
    lancashire('deadline', 'the local authority will be given until May 2017 to implement its improvement plan (Ofsted report of 27 November 2015)')),
  'deadline.inspectionBeforePublicationMonths': one('Months between inspection fieldwork and publication of the report', 'months', 0,
    lancashire('deadline', 'until May 2017; the Ofsted report of 27 November 2015: 18 months from the report')),
  'objective.slowAfterAmberUpdates': one('Consecutive amber (or worse) delivery ratings that make an objective slow', 'updates', 2,
    practice(SURREY_2009, 'objectives', 'The notice ... lists 29 objectives')),
  'plan.covidRisksRequired': one('The plan must identify Covid-19 delivery risks', undefined, false,
    lancashire('plan', 'The council\u2019s improvement plan will deliver appropriate and sustainable improvement.')),
};
