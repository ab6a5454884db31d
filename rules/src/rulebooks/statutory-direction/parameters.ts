import type { Parameter } from '../../model';
import { framework } from '../../sources/documents';

/** Values from the public record of directions; dated from the earliest direction we model. */
const FROM = '2010-01-01';

export const parameters: Record<string, Parameter> = {
  'commissioner.appointWithinDays': {
    description: 'Days after the direction within which a commissioner is expected to be appointed',
    unit: 'days',
    values: [{ from: FROM, value: 0, citation: framework('statutory direction', 'it usually appoints a children\u2019s services commissioner') }],
  },
  'commissioner.initialReportMonths': {
    description: 'Months after appointment by which the commissioner reports on capacity and capability',
    unit: 'months',
    values: [{ from: FROM, value: 3, citation: framework('statutory direction', 'reports on the council\u2019s capacity and capability after about 3 months (due dates seen 3-4.5 months after appointment)') }],
  },
  'commissioner.reviewMonths': {
    description: 'Months after appointment at which the commissioner\u2019s later reviews are due',
    unit: 'months',
    values: [{ from: FROM, value: [6, 12], citation: framework('statutory direction', 'then at later reviews (6, 12 months)') }],
  },
};
