import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { FormatTemplate, LabelGridCell } from '@/domain/template/types';
import { fullReport } from '@/testing/export-reports';
import { pdfPageSize, pdfWords, renderDocx, type RenderedPdf } from '@/testing/libreoffice';
import { formatsById } from '@templates/index';
import { printedCellText } from './cell-text';
import { packReportDocx } from './pack';
import { chineseDate, paragraphsOf } from './text';

/**
 * The exported .docx as LibreOffice lays it out: converted to PDF headless, read back with
 * poppler. Slow (a few seconds per document), so each document is converted once.
 */

/**
 * Whitespace removed (pdftotext breaks lines inside cells and puts spaces between Latin and
 * Chinese), except between two ASCII letters or digits, so adjacent numbers stay apart.
 */
const strip = (text: string): string =>
  text
    .replace(/—\s*\d+\s*—/g, '')
    .replace(/(.?)\s+(?=(.?))/gsu, (_m, before: string, after: string) =>
      /[A-Za-z0-9.]/.test(before) && /[A-Za-z0-9.-]/.test(after) ? `${before} ` : before,
    )
    .trim();

const isNumberish = (c: string | undefined): boolean => c !== undefined && /[0-9.]/.test(c);

/** Index of `token` in `flat` from `from`, not inside a longer number. */
function findToken(flat: string, token: string, from: number): number {
  for (let i = flat.indexOf(token, from); i >= 0; i = flat.indexOf(token, i + 1)) {
    const before = isNumberish(token[0]) && isNumberish(flat[i - 1]);
    const after = isNumberish(token.at(-1)) && isNumberish(flat[i + token.length]);
    if (!before && !after) return i;
  }
  return -1;
}

/**
 * Text that must appear in this order: title, preface, headings, narrative, 表二's captions and
 * headers, and every printed value of every table. (Labels of merged cells wrapped over several
 * lines interleave with their neighbours in pdftotext's reading order; they are checked apart.)
 */
function orderedTokens(template: FormatTemplate, report: Report): string[] {
  const computed = computeReport(template, report);
  const tokens = [
    report.meta.agencyName,
    `${report.meta.year}年政府信息公开工作年度报告`,
    ...paragraphsOf(report.meta.preface),
  ];
  for (const section of template.sections) {
    tokens.push(section.heading, ...paragraphsOf(report.narrative[section.id]));
    const table = template.tables.find((t) => t.id === section.table);
    for (const row of table?.rows ?? []) {
      if (table?.id !== 't2' && row.kind === 'header') continue;
      if (row.kind !== 'data') {
        tokens.push(
          ...row.cells.filter((c): c is LabelGridCell => c.kind === 'label').map((c) => c.text),
        );
      }
      for (const c of row.cells) {
        const cell = c.kind === 'value' ? table?.cells.find((x) => x.id === c.cell) : undefined;
        if (cell) tokens.push(printedCellText(cell, report, computed));
      }
    }
  }
  tokens.push(report.meta.agencyName, chineseDate(report.meta.reportDate));
  return tokens.map(strip).filter((t) => t !== '');
}

/** Is `needle` a subsequence of `hay` (labels wrapped in narrow header cells interleave)? */
const isSubsequence = (needle: string, hay: string): boolean => {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i += 1;
  return i === needle.length;
};

