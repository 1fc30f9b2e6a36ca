import type {
  CellTemplate,
  GridCell,
  GridRow,
  MoneyUnit,
  TableTemplate,
  ValueType,
} from '../../src/domain/template/types';

/**
 * 表二 (主动公开政府信息情况) is one table of blocks; each block is a caption row spanning the
 * grid, a header row, and data rows. The formats differ in their blocks, which they declare as
 * data; this turns the declaration into the printed grid and the cell list.
 */

export interface Table2Column {
  readonly id: string;
  readonly label: string;
  /** Grid columns this column spans (default 1). */
  readonly span?: number;
  readonly type: ValueType;
  readonly unit?: MoneyUnit;
  readonly unitInHeader?: boolean;
}

export interface Table2Block {
  readonly caption: string;
  readonly columns: readonly Table2Column[];
  readonly rows: readonly { readonly id: string; readonly label: string }[];
}

export const CONTENT_LABEL = '信息内容';

export function buildTable2(
  gridColumns: number,
  columnWidths: readonly number[],
  blocks: readonly Table2Block[],
): TableTemplate {
  const rows: GridRow[] = [];
  const cells: CellTemplate[] = [];
  for (const block of blocks) {
    rows.push({
      kind: 'caption',
      cells: [{ kind: 'label', role: 'caption', text: block.caption, colSpan: gridColumns }],
    });
    rows.push({
      kind: 'header',
      cells: [
        { kind: 'label', role: 'header', text: CONTENT_LABEL },
        ...block.columns.map((c): GridCell => ({
          kind: 'label',
          role: 'header',
          text: c.label,
          ...(c.span ? { colSpan: c.span } : {}),
        })),
      ],
    });
    for (const row of block.rows) {
      const valueCells: GridCell[] = [];
      for (const col of block.columns) {
        const id = `t2.${row.id}.${col.id}`;
        cells.push({
          id,
          table: 't2',
          row: row.id,
          column: col.id,
          type: col.type,
          ...(col.unit ? { unit: col.unit, unitInHeader: col.unitInHeader ?? false } : {}),
          rowLabels: [block.caption, row.label],
          columnLabels: [col.label],
          label: `${row.label} ${col.label}`,
        });
        valueCells.push({ kind: 'value', cell: id, ...(col.span ? { colSpan: col.span } : {}) });
      }
      rows.push({
        kind: 'data',
        row: row.id,
        cells: [{ kind: 'label', role: 'rowLabel', text: row.label }, ...valueCells],
      });
    }
  }
  return {
    id: 't2',
    shortName: '表二',
    importName: '主动公开表',
    layout: { size: 'normal', labelSize: 'normal', margin: 57 },
    section: 'proactive',
    title: '主动公开政府信息情况',
    gridColumns,
    columnWidths,
    rows,
    cells,
  };
}
