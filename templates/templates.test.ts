import { describe, expect, it } from 'vitest';
import { FIRST_REPORT_YEAR } from '../src/domain/report/read-year';
import { indexTemplate, topologicalOrder } from '../src/domain/template/lookup';
import type { GridRow, LabelGridCell, TableTemplate } from '../src/domain/template/types';
import reference2019 from './fixtures/reference/format-2019.json';
import reference2021 from './fixtures/reference/format-2021.json';
import { formats, formatById } from './index';

/**
 * Tests on the template data itself: every label and merge equals the reference files copied
 * from ../shared/reference (character for character), ids are unique and well-formed, every
 * formula resolves, and no computed cell depends on itself.
 */

interface RefCell {
  text: string;
  rowspan?: number;
  colspan?: number;
}
const references = { '2019': reference2019, '2021': reference2021 } as const;

const asRef = (c: LabelGridCell): RefCell => ({
  text: c.text,
  ...(c.rowSpan && c.rowSpan > 1 ? { rowspan: c.rowSpan } : {}),
  ...(c.colSpan && c.colSpan > 1 ? { colspan: c.colSpan } : {}),
});
const labelCells = (row: GridRow): RefCell[] =>
  row.cells.filter((c): c is LabelGridCell => c.kind === 'label').map(asRef);
const table = (id: string, formatId: '2019' | '2021'): TableTemplate => {
  const t = formatById(formatId).tables.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};

describe.each(['2019', '2021'] as const)('format %s equals the reference', (formatId) => {
  const ref = references[formatId];
  const template = formatById(formatId);

  it('has the six section headings', () => {
    expect(template.sections.map((s) => s.heading)).toEqual(ref.sections.map((s) => s.heading));
  });

  it('names the notice', () => {
    expect(template.notice.number).toBe(ref.document.number);
    expect(template.notice.attachmentTitle).toBe(ref.document.attachment_title);
    expect(template.years.from).toBe(ref.applies_to_report_years.from);
    expect(template.years.to).toBe(ref.applies_to_report_years.to);
  });

  it('表三 header grid, body labels and merges', () => {
    const t3 = table('t3', formatId);
    const refT3 = ref.tables.table3;
    expect(t3.rows.filter((r) => r.kind === 'header').map(labelCells)).toEqual(refT3.header_grid);
    const body = t3.rows.filter((r) => r.kind === 'data');
    expect(body).toHaveLength(refT3.body_row_count);
    expect(body.map(labelCells)).toEqual(refT3.body_grid.map((r) => r.label_cells));
    expect(t3.gridColumns).toBe(refT3.grid_columns);
    expect(template.balanceRuleText).toBe(
      ref.relations.find((r) => r.id === 't3_balance')?.printed_text,
    );
  });

  it('表四 header grid and one row of 15 values', () => {
    const t4 = table('t4', formatId);
    const refT4 = ref.tables.table4;
    expect(t4.rows.filter((r) => r.kind === 'header').map(labelCells)).toEqual(refT4.header_grid);
    const body = t4.rows.filter((r) => r.kind === 'data');
    expect(body).toHaveLength(1);
    expect(body[0]?.cells.filter((c) => c.kind === 'value')).toHaveLength(
      refT4.body_grid[0]?.value_cells ?? -1,
    );
    expect(t4.cells.map((c) => c.columnLabels.at(-1))).toEqual(
      refT4.leaf_columns.map((c) => c.label),
    );
  });

  it('表二 blocks: captions, column labels with spans, row labels', () => {
    const t2 = table('t2', formatId);
    const refT2 = ref.tables.table2;
    expect(t2.gridColumns).toBe(refT2.grid_columns);
    const expected: RefCell[][] = [];
    for (const block of refT2.blocks) {
      expected.push([{ text: block.caption, colspan: refT2.grid_columns }]);
      expected.push(
        block.columns.map((c) => {
          const span = 'span' in c ? c.span : 'grid_span_observed' in c ? c.grid_span_observed : 1;
          return { text: c.label, ...(span && span > 1 ? { colspan: span } : {}) };
        }),
      );
      for (const row of block.rows) expected.push([{ text: row.label }]);
    }
    expect(t2.rows.map(labelCells)).toEqual(expected);
    for (const row of t2.rows) {
      const width = row.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0);
      expect(width, `row ${row.row ?? row.kind}`).toBe(t2.gridColumns);
    }
  });
});

