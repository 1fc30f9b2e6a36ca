import type { FormatId } from '../template/types';
import type { Report } from './types';

export const emptyContact = { address: '', postcode: '', phone: '', fax: '', email: '' } as const;

/** A new, blank report: every cell blank, every text empty. */
export function emptyReport(formatId: FormatId, year: number | null = null): Report {
  return {
    formatId,
    meta: {
      agencyName: '',
      agencyKind: 'department',
      year,
      reportDate: null,
      preface: '',
      contact: emptyContact,
    },
    narrative: {},
    cells: {},
    cellUnits: {},
    reportedTotals: {},
    dismissed: {},
  };
}
