import type { Amendment } from '../../model';
import { letter } from '../../sources/documents';
import { overrides } from './parameters';
import { planCovidRisks } from './rules/plan-covid-risks';

/**
 * The Covid-19 flexibilities letter of 2020-06-18, letters (a)-(e), as a temporary amendment to the
 * notice: in force from a `flexibility.started` fact naming it until the matching
 * `flexibility.ended` ("once you have returned to business as usual"), then the notice applies again.
 * Letter (b) (boards re-focussed on Covid-19) decides nothing the rules can check.
 */
export const covid19Flexibilities: Amendment = {
  id: 'covid-19-flexibilities',
  version: '2020.1',
  title: 'Covid-19 flexibilities for improvement notices (DfE letter, 2020-06-18)',
  citeAs: 'the Covid letter',
  appliesTo: ['improvement-notice'],
  sources: [letter('whole', 'temporary measures for the duration of the Covid-19 crisis ... once you have returned to business as usual, you will return to the priorities and timeframes specified in your Improvement Notice')],
  window: { startFact: 'flexibility.started', endFact: 'flexibility.ended' },
  overrides,
  rules: [planCovidRisks],
};