describe.each(formats.map((f) => [f.id, f] as const))('format %s data', (_id, template) => {
  const index = indexTemplate(template);

  it('cell ids are unique, ASCII `table.row.column`, and match their parts', () => {
    const ids = template.tables.flatMap((t) => t.cells.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of index.cells.values()) {
      expect(c.id).toMatch(/^t[234]\.[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/);
      expect(c.id).toBe(`${c.table}.${c.row}.${c.column}`);
    }
  });

  it('every grid value cell refers to a declared cell, each exactly once', () => {
    for (const t of template.tables) {
      const refs = t.rows.flatMap((r) =>
        r.cells.flatMap((c) => (c.kind === 'value' ? [c.cell] : [])),
      );
      expect([...refs].sort()).toEqual(t.cells.map((c) => c.id).sort());
    }
  });

  it('every formula and balance term resolves to a cell', () => {
    for (const c of index.computedCells)
      for (const ref of c.computed?.sum ?? [])
        expect(index.cells.has(ref), `${c.id} → ${ref}`).toBe(true);
    for (const rel of template.balance)
      for (const ref of [...rel.left, ...rel.right]) expect(index.cells.has(ref)).toBe(true);
  });

  it('every declared fact, cross-year and item relation names cells of the format', () => {
    const named = [
      ...Object.values(template.facts).flatMap((f) => f.cells),
      ...template.crossYear.flatMap((r) =>
        r.kind === 'carry' ? [r.cell, r.from] : [r.cell, r.plus, r.minus],
      ),
      ...template.itemRelations.flatMap((r) => [r.previous, r.change, r.decisions ?? r.change]),
    ];
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((id) => !index.cells.has(id))).toEqual([]);
    for (const fact of Object.values(template.facts)) expect(fact.cells.length).toBeGreaterThan(0);
  });

  it.each(index.computedCells.map((c) => [c.id]))('computed cell %s has no cycle', (id) => {
    const cell = index.cells.get(id);
    expect(cell).toBeDefined();
    if (cell) expect(() => topologicalOrder([cell], index.cells)).not.toThrow();
  });

  it('accessible names hold row and column labels', () => {
    for (const c of index.cells.values()) {
      expect(c.label).toContain(c.columnLabels.at(-1));
      if (c.rowLabels.length > 0) expect(c.label).toContain(c.rowLabels.at(-1));
    }
  });

  it('row widths fill the grid', () => {
    for (const t of template.tables) {
      expect(t.columnWidths).toHaveLength(t.gridColumns);
    }
  });
});

it('detects a cycle among computed cells', () => {
  const a = {
    id: 't3.a.x',
    table: 't3',
    row: 'a',
    column: 'x',
    type: 'count',
    rowLabels: [],
    columnLabels: [],
    label: '',
    computed: { sum: ['t3.b.x'] },
  } as const;
  const b = { ...a, id: 't3.b.x', row: 'b', computed: { sum: ['t3.a.x'] } } as const;
  const cells = new Map([a, b].map((c) => [c.id, c]));
  expect(() => topologicalOrder([a, b], cells)).toThrow(/cycle/);
});

it('accessible names for the ambiguous leaves of the issue', () => {
  const names = formatById('2021').tables.flatMap((t) => t.cells.map((c) => c.label));
  expect(names).toContain('（一）予以公开 自然人');
  expect(names).toContain('行政复议 结果维持');
  expect(names).toContain('未经复议直接起诉 结果维持');
  expect(names).toContain('（六）其他处理 3.其他 法人或其他组织 其他');
});

it('the first report year a clerk can enter is the first year of the oldest format', () => {
  expect(Math.min(...formats.map((f) => f.years.from))).toBe(FIRST_REPORT_YEAR);
});
