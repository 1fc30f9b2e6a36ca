import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { ComputedValues } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { CellTemplate, GridCell, TableTemplate } from '@/domain/template/types';
import {
  gridColumnWidths,
  labelLayout,
  placeCells,
  rowsKeptWithNext,
  tableCellPadding,
  tableLineHeight,
  tableLook,
} from '@/domain/report/print-layout';
import { printedCellText } from './cell-text';
import { noGridStyle } from './grid-styles';
import { textRun } from './runs';
import { fonts, textWidth } from './styles';

export { gridColumnWidths } from '@/domain/report/print-layout';

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** Single black lines around and between every cell, as the official tables print. */
export const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

/**
 * One cell's paragraph; `lines` are its lines as chosen by `labelLines` (explicit breaks, so no
 * renderer breaks a word). Table text does not snap to the document's character grid.
 */
function cellParagraph(
  lines: readonly string[],
  size: number,
  align: 'left' | 'center',
): Paragraph {
  return new Paragraph({
    style: noGridStyle,
    alignment: align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { line: tableLineHeight(size), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: lines
      .filter((line) => line !== '')
      .map((line, i) => textRun(line, fonts.body, size, { break: i > 0 })),
  });
}

/**
 * 表二/三/四 from `table.rows`, with the official merges: colSpan → gridSpan, rowSpan → a vMerge
 * `restart` cell and `continue` cells below it. Every cell has its width, the table its grid,
 * its width and fixed layout; header rows repeat, no row splits across pages.
 */
export function buildTable(table: TableTemplate, report: Report, computed: ComputedValues): Table {
  const look = tableLook(table);
  const widths = gridColumnWidths(table);
  const byId = new Map<string, CellTemplate>(table.cells.map((c) => [c.id, c]));
  const spanWidth = (col: number, span: number): number =>
    widths.slice(col, col + span).reduce((a, b) => a + b, 0);

  const tableCell = (
    paragraph: Paragraph,
    col: number,
    span: number,
    merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType],
    margin?: number,
  ): TableCell =>
    new TableCell({
      children: [paragraph],
      ...(margin === undefined
        ? {}
        : {
            margins: {
              left: margin,
              right: margin,
              top: tableCellPadding,
              bottom: tableCellPadding,
            },
          }),
      width: { size: spanWidth(col, span), type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      ...(span > 1 ? { columnSpan: span } : {}),
      ...(merge ? { verticalMerge: merge } : {}),
    });

  const renderCell = (cell: GridCell, col: number, span: number): TableCell => {
    if (cell.kind === 'value') {
      const template = byId.get(cell.cell);
      const text = template ? printedCellText(template, report, computed) : '';
      return tableCell(cellParagraph([text], look.size, 'center'), col, span);
    }
    const layout = labelLayout(table, cell, col, span, widths);
    const merge = (cell.rowSpan ?? 1) > 1 ? VerticalMergeType.RESTART : undefined;
    return tableCell(
      cellParagraph(layout.lines, layout.size, layout.align),
      col,
      span,
      merge,
      layout.margin,
    );
  };

  // Only the header rows at the top repeat (Word ignores the flag further down).
  const leadingHeaders = table.rows.findIndex((r) => r.kind !== 'header');
  const keepWithNext = rowsKeptWithNext(table);
  const rows = placeCells(table).map(
    (placed, rowIndex) =>
      new TableRow({
        children: placed.map((p) =>
          p.kind === 'cell'
            ? renderCell(p.cell, p.col, p.span)
            : tableCell(
                cellParagraph([], look.size, 'center'),
                p.col,
                p.span,
                VerticalMergeType.CONTINUE,
              ),
        ),
        cantSplit: true,
        ...(rowIndex < leadingHeaders ? { tableHeader: true } : {}),
        ...(keepWithNext[rowIndex] ? { keepNext: true } : {}),
      }),
  );

  return new Table({
    rows,
    columnWidths: widths,
    width: { size: textWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders,
    margins: {
      top: tableCellPadding,
      bottom: tableCellPadding,
      left: look.margin,
      right: look.margin,
    },
  });
}
