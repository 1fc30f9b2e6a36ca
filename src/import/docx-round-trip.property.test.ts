import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import type { CellTemplate, FormatId, SectionId } from '@/domain/template/types';
import { packReportDocx } from '@/export/docx/pack';
import { formatById } from '@templates/index';
import { importDocxBytes } from './import-docx';
import { runs } from '@/testing/property-runs';

/** Random reports (any subset of cells, any valid values, narrative) survive export → import. */

export const ROUND_TRIP_RUNS = runs(30, 150);

const value = (cell: CellTemplate): fc.Arbitrary<string> => {
  if (cell.type === 'signedCount') return fc.integer({ min: -9999, max: 9999 }).map(String);
  if (cell.type === 'money') {
    return fc
      .tuple(fc.nat({ max: 99_999_999 }), fc.nat({ max: 99 }))
      .map(([a, b]) =>
        b === 0 ? String(a) : `${a}.${String(b).padStart(2, '0')}`.replace(/0+$/, ''),
      );
  }
  return fc.nat({ max: 99_999 }).map(String);
};

const sentence = fc
  .array(
    fc.constantFrom(
      '主动公开',
      '政府信息',
      '我局',
      '全年',
      '办理',
      '“三安全一稳定”',
      '<script>',
      '&',
      '12',
      '条',
      '，',
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((w) => `${w.join('')}。`);

function reportArb(formatId: FormatId): fc.Arbitrary<Report> {
  const inputs = formatById(formatId)
    .tables.flatMap((t) => t.cells)
    .filter((c) => !c.computed);
  const cells = fc.record(
    Object.fromEntries(inputs.map((c) => [c.id, fc.option(value(c), { nil: undefined })])),
  );
  const ids: SectionId[] = ['overview', 'problems', 'other'];
  const narrative = fc.record(
    Object.fromEntries(
      ids.map((id) => [
        id,
        fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join('\n')),
      ]),
    ),
  );
  return fc
    .record({ cells, narrative, year: fc.integer({ min: 2019, max: 2030 }) })
    .map(({ cells: c, narrative: n, year }) => {
      const base = emptyReport(formatId, year);
      return {
        ...base,
        meta: { ...base.meta, agencyName: '某某市某某局', reportDate: `${year + 1}-01-15` },
        narrative: n,
        cells: Object.fromEntries(
          Object.entries(c).filter((e): e is [string, string] => e[1] !== undefined),
        ),
      };
    });
}

describe('property: export → import round trip', () => {
  for (const formatId of ['2019', '2021'] as FormatId[]) {
    it(`format ${formatId} (${ROUND_TRIP_RUNS / 2} random reports)`, async () => {
      await fc.assert(
        fc.asyncProperty(reportArb(formatId), async (report) => {
          const r = importDocxBytes(await packReportDocx(report));
          if (!r.ok) throw new Error(r.message);
          expect(r.report.cells).toEqual(report.cells);
          expect(r.report.narrative).toEqual(report.narrative);
          expect(r.report.meta).toEqual(report.meta);
          expect(r.report.formatId).toBe(formatId);
        }),
        { numRuns: ROUND_TRIP_RUNS / 2 },
      );
    }, 60_000);
  }
});
