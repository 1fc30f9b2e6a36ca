import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { computeReport } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { FormatTemplate } from '@/domain/template/types';
import { fullReport } from '@/testing/export-reports';
import {
  pdfLineRuns,
  pdfPageSize,
  pdfWords,
  renderDocx,
  type PdfWord,
  type RenderedPdf,
} from '@/testing/libreoffice';
import { labelLayout, placeCells, rowsKeptWithNext } from '@/domain/report/print-layout';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import { seedFixtures } from '@templates/fixtures/index';
import { formatById } from '@templates/index';
import { printedCellText } from './cell-text';
import { packReportDocx } from './pack';
import { grid, mm, page } from './styles';
import { gridColumnWidths } from './table';
import { formatChineseDate as chineseDate } from '@/domain/format/date';
import { paragraphsOf } from './text';

// LibreOffice and poppler run as child processes: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

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
 * Text that must appear in this order: title, preface, headings, narrative, and every printed
 * value of every table. (Table labels are checked apart: pdftotext's reading order interleaves
 * labels wrapped in narrow cells and sometimes takes a header row before the caption above it.)
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

/** Pages on which `line` is printed whole: a run of adjacent words that spells it exactly. */
function pagesPrinting(
  runs: readonly { page: number; words: PdfWord[] }[],
  line: string,
): number[] {
  const pages = new Set<number>();
  for (const run of runs) {
    for (let i = 0; i < run.words.length; i += 1) {
      let text = '';
      for (let j = i; j < run.words.length && text.length < line.length; j += 1) {
        text += run.words[j]?.text ?? '';
        if (text === line) pages.add(run.page);
      }
    }
  }
  return [...pages];
}

const pt = (twips: number): number => twips / 20;

/** Our full reports of both formats, the five seeds as transcribed, and the clean 2021 fixture. */
const cases: readonly (readonly [string, Report])[] = [
  ['full 2019', fullReport('2019')],
  ['full 2021', fullReport('2021')],
  ...[...seedFixtures, clean2021].map((f) => [f.name, f.report] as const),
];

