import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { importText } from '@/import/import-text';
import { importUnit } from '@/import/import-unit';
import { fullReport } from '@/testing/export-reports';
import { draftFile } from '@/testing/review-folder';
import { filterRows, reviewRow, reviewUnit, sortRows, sumUnits, type ReviewUnit } from './index';
import { reviewSummary, reviewSummaryText } from './summary';
import { NOT_A_DRAFT } from './unit';

const today = '2026-01-20';

function withMeta(
  report: Report,
  meta: Partial<Report['meta']>,
  cells: Record<string, string> = {},
): Report {
  return { ...report, meta: { ...report.meta, ...meta }, cells: { ...report.cells, ...cells } };
}

function unit(id: string, report: Report): ReviewUnit {
  return reviewUnit(
    { id, fileName: `${id}.json` },
    { ok: true, source: 'json', report, unrecognised: [], warnings: [] },
    { today },
  );
}

// Year 2024, dated 2025-01-08, a department; section 六 states the fee notices 表三 implies.
const base2021: Report = (() => {
  const full = fullReport('2021');
  return {
    ...full,
    narrative: { ...full.narrative, other: '本年度发出收费通知45件，未收取信息处理费。' },
  };
})();

describe('reviewRow', () => {
  it('shows agency, year, format, date and counts; a late report names its deadline', () => {
    const late = unit(
      'a',
      withMeta(base2021, { agencyName: '某县教育局', reportDate: '2025-02-05' }),
    );
    const row = reviewRow(late);
    expect(row).toMatchObject({
      agency: '某县教育局',
      year: 2024,
      formatId: '2021',
      readComplete: true,
    });
    expect(row.late).toEqual({ deadline: '2025-01-31', basis: '政府部门的年度报告' });
    expect(row.counts.warning).toBeGreaterThan(0); // report-date-after-deadline
    // A government's deadline is 3月31日.
    const gov = reviewRow(
      unit('b', withMeta(base2021, { agencyKind: 'government', reportDate: '2025-02-05' })),
    );
    expect(gov.late).toBeNull();
  });

  it('holds a report whose agency was not read to the latest deadline, as the date check does', () => {
    // Real: 华池县五蛟镇 2020, its page's title not read, published 2021-04-09.
    const nameless = (reportDate: string) =>
      reviewRow(unit('n', withMeta(base2021, { agencyName: '', reportDate })));
    expect(nameless('2025-02-05').late).toBeNull();
    expect(nameless('2025-04-09').late).toEqual({
      deadline: '2025-03-31',
      basis: '未填机关名称，按最晚的人民政府期限计',
    });
  });

  it('counts errors, incomplete and warnings of the checks', () => {
    const { 't3.newReceived.naturalPerson': _dropped, ...cells } = base2021.cells;
    const broken: Report = {
      ...withMeta(base2021, { reportDate: '2024-12-01' }),
      cells: { ...cells, 't3.granted.commercial': '9999' },
    };
    const row = reviewRow(unit('c', broken));
    expect(row.counts.error).toBeGreaterThanOrEqual(2); // date before year end, 表三 balance
    expect(row.counts.incomplete).toBe(1); // the blank cell
    expect(reviewRow(unit('d', base2021)).counts).toEqual({
      error: 0,
      incomplete: 0,
      warning: 0,
      info: 0,
    });
  });

  it('a file that could not be read keeps its message', () => {
    const failed = reviewUnit(
      { id: 'x', fileName: '坏.docx' },
      { ok: false, message: '不是 Word 文档' },
      { today },
    );
    expect(reviewRow(failed)).toMatchObject({
      ok: false,
      message: '不是 Word 文档',
      readComplete: false,
    });
  });

  it('a text import that lost rows is marked as not read completely, naming what is missing', () => {
    const text = readFileSync('templates/fixtures/seeds/004_a3edccc839184d0e.txt', 'utf8');
    const imported = importText(text);
    if (!imported.ok) throw new Error(imported.message);
    const u = reviewUnit(
      { id: 's', fileName: '004.txt' },
      { ...imported, source: 'text' },
      { today },
    );
    const row = reviewRow(u);
    expect(row.readComplete).toBe(false);
    expect(row.readNotes.some((n) => /^表三：读到 \d+ \/ \d+ 个单元格$/.test(n))).toBe(true);
  });
});

