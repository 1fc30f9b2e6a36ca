import { describe, expect, it, vi } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import { all, docxParts, parseXml, readTables, textOf } from '@/testing/docx-xml';
import { fullReport } from '@/testing/export-reports';
import { formatById } from '@templates/index';
import { packReportDocx } from './pack';
import { formatChineseDate as chineseDate } from '@/domain/format/date';
import { reportTitle } from '@/domain/report/document-text';
import { cleanText, reportFileName } from './text';

// LibreOffice and poppler run as child processes: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

async function documentOf(report: Report) {
  const parts = docxParts(await packReportDocx(report));
  const doc = parseXml(parts['word/document.xml'] ?? '');
  return { doc, tables: readTables(doc), texts: all(doc, 'w:p').map(textOf) };
}

const cellText = (
  tables: Awaited<ReturnType<typeof documentOf>>['tables'],
  table: number,
  row: number,
  cell: number,
) => tables[table]?.rows[row]?.cells[cell]?.text;

describe('text helpers', () => {
  it('writes dates without leading zeros and rejects what is not a date', () => {
    expect(chineseDate('2025-01-20')).toBe('2025年1月20日');
    expect(chineseDate('2021-10-05')).toBe('2021年10月5日');
    expect(chineseDate(null)).toBe('');
    expect(chineseDate('20250120')).toBe('');
  });

  it('builds the title and a file name safe on every system', () => {
    expect(reportTitle('某某市人民防空办公室', 2024)).toBe(
      '某某市人民防空办公室2024年政府信息公开工作年度报告',
    );
    expect(reportFileName('某某市人民防空办公室', 2024)).toBe(
      '某某市人民防空办公室2024年政府信息公开工作年度报告.docx',
    );
    expect(reportFileName('A/B:C*D?"E"<F>|G\\H', 2021)).toBe(
      'A_B_C_D__E__F__G_H2021年政府信息公开工作年度报告.docx',
    );
    expect(reportFileName('', null)).toBe('政府信息公开工作年度报告.docx');
  });

  it('strips what XML 1.0 forbids and keeps everything else literally', () => {
    expect(cleanText('a\u0000b\u0007c\u001Fd\te\r\nf\uFFFE')).toBe('abcd\te\nf');
    expect(cleanText('<script>&"\'')).toBe('<script>&"\'');
    expect(cleanText('\uD83D\uDE00 \uD83D')).toBe('\uD83D\uDE00 ');
    expect(cleanText(undefined)).toBe('');
  });
});