describe.each(cases)('%s rendered by LibreOffice', (name, report) => {
  const template = formatById(report.formatId);
  let pdf: RenderedPdf;

  beforeAll(async () => {
    pdf = await renderDocx(await packReportDocx(report), name.replace(/[^A-Za-z0-9]+/g, '-'));
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
    for (const line of [report.meta.agencyName, chineseDate(report.meta.reportDate)]) {
      expect(last).toContain(strip(line));
    }
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

  it('prints every table label with its lines whole (no word broken: 商业企/业), each merged group on one page', async () => {
    const runs = pdfLineRuns(await pdfWords(pdf.pdfPath));
    for (const table of template.tables) {
      const placed = placeCells(table);
      const kept = rowsKeptWithNext(table);
      placed.forEach((row, r) => {
        for (const p of row) {
          if (p.kind !== 'cell' || p.cell.kind !== 'label') continue;
          const { lines } = labelLayout(table, p.cell, p.col, p.span);
          const label = p.cell.text;
          // Each line LibreOffice printed is one of ours: it broke no line further.
          const pages = lines.map((line) => pagesPrinting(runs, line));
          lines.forEach((line, k) =>
            expect(pages[k]?.length, `${table.id} 「${label}」 line 「${line}」`).toBeGreaterThan(
              0,
            ),
          );
          const span = p.cell.rowSpan ?? 1;
          if (span <= 1 || !kept.slice(r, r + span - 1).every(Boolean)) continue;
          // A kept group: its label and its last row's label share a page.
          const last = placed[r + span - 1]?.find(
            (c) => c.kind === 'cell' && c.cell.kind === 'label',
          );
          const lastLine =
            last?.kind === 'cell' && last.cell.kind === 'label'
              ? labelLayout(table, last.cell, last.col, last.span).lines[0]
              : undefined;
          const common = [...pages, ...(lastLine ? [pagesPrinting(runs, lastLine)] : [])].reduce(
            (a, b) => a.filter((x) => b.includes(x)),
          );
          expect(common.length, `${table.id} group 「${p.cell.text}」 on one page`).toBeGreaterThan(
            0,
          );
        }
      });
    }
  });

  it('sets the 落款 after GB/T 9704: the date 右空四字, the agency name centred over it', async () => {
    const words = await pdfWords(pdf.pdfPath);
    const lastPage = Math.max(...words.map((w) => w.page));
    const lines = pdfLineRuns(words.filter((w) => w.page === lastPage));
    const find = (text: string) =>
      lines.find((l) => strip(l.words.map((w) => w.text).join('')) === strip(text));
    const nameText = report.meta.agencyName.trim();
    const dateText = chineseDate(report.meta.reportDate);
    const name = nameText === '' ? undefined : find(nameText);
    const date = dateText === '' ? undefined : find(dateText);
    expect(name !== undefined, nameText).toBe(nameText !== '');
    expect(date !== undefined, dateText).toBe(dateText !== '');
    const box = (ws: PdfWord[] = []) => ({
      left: Math.min(...ws.map((w) => w.xMin)),
      right: Math.max(...ws.map((w) => w.xMax)),
    });
    const n = box(name?.words);
    const d = box(date?.words);
    const rightMargin = pt(page.width - page.margin.right);
    const fourChars = pt(4 * grid.charPitch);
    if (date) expect(rightMargin - d.right).toBeCloseTo(fourChars, -0.5);
    if (name && date) {
      expect(Math.abs((n.left + n.right) / 2 - (d.left + d.right) / 2)).toBeLessThan(3);
    } else if (name) expect(rightMargin - n.right).toBeCloseTo(fourChars, -0.5);
  });

  it('lays the tables out as grids: every value of 表四 and of 表三 （七）总计 inside its column', async () => {
    const words = await pdfWords(pdf.pdfPath);
    const computed = computeReport(template, report);
    const lines = new Map<string, typeof words>();
    for (const w of words) {
      const key = `${w.page}:${Math.round(w.yMin)}`;
      lines.set(key, [...(lines.get(key) ?? []), w]);
    }
    for (const [tableId, rowKey] of [
      ['t4', 'cases'],
      ['t3', 'resultsTotal'],
    ] as const) {
      const table = template.tables.find((t) => t.id === tableId);
      const row = table?.rows.find((r) => r.row === rowKey);
      if (!table || !row) throw new Error(`${tableId}.${rowKey}`);
      // Grid column of each value cell, and its printed text.
      const columns = gridColumnWidths(table).map((w) => w / 20);
      const left = mm(28) / 20;
      // Value cells fill the right of the grid (row labels merged from above sit on the left).
      const expected: { text: string; from: number; to: number }[] = [];
      let col = table.gridColumns;
      for (const c of [...row.cells].reverse()) {
        const span = c.colSpan ?? 1;
        col -= span;
        const from = left + columns.slice(0, col).reduce((a, b) => a + b, 0);
        const to = from + columns.slice(col, col + span).reduce((a, b) => a + b, 0);
        const cell = c.kind === 'value' ? table.cells.find((x) => x.id === c.cell) : undefined;
        const text = cell ? printedCellText(cell, report, computed) : '';
        if (cell && text !== '') expected.unshift({ text, from, to });
      }
      if (expected.length === 0) continue;
      const texts = expected.map((e) => e.text).join(' ');
      const line = [...lines.values()].find((ws) =>
        ws
          .map((w) => w.text)
          .join(' ')
          .endsWith(texts),
      );
      expect(line, `${tableId} ${rowKey}: a line ending ${texts}`).toBeDefined();
      const placed = line?.slice(-expected.length) ?? [];
      placed.forEach((w, k) => {
        const e = expected[k];
        expect(w.xMin, `${tableId} ${rowKey} 「${w.text}」`).toBeGreaterThanOrEqual(
          (e?.from ?? 0) - 1,
        );
        expect(w.xMin, `${tableId} ${rowKey} 「${w.text}」`).toBeLessThan(e?.to ?? 0);
      });
    }
  });
});

describe('body text on the GB/T 9704 grid, rendered by LibreOffice', () => {
  it('sets 28 characters a line, justified, and 22 lines a page', async () => {
    const base = fullReport('2021');
    // A paragraph of Chinese characters only (no punctuation to hang or push a line).
    const long = '政府信息公开工作年度报告按照条例规定编制'.repeat(80);
    const report: Report = {
      ...base,
      meta: { ...base.meta, preface: '' },
      narrative: { ...base.narrative, overview: long },
    };
    const pdf = await renderDocx(await packReportDocx(report), 'grid');
    try {
      const words = await pdfWords(pdf.pdfPath);
      const left = pt(page.margin.left);
      const right = pt(page.width - page.margin.right);
      // Lines of the paragraph: its characters only, in 三号 (tables are smaller).
      const body = pdfLineRuns(words).filter(
        (l) =>
          /^[政府信息公开工作年度报告按照条例规定编制]+$/u.test(
            l.words.map((w) => w.text).join(''),
          ) && (l.words[0]?.yMax ?? 0) - (l.words[0]?.yMin ?? 0) > 14,
      );
      const counts = body.map((l) => l.words.map((w) => w.text).join('').length);
      // First line after the two-character indent, then full lines of 28, then the rest.
      expect(counts[0]).toBe(26);
      expect(
        counts.slice(1, -1).every((c) => c === 28),
        counts.join(' '),
      ).toBe(true);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(long.length);
      for (const l of body.slice(1, -1)) {
        expect(l.words[0]?.xMin).toBeCloseTo(left, -0.5);
        expect(l.words.at(-1)?.xMax).toBeCloseTo(right, -0.5);
      }
      // A full page of body lines holds 22.
      const perPage = new Map<number, number>();
      for (const l of body) perPage.set(l.page, (perPage.get(l.page) ?? 0) + 1);
      expect(Math.max(...perPage.values())).toBe(22);
    } finally {
      await pdf.dispose();
    }
  }, 120_000);
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
