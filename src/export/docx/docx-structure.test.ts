import { describe, expect, it, vi } from 'vitest';
import { computeReport } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { TableTemplate } from '@/domain/template/types';
import {
  all,
  docxParts,
  foldMerges,
  parseXml,
  readTables,
  textOf,
  type GridText,
} from '@/testing/docx-xml';
import { fullReport } from '@/testing/export-reports';
import { formatById } from '@templates/index';
import reference2019 from '@templates/fixtures/reference/format-2019.json';
import reference2021 from '@templates/fixtures/reference/format-2021.json';
import { printedCellText } from './cell-text';
import { packReportDocx } from './pack';
import { grid, mm, textWidth } from './styles';

// LibreOffice and poppler run as child processes: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

const references = { '2019': reference2019, '2021': reference2021 } as const;

async function exported(report: Report) {
  const parts = docxParts(await packReportDocx(report));
  const doc = parseXml(parts['word/document.xml'] ?? '');
  return { parts, doc, tables: readTables(doc) };
}

/** What the template says the table prints: labels and printed values with their spans. */
function expectedGrid(table: TableTemplate, report: Report): GridText[][] {
  const computed = computeReport(formatById(report.formatId), report);
  const byId = new Map(table.cells.map((c) => [c.id, c]));
  return table.rows.map((row) =>
    row.cells.map((cell) => {
      const span = cell.colSpan && cell.colSpan > 1 ? { colspan: cell.colSpan } : {};
      if (cell.kind === 'value') {
        const t = byId.get(cell.cell);
        return { text: t ? printedCellText(t, report, computed) : '?', ...span };
      }
      return {
        text: cell.text,
        ...(cell.rowSpan && cell.rowSpan > 1 ? { rowspan: cell.rowSpan } : {}),
        ...span,
      };
    }),
  );
}