describe('values as printed', () => {
  it('prints 2019 采购总金额 with 元 appended and 2021 fees in the header unit', async () => {
    const r2019 = await documentOf(fullReport('2019'));
    expect(r2019.tables[0]?.rows.at(-1)?.cells.map((c) => c.text)).toEqual([
      '政府集中采购',
      expect.any(String),
      '3190923元',
    ]);
    const r2021 = await documentOf(fullReport('2021'));
    expect(r2021.tables[0]?.rows.at(-1)?.cells.map((c) => c.text)).toEqual([
      '行政事业性收费',
      '12.35',
    ]);
  });

  it('appends the unit the clerk wrote when it differs from the column (seed 003 533.41万)', async () => {
    const base = fullReport('2021');
    const r = await documentOf({
      ...base,
      cells: { ...base.cells, 't2.fees.amount': '5000' },
      cellUnits: { 't2.fees.amount': '元' },
    });
    expect(r.tables[0]?.rows.at(-1)?.cells[1]?.text).toBe('5000元');
  });

  it('prints an amount as it was written (12.50, 2019 73802895.90元), never shortened', async () => {
    const r2021 = fullReport('2021');
    const fees = await documentOf({
      ...r2021,
      cells: { ...r2021.cells, 't2.fees.amount': '12.50' },
    });
    expect(fees.tables[0]?.rows.at(-1)?.cells[1]?.text).toBe('12.50');
    const r2019 = fullReport('2019');
    const procured = await documentOf({
      ...r2019,
      cells: { ...r2019.cells, 't2.centralProcurement.amount': '73802895.90' },
    });
    expect(procured.tables[0]?.rows.at(-1)?.cells.at(-1)?.text).toBe('73802895.90元');
  });

  it('prints blank cells and incomplete totals blank, complete totals filled, signed counts with their sign', async () => {
    const base = fullReport('2019');
    const cells = { ...base.cells };
    delete cells['t3.granted.research'];
    const r = await documentOf({ ...base, cells });
    const t3 = r.tables[1];
    const grantedRow = t3?.rows.find((row) => row.cells.some((c) => c.text === '（一）予以公开'));
    // 自然人 .. 其他, 总计: the blank cell and the row total print blank.
    expect(grantedRow?.cells.at(-5)?.text).toBe('');
    expect(grantedRow?.cells.at(-1)?.text).toBe('');
    expect(grantedRow?.cells.at(-2)?.text).toMatch(/^\d+$/);
    const totalRow = t3?.rows.find((row) => row.cells.some((c) => c.text === '（七）总计'));
    expect(totalRow?.cells.at(-5)?.text).toBe('');
    expect(totalRow?.cells.at(-6)?.text).toMatch(/^\d+$/);
    // 表四 totals are computed: 15 numbers, the 总计 ones the sums of the four before them.
    const t4 = r.tables[2]?.rows[3]?.cells.map((c) => Number(c.text)) ?? [];
    for (const g of [0, 5, 10])
      expect(t4[g + 4]).toBe(t4.slice(g, g + 4).reduce((a, b) => a + b, 0));
    // 2019 表二 行政许可 本年增/减 (row 7 of the grid).
    expect(cellText(r.tables, 0, 6, 0)).toBe('行政许可');
    expect(cellText(r.tables, 0, 6, 2)).toMatch(/^-\d+$/);
  });

  it('an empty report opens and prints nothing but labels: no undefined, NaN or null', async () => {
    for (const formatId of ['2019', '2021'] as const) {
      const { doc, tables } = await documentOf(emptyReport(formatId));
      const text = all(doc, 'w:t')
        .map((t) => t.textContent)
        .join('|');
      expect(text).not.toMatch(/undefined|NaN|null/);
      const labels = new Set(
        formatById(formatId).tables.flatMap((t) =>
          t.rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'label' ? [c.text] : []))),
        ),
      );
      for (const table of tables) {
        for (const row of table.rows)
          for (const c of row.cells) if (c.text !== '') expect(labels).toContain(c.text);
      }
    }
  });
});

describe('hostile text', () => {
  const long = '长'.repeat(10_000);
  const hostile: Report = {
    ...fullReport('2021'),
    meta: {
      ...fullReport('2021').meta,
      agencyName: '<b>某局</b> & "公司"',
      preface: 'a\u0001b\u0008c <script>alert(1)</script>',
    },
    narrative: {
      overview: `第一段 & < > " ' ]]> <w:p/>\n\t制表\t符\n${long}`,
      problems: 'null undefined NaN',
    },
  };

  it('comes out literally and the XML stays valid', async () => {
    const { texts } = await documentOf(hostile);
    expect(texts[0]).toBe('<b>某局</b> & "公司"2024年政府信息公开工作年度报告');
    expect(texts).toContain('abc <script>alert(1)</script>');
    expect(texts).toContain(`第一段 & < > " ' ]]> <w:p/>`);
    expect(texts).toContain(long);
    // The clerk's own words print as written, even when they read like a missing value.
    expect(texts).toContain('null undefined NaN');
  });
});

describe('contact block', () => {
  it('prints the contact details as one sentence after the preface, not one line per item', async () => {
    const report = fullReport('2021');
    const { texts } = await documentOf(report);
    const at = texts.findIndex((t) => t.startsWith('如对本报告有任何疑问'));
    expect(texts[at]).toMatch(
      /^如对本报告有任何疑问，请与.+联系（地址：.+；邮编：.+；电话：.+）。$/,
    );
    expect(texts[at - 1]).toBe(report.meta.preface);
    expect(texts.filter((t) => /^(地址|邮编|电话|传真|邮箱|电子邮箱)：/.test(t))).toEqual([]);
  });
});
