import type { Rulebook } from '../../model';
import { NASH_2017, practice, report2023 } from '../../sources/documents';
import { overriddenDecisions } from '../overrides/overridden-decisions';
import { parameters, parameters2010 } from './parameters';
import { ambitionsBoardCadence } from './rules/ambitions-board-cadence';
import { ambitionsBoardEstablished } from './rules/ambitions-board-established';
import { ambitionsWithLeads } from './rules/ambitions-with-leads';
import { closeOpen } from './rules/close-open';
import { governanceStructure } from './rules/governance-structure';
import { leaderAsChair } from './rules/leader-as-chair';

/** After lifting: support and supervision, then the Ambitions for Children Board (2023 report). */
export const continuingBoard: Rulebook = {
  id: 'continuing-board',
  version: '2023.1',
  title: 'Continuing board after lifting: support and supervision, then the Ambitions for Children Board',
  kind: 'continuing-board',
  effectiveFrom: '2023-02-01',
  sources: [report2023('whole', 'Continuous Improvement \u2013 Trafford \u2018Ambitions for Children Board\u2019, 25 July 2023')],
  parameters,
  rules: [ambitionsBoardEstablished, leaderAsChair, ambitionsWithLeads, governanceStructure, ambitionsBoardCadence, closeOpen, overriddenDecisions],
};

/**
 * Support and supervision before the 2023 report (2010-01-01 to 2023-01-31): about a year of
 * support after lifting or revocation, then the council's own board. The record shows the period
 * but not a board's form, so this version checks the period, the board's cadence and closing only.
 */
export const continuingBoard2010: Rulebook = {
  id: 'continuing-board',
  version: '2010.1',
  title: 'Support and supervision after lifting or revocation (practice before the 2023 report)',
  kind: 'continuing-board',
  effectiveFrom: '2010-01-01',
  sources: [practice(NASH_2017, 'answer', 'closely monitoring progress')],
  parameters: parameters2010,
  rules: [ambitionsBoardEstablished, ambitionsWithLeads, ambitionsBoardCadence, closeOpen, overriddenDecisions],
};
