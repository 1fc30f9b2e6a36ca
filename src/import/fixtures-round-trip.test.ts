import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { packReportDocx } from '@/export/docx/pack';
import { fixtures } from '@templates/fixtures/index';
import { importDocxBytes, importDocxBytesAsync } from './import-docx';

/** Every engine fixture (seeds transcribed, clean reports, one variant per check) → .docx → import. */

/**
 * What a .docx carries: everything but dismissals, printed totals and what an import recorded of
 * its source (our export signs with the agency's name, prints 元 after a 2019 采购总金额 and the
 * format's own headers, each row's columns whole); empty narrative = none.
 */
function typed(report: Report): Omit<Report, 'reportedTotals' | 'dismissed' | 'source'> {
  const { reportedTotals: _t, dismissed: _d, source, ...rest } = report;
  // The title's year with its 年 lost is never made by our export's title.
  expect(source?.titleYear).toBeUndefined();
  return {
    ...rest,
    narrative: Object.fromEntries(Object.entries(rest.narrative).filter(([, v]) => v !== '')),
  };
}

describe('round trip of every fixture through our .docx export', () => {
  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      for (const report of [fixture.report, ...(fixture.lastYear ? [fixture.lastYear] : [])]) {
        const bytes = await packReportDocx(report);
        const r = importDocxBytes(bytes);
        if (!r.ok) throw new Error(r.message);
        // The same import by the native inflater, document.xml read as inflated (issue 17).
        expect(await importDocxBytesAsync(bytes, { nativeFrom: 0 })).toEqual(r);
        if (report.meta.year === null && report.meta.yearText === undefined) {
          // No year in the title: the importer infers it from the text and says so.
          expect(r.recognised.meta.year).toBe('text');
          expect(r.notes.join('')).toMatch(/按正文中最常出现的年份推断为/);
          expect(typed({ ...r.report, meta: { ...r.report.meta, year: null } })).toEqual(
            typed(report),
          );
        } else {
          expect(typed(r.report)).toEqual(typed(report));
        }
      }
    });
  }
});
