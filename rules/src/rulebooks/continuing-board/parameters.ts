import type { Parameter } from '../../model';
import { COLLECTION, framework, practice, report2023 } from '../../sources/documents';

const FROM = '2023-02-01';

export const parameters: Record<string, Parameter> = {
  'support.lengthMonths': {
    description: 'Months of support and supervision after lifting, by the end of which the continuing board is in place',
    unit: 'months',
    values: [{ from: FROM, value: 12, citation: framework('transitions', 'followed by about 12 months of "support and supervision"') }],
  },
  'ambitionsBoard.maxIntervalDays': {
    description: 'Longest gap between two Ambitions Board meetings, capping the board\u2019s own timetable',
    unit: 'days',
    values: [{ from: FROM, value: 91, citation: report2023('section 3', 'continue an Improvement Board approach but to reconfigure as an Ambitions for Children Board') }],
  },
  'ambitions.reportWithinMonths': {
    description: 'Each ambition is reported to the board at least this often',
    unit: 'months',
    values: [{ from: FROM, value: 6, citation: report2023('section 4 (iii)', 'To Receive updates with regards to progress against all key areas of activity') }],
  },
};

/** Before the 2023 report: the practice the record shows, from 2010. */
const FROM_2010 = '2010-01-01';
const practiced = (text: string) => practice(COLLECTION, 'closed notices and directions', text);
export const parameters2010: Record<string, Parameter> = {
  'support.lengthMonths': {
    description: 'Months of support and supervision after lifting or revocation',
    unit: 'months',
    values: [{ from: FROM_2010, value: 12, citation: practiced('a notice lifted or a direction revoked is followed by about 12 months of support and supervision') }],
  },
  'ambitionsBoard.maxIntervalDays': {
    description: 'Longest gap between two meetings of the council\u2019s continuing board',
    unit: 'days',
    values: [{ from: FROM_2010, value: 91, citation: practiced('the council\u2019s board goes on meeting at least quarterly') }],
  },
  'ambitions.reportWithinMonths': {
    description: 'Each priority is reported to the board at least this often',
    unit: 'months',
    values: [{ from: FROM_2010, value: 6, citation: practiced('progress reported against each priority') }],
  },
};
