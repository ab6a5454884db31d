import { letter } from '../../sources/documents';

/** What the letter overrides while its window is open; everything else stays as in the notice. */
export const overrides = {
  'board.followAgreedTimetable': { value: false, citation: letter('(a)', 'Improvement boards to be held virtually ... occurring every 6 weeks at the very least.') },
  'board.maxIntervalDays': { value: 42, citation: letter('(a)', 'occurring every 6 weeks at the very least') },
  'board.virtualAllowed': { value: true, citation: letter('(a)', 'Improvement boards to be held virtually') },
  'review.graceMonths': { value: 3, citation: letter('(e)', 'DfE review meetings to be scheduled ... within 3 months of the original timeframe') },
  'review.virtualAllowed': { value: true, citation: letter('(e)', 'DfE review meetings to be scheduled virtually when necessary') },
  'adviser.reportsCoverCovid': { value: true, citation: letter('(d)', 'reporting to update on progress of both improvement work and Covid-19 response') },
  'plan.covidRisksRequired': { value: true, citation: letter('(c)', 'Improvement plans to be monitored and updated with delivery risks due to Covid-19 clearly identified') },
};