describe('sortRows and filterRows', () => {
  const units = [
    unit('1', withMeta(base2021, { agencyName: '乙局', reportDate: '2025-01-20' })),
    unit('2', withMeta(base2021, { agencyName: '甲局', reportDate: '2025-03-01' })),
    reviewUnit({ id: '3', fileName: 'z.pdf' }, { ok: false, message: '扫描件' }, { today }),
  ];
  const rows = units.map(reviewRow);

  it('sorts by date, blanks last in both directions', () => {
    expect(sortRows(rows, 'reportDate').map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(sortRows(rows, 'reportDate', 'desc').map((r) => r.id)).toEqual(['2', '1', '3']);
    expect(sortRows(rows, 'warning', 'desc')[0]?.id).toBe('2');
  });

  it('filters late, failed and by text', () => {
    expect(filterRows(rows, 'late').map((r) => r.id)).toEqual(['2']);
    expect(filterRows(rows, 'failed').map((r) => r.id)).toEqual(['3']);
    expect(filterRows(rows, 'all', '乙').map((r) => r.id)).toEqual(['1']);
  });
});

describe("JSON files in a reviewer's folder", () => {
  const read = async (name: string, text: string): Promise<ReviewUnit> =>
    reviewUnit(
      { id: name, fileName: name },
      await importUnit(name, new TextEncoder().encode(text), { cMapUrl: '' }),
      { today },
    );
  const draft = draftFile(withMeta(base2021, { agencyName: '某县教育局' }), 'd1');

  it("lists another program's JSON as passed over, not as a file that could not be read", async () => {
    for (const [name, text] of [
      ['package.json', '{"name": "demo", "version": "1.0.0"}'],
      ['数据.json', '[{"单位": "某县教育局", "件数": 3}]'],
      ['设置.json', '{"app": "another-app", "theme": "dark"}'],
    ] as const) {
      const u = await read(name, text);
      expect(u).toMatchObject({ ok: false, skipped: true, message: NOT_A_DRAFT });
      expect(reviewRow(u)).toMatchObject({ ok: false, skipped: true });
    }
  });

  it('reports a cut or damaged draft as unreadable, with why, never as passed over', async () => {
    const cut = await read('某县教育局.json', draft.slice(0, Math.floor(draft.length / 2)));
    expect(cut).toMatchObject({ ok: false, message: expect.stringContaining('不是有效的 JSON') });
    expect(cut).not.toHaveProperty('skipped');
    const file = JSON.parse(draft) as { draft: { report: unknown } };
    const damaged = await read(
      '某县财政局.json',
      JSON.stringify({ ...file, draft: { ...file.draft, report: 42 } }),
    );
    expect(damaged).toMatchObject({ ok: false, message: expect.stringContaining('无法导入') });
    expect(damaged).not.toHaveProperty('skipped');
    // A draft's parts without its mark: a damaged draft too.
    const unmarked = await read('某县水利局.json', JSON.stringify({ draft: file.draft }));
    expect(unmarked).toMatchObject({ ok: false, message: expect.stringContaining('不是年报助手') });
    expect(unmarked).not.toHaveProperty('skipped');
    // The draft itself is read.
    expect(await read('某县教育局.json', draft)).toMatchObject({ ok: true, source: 'json' });
  });

  it("counts passed-over files apart: not unreadable, not in the 汇总's unreadable list", async () => {
    const units = [
      unit('a', withMeta(base2021, { agencyName: '甲局' })),
      await read('package.json', '{"name": "demo"}'),
      await read('坏.json', '{"app": "nianbao-zhushou", "draft":'),
    ];
    const rows = units.map(reviewRow);
    expect(filterRows(rows, 'failed').map((r) => r.id)).toEqual(['坏.json']);
    expect(filterRows(rows, 'problems').map((r) => r.id)).not.toContain('package.json');
    const summary = reviewSummary(units);
    expect(summary).toMatchObject({ files: 3, read: 1, unreadable: 1, skipped: 1 });
    expect(reviewSummaryText(summary)).toContain(
      '共 3 个文件：读取 1 份，无法读取 1 份，不是年报草稿已跳过 1 个。',
    );
    const sum = sumUnits(units);
    if (!sum.ok) throw new Error(sum.message);
    expect(sum.unreadable.map((u) => u.fileName)).toEqual(['坏.json']);
  });
});

describe('sumUnits', () => {
  const a = withMeta(
    base2021,
    { agencyName: '某县教育局' },
    {
      't2.fees.amount': '0.1',
      't3.newReceived.naturalPerson': '10',
    },
  );
  const b = withMeta(
    base2021,
    { agencyName: '某县财政局' },
    {
      't2.fees.amount': '0.2',
      't3.newReceived.naturalPerson': '21',
    },
  );
  const own = withMeta(
    base2021,
    { agencyName: '某县人民政府', agencyKind: 'government' },
    {
      't2.fees.amount': '1.05',
      't3.newReceived.naturalPerson': '5',
    },
  );

  it('sums every input cell exactly, money with its decimals, 本级 kept apart and added', () => {
    const r = sumUnits([unit('a', a), unit('b', b), unit('own', own)], {
      roles: { own: 'bunji' },
      agencyName: '某县（汇总）',
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.year).toBe(2024);
    expect(r.report.formatId).toBe('2021');
    expect(r.report.meta.agencyName).toBe('某县（汇总）');
    expect(r.unitsSum['t2.fees.amount']).toBe('0.3');
    expect(r.report.cells['t2.fees.amount']).toBe('1.35');
    expect(r.unitsSum['t3.newReceived.naturalPerson']).toBe('31');
    expect(r.report.cells['t3.newReceived.naturalPerson']).toBe('36');
    const id = 't3.granted.commercial';
    expect(r.report.cells[id]).toBe(String(3 * Number(base2021.cells[id])));
    expect(r.summed.map((u) => u.agency)).toEqual(['某县教育局', '某县财政局']);
    expect(r.bunji?.agency).toBe('某县人民政府');
    expect(r.blanks).toEqual([]);
    expect(Object.keys(r.report.cells).length).toBe(Object.keys(base2021.cells).length);
  });

  it('sums the 2019 signed 本年增/减 and converts a 万元 amount into the 元 column', () => {
    const r2019 = fullReport('2019'); // year 2020, 采购总金额 3190923 元
    const x = withMeta(r2019, { agencyName: '甲' }, { 't2.licensing.change': '-3' });
    const y: Report = {
      ...withMeta(
        r2019,
        { agencyName: '乙' },
        { 't2.licensing.change': '1', 't2.centralProcurement.amount': '533.41' },
      ),
      cellUnits: { 't2.centralProcurement.amount': '万元' },
    };
    const r = sumUnits([unit('x', x), unit('y', y)]);
    if (!r.ok) throw new Error(r.message);
    expect(r.report.formatId).toBe('2019');
    expect(r.report.cells['t2.licensing.change']).toBe('-2');
    expect(r.report.cells['t2.centralProcurement.amount']).toBe('8525023');
  });

  it('lists other years, wrong formats, duplicates and missing units, and sums none of them twice', () => {
    const old = withMeta(base2021, { agencyName: '某县水利局', year: 2023 });
    const wrongFormat = withMeta(fullReport('2019'), { agencyName: '某县林业局', year: 2024 });
    const dup = withMeta(a, {}, { 't3.newReceived.naturalPerson': '999' });
    const r = sumUnits(
      [unit('a', a), unit('b', b), unit('old', old), unit('wf', wrongFormat), unit('dup', dup)],
      {
        expected: ['某县教育局', '财政局', '某县审计局', ' '],
      },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.otherYearOrFormat.map((u) => [u.agency, u.reason])).toEqual([
      ['某县水利局', '年度为 2023，不是 2024'],
      ['某县林业局', '2024 年度应使用国办公开办函〔2021〕30号格式，这份报告是另一种格式'],
    ]);
    expect(r.duplicates).toEqual([
      {
        agency: '某县教育局',
        units: [expect.objectContaining({ id: 'a' }), expect.objectContaining({ id: 'dup' })],
      },
    ]);
    expect(r.report.cells['t3.newReceived.naturalPerson']).toBe('31');
    expect(r.missing).toEqual(['某县审计局']);
  });

  it('leaves a cell blank when a unit left it blank (blank is not zero) and names the unit', () => {
    const { 't3.carriedIn.research': _x, ...cells } = b.cells;
    const r = sumUnits([
      unit('a', a),
      unit('b', { ...b, cells: { ...cells, 't4.review.upheld': '无' } }),
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.report.cells['t3.carriedIn.research']).toBeUndefined();
    expect(r.report.cells['t4.review.upheld']).toBeUndefined();
    expect(r.blanks).toEqual([
      {
        cell: 't3.carriedIn.research',
        label: '表三 二、上年结转政府信息公开申请数量 法人或其他组织 科研机构',
        units: [{ id: 'b', agency: '某县财政局', fileName: 'b.json' }],
      },
    ]);
    expect(r.invalid).toEqual([
      expect.objectContaining({
        cell: 't4.review.upheld',
        value: '无',
        unit: expect.objectContaining({ id: 'b' }),
      }),
    ]);
  });

  it('checks parent = 本级 + Σ units cell by cell and names the cells that differ', () => {
    const units = [unit('a', a), unit('b', b), unit('own', own)];
    const first = sumUnits(units, { roles: { own: 'bunji' } });
    if (!first.ok) throw new Error(first.message);
    const parentReport = withMeta(
      base2021,
      { agencyName: '某县人民政府', agencyKind: 'government' },
      {
        ...first.report.cells,
        't3.granted.naturalPerson': '1',
      },
    );
    const r = sumUnits([...units, unit('p', parentReport)], {
      roles: { own: 'bunji', p: 'parent' },
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.parentCheck?.notComparable).toBeNull();
    expect(r.parentCheck?.differences).toEqual([
      {
        cell: 't3.granted.naturalPerson',
        label: '表三 （一）予以公开 自然人',
        parent: '1',
        expected: first.report.cells['t3.granted.naturalPerson'],
      },
    ]);
    // The parent is never summed, and no duplicate with the 本级 report of the same name.
    expect(r.report.cells).toEqual(first.report.cells);
    expect(r.duplicates).toEqual([]);
  });

  it('refuses two 本级 reports and says why when no year was read', () => {
    const two = sumUnits([unit('a', a), unit('b', b)], { roles: { a: 'bunji', b: 'bunji' } });
    expect(two).toMatchObject({ ok: false });
    const none = sumUnits([unit('n', withMeta(a, { year: null }))]);
    expect(none).toEqual({ ok: false, message: '没有可汇总的年报：所选文件都没有读到报告年度。' });
  });
});
