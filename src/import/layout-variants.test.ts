import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import type { CellTemplate, TableTemplate } from '@/domain/template/types';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import { seedFixtures } from '@templates/fixtures/index';
import { formatById } from '@templates/index';
import { importHtml } from './import-html';
import { importText } from './import-text';

/**
 * The five seeds (and the clean 2021 report) printed in every layout real reports come in, then
 * imported: every printed value must land in its cell. Layouts that cannot show a blank cell
 * (text copied from a PDF, one value per line) print blanks as 0, as a filled-in report does.
 */

type Layout = 'pdf' | 'lines' | 'cells' | 'markdown' | 'tabs' | 'html';
const LAYOUTS: readonly Layout[] = ['pdf', 'lines', 'cells', 'markdown', 'tabs', 'html'];
const canShowBlank = (l: Layout): boolean =>
  l === 'cells' || l === 'markdown' || l === 'tabs' || l === 'html';

function value(report: Report, c: CellTemplate, layout: Layout): string {
  const v = c.computed ? report.reportedTotals[c.id] : report.cells[c.id];
  if (v !== undefined && v !== '') return v;
  return canShowBlank(layout) ? '' : '0';
}

interface PrintedRow {
  readonly labels: readonly string[];
  readonly values: readonly string[];
}

function tableRows(t: TableTemplate, report: Report, layout: Layout): PrintedRow[] {
  const rows: PrintedRow[] = [];
  let caption = '';
  for (const row of t.rows) {
    if (row.kind === 'caption' || row.kind === 'header') {
      const texts = row.cells.flatMap((c) => (c.kind === 'label' ? [c.text] : []));
      if (row.kind === 'caption') caption = texts[0] ?? '';
      rows.push({ labels: texts, values: [] });
      continue;
    }
    const cells = t.id === 't4' ? t.cells : t.cells.filter((c) => c.row === row.row);
    const labels = t.id === 't4' ? [] : (cells[0]?.rowLabels ?? []).filter((l) => l !== caption);
    rows.push({ labels, values: cells.map((c) => value(report, c, layout)) });
  }
  return rows;
}

/** Wraps a long label as a PDF does: a first piece on the values' line, the rest below. */
function pdfLines(r: PrintedRow, page: { n: number }): string[] {
  if (r.values.length === 0) return r.labels.map((l) => (l.length > 4 ? l : l.split('').join(' ')));
  const leaf = r.labels.at(-1) ?? '';
  const group = r.labels.length > 1 ? `${r.labels.at(-2) ?? ''}   ` : '';
  const values = r.values.join('    ');
  page.n += 1;
  const out =
    leaf.length > 18
      ? [`${group}${leaf.slice(0, 14)}      ${values}`, `      ${leaf.slice(14)}`]
      : [`${group}${leaf}${' '.repeat(Math.max(2, 24 - leaf.length))}${values}`];
  return page.n % 9 === 0 ? [...out, '', `- ${page.n / 9} -`, ''] : out;
}

function tableText(t: TableTemplate, report: Report, layout: Layout): string {
  const rows = tableRows(t, report, layout);
  const page = { n: 0 };
  switch (layout) {
    case 'pdf':
      return rows.flatMap((r) => pdfLines(r, page)).join('\n');
    case 'lines':
      return rows.flatMap((r) => [...r.labels, ...r.values]).join('\n\n');
    case 'cells':
      return rows
        .flatMap((r) => [...r.labels, ...r.values].map((f) => (f === '' ? '|' : `${f} |`)))
        .join('\n');
    case 'markdown':
      return rows
        .map((r, i) => {
          const line = `| ${[...(r.values.length && r.labels.length < 2 ? [''] : []), ...r.labels, ...r.values].join(' | ')} |`;
          return i === 0 ? `${line}\n|---|---|---|` : line;
        })
        .join('\n');
    case 'tabs':
      return rows.map((r) => [...r.labels, ...r.values].join('\t')).join('\n');
    case 'html':
      return `<table>${rows
        .map(
          (r) =>
            `<tr>${[...r.labels, ...r.values].map((f) => `<td>${f || '&nbsp;'}</td>`).join('')}</tr>`,
        )
        .join('')}</table>`;
  }
}

function printed(
  report: Report,
  layout: Layout,
): { text: string; expected: Record<string, string> } {
  const template = formatById(report.formatId);
  const expected: Record<string, string> = {};
  for (const t of template.tables)
    for (const c of t.cells) {
      const v = value(report, c, layout);
      if (v !== '') expected[c.id] = v;
    }
  const m = report.meta;
  const title = `${m.agencyName}${m.year ?? ''}年政府信息公开工作年度报告`;
  const para = (p: string): string => (layout === 'html' ? `<p>${p}</p>` : p);
  const parts: string[] = [para(title)];
  for (const s of template.sections) {
    parts.push(para(s.heading));
    const table = template.tables.find((t) => t.section === s.id);
    if (table) parts.push(tableText(table, report, layout));
    else parts.push(para('本年度工作情况见上。'));
  }
  if (m.agencyName && m.reportDate) {
    const [y, mo, d] = m.reportDate.split('-').map(Number);
    parts.push(para(m.agencyName), para(`${y}年${mo}月${d}日`));
  }
  return { text: parts.join('\n'), expected };
}

const reports = [...seedFixtures, clean2021].map((f) => ({ name: f.name, report: f.report }));

describe('the seeds in every layout', () => {
  for (const { name, report } of reports)
    for (const layout of LAYOUTS) {
      it(`${name} as ${layout}`, () => {
        const { text, expected } = printed(report, layout);
        const r = layout === 'html' ? importHtml(text) : importText(text);
        if (!r.ok) throw new Error(r.message);
        expect({ ...r.report.cells, ...r.report.reportedTotals }).toEqual(expected);
        expect(r.report.formatId).toBe(report.formatId);
        expect(r.report.meta.year).toBe(report.meta.year);
        if (report.meta.agencyName) expect(r.report.meta.agencyName).toBe(report.meta.agencyName);
        if (report.meta.agencyName && report.meta.reportDate)
          expect(r.report.meta.reportDate).toBe(report.meta.reportDate);
        expect(r.unrecognised).toEqual([]);
      });
    }
});
