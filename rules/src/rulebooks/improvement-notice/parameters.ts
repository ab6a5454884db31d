import type { Parameter } from '../../model';
import { framework, notice } from '../../sources/documents';

/** Values take effect from the date of the notice the rulebook is written from (2019-05-23). */
const FROM = '2019-05-23';
const one = (description: string, unit: string | undefined, value: unknown, citation: ReturnType<typeof notice>): Parameter => ({
  description,
  ...(unit ? { unit } : {}),
  values: [{ from: FROM, value, citation }],
});

export const parameters: Record<string, Parameter> = {
  'adviser.appointWithinDays': one('Days after the notice within which the adviser must be recorded', 'days', 14,
    notice('cl. 3', 'The Secretary of State has chosen to appoint an adviser to provide advice to the Department and/or the council.')),
  'adviser.reportIntervalMonths': one('Longest gap between two adviser reports ("regular reports")', 'months', 3,
    notice('cl. 12', 'The adviser will provide to the Department regular reports of progress or concern.')),
  'adviser.reportsCoverCovid': one('Adviser reports must also cover the Covid-19 response', undefined, false,
    notice('cl. 12', 'regular reports of progress or concern against the areas set out in this notice')),
  'board.followAgreedTimetable': one('Boards follow the timetable agreed with the Department', undefined, true,
    notice('cl. 5b', 'report to the improvement board on progress ... to a timetable agreed with the Department')),
  'board.maxIntervalDays': one('Longest gap between two board meetings, capping the agreed timetable', 'days', 42,
    framework('boards', 'Boards meet every 4-6 weeks (monthly is common).')),
  'board.virtualAllowed': one('Board meetings may be held virtually', undefined, false,
    notice('cl. 5b', 'an improvement board with an independent chair in place to oversee implementation')),
  'review.maxIntervalMonths': one('Longest gap between two DfE reviews', 'months', 6,
    notice('cl. 6', 'reviews of progress against the improvement agenda at least every six months')),
  'review.graceMonths': one('How much later than the original timeframe a review may be held', 'months', 0,
    notice('cl. 6', 'at least every six months and more regularly where appropriate')),
  'review.virtualAllowed': one('DfE reviews may be held virtually', undefined, false,
    notice('cl. 9a', 'access to, and time with, staff and leadership')),
  'review.topics': one('Topics a DfE review may cover', 'topic ids',
    ['culture', 'performance', 'leadership-management-governance', 'workforce-management-oversight', 'early-help', 'multi-agency-arrangements'],
    notice('cl. 7', 'culture; performance; leadership, management and governance; workforce and management oversight; early help; and multi-agency arrangements')),
  'selfAssessment.leadDays': one('Days before a review by which the self-assessment is due', 'days', 14,
    notice('cl. 10', 'Prior to any reviews, the council should provide its own assessment of improvement.')),
  'deadline.monthsFromInspection': one('Months from the inspection to the deadline for the plan\u2019s actions', 'months', 18,
    notice('cl. 11', 'delivered by the end of August 2020 (within 18 months of the Ofsted inspection)')),
  'deadline.inspectionBeforePublicationMonths': one('Months between inspection fieldwork and publication of the report', 'months', 3,
    notice('cl. 11', 'end of August 2020 (within 18 months of the Ofsted inspection); report published 8 May 2019')),
  'objective.slowAfterAmberUpdates': one('Consecutive amber (or worse) delivery ratings that make an objective slow', 'updates', 2,
    notice('cl. 5d', 'the council should highlight those objectives which are slow to progress')),
  'plan.covidRisksRequired': one('The plan must identify Covid-19 delivery risks', undefined, false,
    notice('cl. 4', 'The council\u2019s improvement plan will deliver appropriate and sustainable improvement.')),
};
