import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { computeReport } from '@/domain/compute/compute-report';
import { compactText } from '@/domain/format/text';
import type { Report } from '@/domain/report/types';
import { documentBlocks } from './document-blocks';
import { layoutDocument } from './layout';
import { importDocxBytes } from '@/import/import-docx';
import { importHtml } from '@/import/import-html';
import { all, docxParts, parseXml, textOf } from '@/testing/docx-xml';
import { pdfWords, renderDocx, type PdfWord, type RenderedPdf } from '@/testing/libreoffice';
import { formatById } from '@templates/index';
import { packReportDocx } from '@/export/docx/pack';

// LibreOffice and poppler run as child processes: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

/**
 * A table that is none of the format's, kept in a narrative section (real: 平潭综合实验区市场监督管理局
 * 2025, 六's 信息处理费 table): a row per line, its cells separated by tabs, in the form; in the Word
 * file and the preview each row is a line with its columns lined up at the group's tab stops.
 */

const HEADER = '通知收取件数\t通知收取金额（元）\t实际收取金额（元）';
const ROW = '信息处理费收取情况\t1\t800\t0';

function imported(): Report {
  const r = importHtml(
    readFileSync('templates/fixtures/real-html/031-pingtan-scjgj-2025.html', 'utf8'),
    '',
  );
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

/** The same table with short headers: narrow enough for its columns to line up on a line. */
const NARROW_HEADER = '件数\t金额（元）\t实收（元）';

describe('a table kept as text (real: 平潭综合实验区市场监督管理局 2025)', () => {
  let report: Report;
  let narrow: Report;
  let bytes: Uint8Array;
  let narrowBytes: Uint8Array;
  let pdf: RenderedPdf;
  let narrowPdf: RenderedPdf;
  let words: PdfWord[];
  let narrowWords: PdfWord[];
  beforeAll(async () => {
    report = imported();
    narrow = {
      ...report,
      narrative: {
        ...report.narrative,
        other: (report.narrative.other ?? '').replace(HEADER, NARROW_HEADER),
      },
    };
    bytes = await packReportDocx(report);
    narrowBytes = await packReportDocx(narrow);
    pdf = await renderDocx(bytes, 'foreign-table');
    narrowPdf = await renderDocx(narrowBytes, 'foreign-table-narrow');
    words = await pdfWords(pdf.pdfPath);
    narrowWords = await pdfWords(narrowPdf.pdfPath);
  });
  afterAll(async () => {
    await pdf?.dispose();
    await narrowPdf?.dispose();
  });

  const find = (list: readonly PdfWord[], text: string): PdfWord => {
    const w = list.find((x) => x.text.startsWith(text));
    if (!w) throw new Error(`${text} not in the PDF: ${list.map((x) => x.text).join(' ')}`);
    return w;
  };
  const onLine = (list: readonly PdfWord[], text: string, line: PdfWord): PdfWord => {
    const w = list.find((x) => x.text === text && Math.abs(x.yMin - line.yMin) < 2);
    if (!w) throw new Error(`${text} not on the line of ${line.text}`);
    return w;
  };

  it('is a row per line, cells tab-separated, in the draft; the checks read no number 18000', () => {
    expect(report.narrative.other).toMatch(new RegExp(`^${HEADER}\\n${ROW}\\n根据《条例》`));
    const compact = compactText(report.narrative.other ?? '');
    expect(compact).toContain('信息处理费收取情况|1|800|0');
    expect(compact).not.toMatch(/18000|8000/);
  });

  it('prints each row on its own line, its cells apart, never ` | ` (LibreOffice)', () => {
    expect(pdf.text).not.toContain('|');
    const label = find(words, '信息处理费收取情况');
    const [one, eight, zero] = ['1', '800', '0'].map((t) => onLine(words, t, label));
    expect(one && eight && zero && one.xMax < eight.xMin && eight.xMax < zero.xMin).toBe(true);
    expect(label.yMin).toBeGreaterThan(find(words, '实际收取金额').yMin);
  });

  it('lines its columns up at tab stops when the table fits a line (LibreOffice)', () => {
    const doc = parseXml(docxParts(narrowBytes)['word/document.xml'] ?? '');
    const rows = all(doc, 'w:p').filter((p) => all(p, 'w:tabs').length > 0);
    expect(rows.map(textOf)).toEqual([NARROW_HEADER.replace(/\t/g, ''), ROW.replace(/\t/g, '')]);
    const stops = rows.map((p) =>
      all(p, 'w:tab')
        .map((t) => t.getAttribute('w:pos'))
        .filter((pos) => pos !== null),
    );
    expect(stops[0]).toHaveLength(3);
    expect(stops[1]).toEqual(stops[0]);
    const label = find(narrowWords, '信息处理费收取情况');
    for (const [head, value] of [
      ['件数', '1'],
      ['金额', '800'],
      ['实收', '0'],
    ] as const) {
      const h = find(narrowWords, head);
      const v = onLine(narrowWords, value, label);
      expect(Math.abs(h.xMin - v.xMin)).toBeLessThan(2);
      expect(v.yMin - h.yMin).toBeGreaterThan(5);
      expect(v.yMin - h.yMin).toBeLessThan(40);
    }
  });

  it('reads back as the same text when the exported file is imported', () => {
    for (const [r, b] of [
      [report, bytes],
      [narrow, narrowBytes],
    ] as const) {
      const again = importDocxBytes(b);
      if (!again.ok) throw new Error(again.message);
      expect(again.report.narrative.other).toBe(r.narrative.other);
    }
  });

  it('the preview sets the rows as the file does: one line each, at the same stops', () => {
    const template = formatById(narrow.formatId);
    const blocks = documentBlocks(template, narrow, computeReport(template, narrow));
    const rows = blocks.flatMap((b) => (b.kind === 'para' && b.tabs ? [b] : []));
    expect(rows.map((b) => [b.text, b.tabs?.skip])).toEqual([
      [NARROW_HEADER, 1],
      [ROW, 0],
    ]);
    const layout = layoutDocument(blocks);
    for (const [i, b] of blocks.entries())
      if (b.kind === 'para' && b.tabs) expect(layout.measured[i]).toMatchObject({ lines: [{}] });
    // Too wide for a line (the real table): no stops, Word's default ones.
    const wide = documentBlocks(template, report, computeReport(template, report));
    expect(wide.some((b) => b.kind === 'para' && b.tabs)).toBe(false);
  });
});
