import type { Rulebook } from '../../model';
import { report2023 } from '../../sources/documents';
import { parameters } from './parameters';
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
  rules: [ambitionsBoardEstablished, leaderAsChair, ambitionsWithLeads, governanceStructure, ambitionsBoardCadence, closeOpen],
};
