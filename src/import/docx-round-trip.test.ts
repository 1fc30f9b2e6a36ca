import { describe, expect, it } from 'vitest';
import { computeReport } from '@/domain/compute/compute-report';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import type { FormatId } from '@/domain/template/types';
import { packReportDocx } from '@/export/docx/pack';
import { fullReport } from '@/testing/export-reports';
import { formatById } from '@templates/index';
import { importDocxBytes } from './import-docx';

/**
 * What an import must give back: everything the clerk typed (dismissals are not in a .docx;
 * headings, blank totals and rows printed blank record the source).
 */
function typed(report: Report): Omit<Report, 'reportedTotals' | 'dismissed' | 'source'> {
  const { reportedTotals: _t, dismissed: _d, source, ...rest } = report;
  // Of the source, an import of our export records only these (what else it could record, a
  // unit left out, a header or signature changed, is not in our export).
  expect(Object.keys(source ?? {}).filter((k) => !RECORDED.includes(k))).toEqual([]);
  return rest;
}

const RECORDED = ['headings', 'blankTotals', 'printedBlank'];

/** The totals the export printed: the complete computed values. */
function printedTotals(report: Report): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, c] of computeReport(formatById(report.formatId), report))
    if (c.status === 'complete') out[id] = String(c.value);
  return out;
}

async function roundTrip(report: Report): Promise<void> {
  const bytes = await packReportDocx(report);
  const result = importDocxBytes(bytes);
  if (!result.ok) throw new Error(result.message);
  expect(typed(result.report)).toEqual(typed(report));
  expect(result.report.reportedTotals).toEqual(printedTotals(report));
  // Our export prints the format's headings, and leaves blank exactly the incomplete totals.
  const template = formatById(report.formatId);
  expect(result.report.source?.headings).toEqual(
    Object.fromEntries(template.sections.map((s) => [s.id, s.heading])),
  );
  const incomplete = [...computeReport(template, report)]
    .filter(([, c]) => c.status === 'incomplete')
    .map(([id]) => id);
  expect([...(result.report.source?.blankTotals ?? [])].sort()).toEqual(incomplete.sort());
  // A row the report left wholly blank is printed with its cells empty: read as printed blank.
  for (const id of result.report.source?.printedBlank ?? [])
    expect(report.cells[id]).toBeUndefined();
  expect(result.unrecognised).toEqual([]);
}

describe('round trip: report → our .docx export → import → the same report', () => {
  for (const formatId of ['2019', '2021'] as FormatId[]) {
    it(`full report, format ${formatId}`, async () => {
      await roundTrip(fullReport(formatId));
    });
    it(`sparse report (blanks, money in another unit, no preface), format ${formatId}`, async () => {
      const full = fullReport(formatId);
      const cells = Object.fromEntries(Object.entries(full.cells).filter((_, i) => i % 3 !== 0));
      const money = formatById(formatId)
        .tables.flatMap((t) => t.cells)
        .find((c) => c.type === 'money');
      if (!money) throw new Error('no money cell');
      await roundTrip({
        ...full,
        meta: {
          ...full.meta,
          preface: '',
          agencyName: '某某县某某镇人民政府',
          agencyKind: 'township',
        },
        cells: { ...cells, [money.id]: '533.41' },
        cellUnits: { [money.id]: money.unit === '元' ? '万元' : '元' },
      });
    });
  }
  it('an empty report comes back empty (no invented zeros)', async () => {
    const bytes = await packReportDocx({
      ...emptyReport('2021', 2024),
      meta: { ...emptyReport('2021', 2024).meta, agencyName: '某某市应急管理局' },
    });
    const r = importDocxBytes(bytes);
    if (!r.ok) throw new Error(r.message);
    expect(r.report.cells).toEqual({});
    expect(r.report.reportedTotals).toEqual({});
    expect(r.report.formatId).toBe('2021');
  });
});

describe('the contact block as a list', () => {
  it('prints one line per item and reads every item back', async () => {
    const report = fullReport('2021');
    const listed: Report = { ...report, meta: { ...report.meta, contactStyle: 'list' } };
    const r = importDocxBytes(await packReportDocx(listed));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.meta.contact).toEqual(report.meta.contact);
    expect(r.report.meta.preface).toBe(report.meta.preface);
  });
});