describe.each(['2019', '2021'] as const)('format %s rendered by LibreOffice', (formatId) => {
  const template = formatsById[formatId];
  const report = fullReport(formatId);
  let pdf: RenderedPdf;

  beforeAll(async () => {
    pdf = await renderDocx(await packReportDocx(report), `report-${formatId}`);
  }, 120_000);
  afterAll(() => pdf?.dispose());

  it('has a sane number of A4 pages', async () => {
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(pdf.pages).toBeLessThanOrEqual(12);
    const size = await pdfPageSize(pdf.pdfPath);
    expect(size.width).toBeCloseTo(595.3, 0);
    expect(size.height).toBeCloseTo(841.9, 0);
    expect(pdf.text).toMatch(/—\s*1\s*—/);
    expect(pdf.text).toMatch(new RegExp(`—\\s*${pdf.pages}\\s*—`));
  });

  it('shows every heading, paragraph and number in order', () => {
    const flat = strip(pdf.text);
    let at = 0;
    for (const token of orderedTokens(template, report)) {
      const found = findToken(flat, token, at);
      expect(
        found,
        `「${token}」 after …${flat.slice(Math.max(0, at - 30), at)}`,
      ).toBeGreaterThanOrEqual(0);
      at = found + token.length;
    }
  });

  it('keeps the signature together: agency name and date on the last page', () => {
    const pages = pdf.text.split('\f').filter((p) => p.trim() !== '');
    const last = strip(pages.at(-1) ?? '');
    expect(last).toContain(strip(report.meta.agencyName));
    expect(last).toContain(strip(chineseDate(report.meta.reportDate)));
  });

  it('shows every header and group label', () => {
    const flat = strip(pdf.text);
    for (const table of template.tables) {
      for (const row of table.rows) {
        for (const c of row.cells)
          if (c.kind === 'label') expect(isSubsequence(strip(c.text), flat), c.text).toBe(true);
      }
    }
  });

  it('lays the tables out as grids: 表三 rows and 表四 values side by side across the page', async () => {
    const words = await pdfWords(pdf.pdfPath);
    const t4 = template.tables.find((t) => t.id === 't4');
    const values =
      t4?.rows.at(-1)?.cells.map((c) =>
        c.kind === 'value'
          ? printedCellText(
              t4.cells.find((x) => x.id === c.cell)!,
              report,
              computeReport(template, report),
            )
          : '',
      ) ?? [];
    // Find the line holding 表四's 15 values: words at one height, left to right, spread wide.
    const lines = new Map<string, typeof words>();
    for (const w of words) {
      const key = `${w.page}:${Math.round(w.yMin / 3)}`;
      lines.set(key, [...(lines.get(key) ?? []), w]);
    }
    const t4Line = [...lines.values()].find(
      (ws) => ws.map((w) => w.text).join(' ') === values.join(' '),
    );
    expect(t4Line, `a line reading ${values.join(' ')}`).toBeDefined();
    const xs = t4Line?.map((w) => w.xMin) ?? [];
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect((xs.at(-1) ?? 0) - (xs[0] ?? 0)).toBeGreaterThan(380); // of ~442 pt text width
    // 表三: 总计 row prints its 7 numbers on one line.
    const computed = computeReport(template, report);
    const totals = template.tables[1]?.cells
      .filter((c) => c.row === 'resultsTotal')
      .map((c) => printedCellText(c, report, computed));
    expect(
      [...lines.values()].some((ws) =>
        ws
          .map((w) => w.text)
          .join(' ')
          .endsWith(totals?.join(' ') ?? '?'),
      ),
    ).toBe(true);
  });
});

describe('hostile text rendered by LibreOffice', () => {
  it('opens, and prints markup, quotes and a 10,000-character paragraph literally', async () => {
    const base = fullReport('2021');
    const long = '长文'.repeat(5_000);
    const report: Report = {
      ...base,
      meta: {
        ...base.meta,
        agencyName: '<b>某局</b> & "公司"',
        preface: 'a\u0001b <script>alert(1)</script>',
      },
      narrative: { ...base.narrative, overview: `${long}\n结尾 & < > ' "` },
    };
    const pdf = await renderDocx(await packReportDocx(report), 'hostile');
    try {
      const flat = strip(pdf.text);
      expect(flat).toContain(strip('<b>某局</b> & "公司"'));
      expect(flat).toContain('ab<script>alert(1)</script>');
      expect(flat).toContain(strip(`结尾 & < > ' "`));
      expect(flat.split('长文').length - 1).toBe(5_000);
      expect(pdf.pages).toBeGreaterThan(12);
      expect(pdf.text).not.toMatch(/undefined|NaN|null/);
    } finally {
      await pdf.dispose();
    }
  }, 120_000);
});