describe.each(['2019', '2021'] as const)('format %s .docx structure', (formatId) => {
  const template = formatById(formatId);
  const ref = references[formatId];
  const report = fullReport(formatId);

  it('has tables 二, 三, 四 with the template grid: every label, merge and value', async () => {
    const { tables } = await exported(report);
    expect(tables).toHaveLength(3);
    template.tables.forEach((table, i) => {
      const docx = tables[i];
      if (!docx) throw new Error(`table ${table.id} missing`);
      expect(docx.gridColumns).toHaveLength(table.gridColumns);
      expect(docx.rows).toHaveLength(table.rows.length);
      expect(foldMerges(docx)).toEqual(expectedGrid(table, report));
      // Every row covers the whole grid.
      for (const row of docx.rows)
        expect(row.cells.reduce((n, c) => n + c.gridSpan, 0)).toBe(table.gridColumns);
    });
  });

  it('labels equal the reference data character for character', async () => {
    const { tables } = await exported(report);
    const [t2, t3, t4] = tables.map(foldMerges);
    const refT3 = ref.tables.table3;
    expect(t3?.slice(0, 3)).toEqual(refT3.header_grid);
    expect(t3?.slice(3).map((r) => r.slice(0, r.length - 7))).toEqual(
      refT3.body_grid.map((r) => r.label_cells),
    );
    const refT4 = ref.tables.table4;
    expect(t4?.slice(0, 3)).toEqual(refT4.header_grid);
    expect(t4?.[3]).toHaveLength(refT4.body_grid[0]?.value_cells ?? -1);
    const refT2 = ref.tables.table2;
    const labels: GridText[][] = [];
    for (const block of refT2.blocks) {
      labels.push([{ text: block.caption, colspan: refT2.grid_columns }]);
      labels.push(
        block.columns.map((c) => {
          const span = 'span' in c ? c.span : 'grid_span_observed' in c ? c.grid_span_observed : 1;
          return { text: c.label, ...(span && span > 1 ? { colspan: span } : {}) };
        }),
      );
      for (const row of block.rows) labels.push([{ text: row.label }]);
    }
    // Data rows of 表二 print their row label first, then values.
    const t2Rows = template.tables[0]?.rows ?? [];
    expect(t2?.map((r, i) => (t2Rows[i]?.kind === 'data' ? r.slice(0, 1) : r))).toEqual(labels);
  });

  it('every cell has a width; grid, table width and fixed layout are explicit; header rows repeat', async () => {
    const { tables } = await exported(report);
    tables.forEach((table, i) => {
      expect(table.layout).toBe('fixed');
      expect(table.width).toBe(textWidth);
      expect(table.gridColumns.reduce((a, b) => a + b, 0)).toBe(textWidth);
      for (const row of table.rows) {
        expect(row.cantSplit).toBe(true);
        for (const c of row.cells) {
          expect(c.widthType).toBe('dxa');
          expect(c.width).toBeGreaterThan(0);
        }
      }
      const tmpl = template.tables[i];
      const leading = tmpl?.rows.findIndex((r) => r.kind !== 'header') ?? 0;
      expect(table.rows.map((r) => r.header)).toEqual(table.rows.map((_, j) => j < leading));
    });
    // 表三 and 表四 repeat their three header rows.
    expect(tables[1]?.rows.slice(0, 4).map((r) => r.header)).toEqual([true, true, true, false]);
    expect(tables[2]?.rows.slice(0, 4).map((r) => r.header)).toEqual([true, true, true, false]);
  });

  it('A4 page with the GB/T 9704 margins, fonts in the East Asian slot, fixed body line spacing', async () => {
    const { parts, doc } = await exported(report);
    const pgSz = all(doc, 'w:pgSz')[0];
    expect([pgSz?.getAttribute('w:w'), pgSz?.getAttribute('w:h')]).toEqual(['11906', '16838']);
    const pgMar = all(doc, 'w:pgMar')[0];
    expect(
      ['w:top', 'w:bottom', 'w:left', 'w:right'].map((a) => Number(pgMar?.getAttribute(a))),
    ).toEqual([mm(37), mm(35), mm(28), mm(26)]);
    expect([mm(37), mm(35), mm(28), mm(26)]).toEqual([2098, 1984, 1587, 1474]);

    const paragraphs = all(doc, 'w:p');
    const fontOf = (text: string): string | null | undefined => {
      const p = paragraphs.find((x) => textOf(x).startsWith(text));
      return p && all(p, 'w:rFonts')[0]?.getAttribute('w:eastAsia');
    };
    expect(fontOf('某某市人民防空办公室')).toBe('方正小标宋简体');
    for (const s of template.sections) expect(fontOf(s.heading)).toBe('黑体');
    expect(fontOf('（一）主动公开')).toBe('楷体_GB2312');
    expect(fontOf('规范办理依申请公开')).toBe('仿宋_GB2312');
    const body = paragraphs.find((x) => textOf(x).startsWith('规范办理依申请公开'));
    const spacing = body && all(body, 'w:spacing')[0];
    expect([spacing?.getAttribute('w:line'), spacing?.getAttribute('w:lineRule')]).toEqual([
      '579',
      'exact',
    ]);
    expect(body && all(body, 'w:ind')[0]?.getAttribute('w:firstLine')).toBe('632');
    expect(body && all(body, 'w:jc')[0]?.getAttribute('w:val')).toBe('both');
    // Widow and orphan control stated, as LibreOffice applies it unasked and the preview does.
    expect(body && all(body, 'w:widowControl')).toHaveLength(1);
    // 22 lines of 28.9 pt in the 225 mm text block; characters condensed to 28 a line.
    const docGrid = all(doc, 'w:docGrid')[0];
    expect([docGrid?.getAttribute('w:type'), docGrid?.getAttribute('w:linePitch')]).toEqual([
      'lines',
      '579',
    ]);
    expect(body && all(body, 'w:spacing')[1]?.getAttribute('w:val')).toBe(String(grid.runSpacing));

    const title = paragraphs[0];
    expect(title && all(title, 'w:sz')[0]?.getAttribute('w:val')).toBe('44');
    expect(title && all(title, 'w:jc')[0]?.getAttribute('w:val')).toBe('center');

    const styles = parseXml(parts['word/styles.xml'] ?? '');
    // Normal carries the body size; tables, title and page numbers do not snap to the grid.
    const style = (id: string) =>
      all(styles, 'w:style').find((x) => x.getAttribute('w:styleId') === id);
    expect(all(style('Normal')!, 'w:sz')[0]?.getAttribute('w:val')).toBe('32');
    expect(all(style('NoGrid')!, 'w:snapToGrid')[0]?.getAttribute('w:val')).toBe('0');
    expect(title && all(title, 'w:pStyle')[0]?.getAttribute('w:val')).toBe('NoGrid');
    const defaults = all(styles, 'w:docDefaults')[0];
    expect(defaults && all(defaults, 'w:rFonts')[0]?.getAttribute('w:eastAsia')).toBe(
      '仿宋_GB2312',
    );
    // Every font named anywhere has its East Asian slot set.
    for (const f of all(doc, 'w:rFonts')) expect(f.getAttribute('w:eastAsia')).toBeTruthy();

    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBeGreaterThanOrEqual(2);
    for (const [, xml] of footers) {
      const footer = parseXml(xml);
      expect(all(footer, 'w:rFonts')[0]?.getAttribute('w:eastAsia')).toBe('宋体');
      expect(all(footer, 'w:sz')[0]?.getAttribute('w:val')).toBe('28');
      expect(all(footer, 'w:instrText').map((x) => x.textContent?.trim())).toContain('PAGE');
      expect(all(footer, 'w:t').map((t) => t.textContent)).toEqual(['— ', ' —']);
    }
  });

  it('ends with the signature: agency name and the date without leading zeros, right-aligned', async () => {
    const { doc } = await exported(report);
    const last = all(doc, 'w:p').slice(-2);
    const year = (report.meta.year ?? 0) + 1;
    expect(last.map(textOf)).toEqual(['某某市人民防空办公室', `${year}年1月8日`]);
    for (const p of last) expect(all(p, 'w:jc')[0]?.getAttribute('w:val')).toBe('right');
  });
});
