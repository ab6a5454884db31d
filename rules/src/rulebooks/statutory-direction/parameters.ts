import type { Parameter } from '../../model';
import { COLLECTION, CROYDON_2017, NASH_2017, practice } from '../../sources/documents';

/** Values from the public record of directions; dated from the earliest direction we model. */
const FROM = '2010-01-01';

export const parameters: Record<string, Parameter> = {
  'commissioner.appointWithinDays': {
    description: 'Days after the direction within which a commissioner is expected to be appointed',
    unit: 'days',
    values: [{ from: FROM, value: 0, citation: practice(NASH_2017, 'answer', 'Ministers have directed the setting up of new governance structures ... whereby ... the Secretary of State is able to direct a local authority') }],
  },
  'commissioner.initialReportMonths': {
    description: 'Months after appointment by which the commissioner reports on capacity and capability',
    unit: 'months',
    values: [{ from: FROM, value: 3, citation: practice(CROYDON_2017, 'report date', 'appointed Eleanor Brazil as commissioner ... will report to the DfE by 4 December (appointed September 2017); Herefordshire 2022: appointed 21 September, report due 12 December') }],
  },
  'commissioner.reviewMonths': {
    description: 'Months after appointment at which the commissioner\u2019s later reviews are due',
    unit: 'months',
    values: [{ from: FROM, value: [6, 12], citation: practice(COLLECTION, 'directions', 'commissioners\u2019 later reviews published with the directions they review, at about 6 and 12 months') }],
  },
};
