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
import { printedCellText } from './cell-text';
import { textRun } from './runs';
import { fonts, sizes, textWidth } from './styles';

/** Grid column widths in twips: the template's relative hints scaled to the text width. */
export function gridColumnWidths(table: TableTemplate): number[] {
  const total = table.columnWidths.reduce((a, b) => a + b, 0);
  const widths = table.columnWidths.map((w) => Math.floor((w / total) * textWidth));
  const rest = textWidth - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  return widths;
}

interface TableLook {
  readonly size: number;
  readonly labelSize: number;
  readonly margin: number;
}

/** 表四's 15 columns need 小五 and tight margins; 表三's long row labels 小五 too. */
const looks: Readonly<Record<TableTemplate['id'], TableLook>> = {
  t2: { size: sizes.table, labelSize: sizes.table, margin: 57 },
  t3: { size: sizes.table, labelSize: sizes.tableSmall, margin: 57 },
  t4: { size: sizes.tableSmall, labelSize: sizes.tableSmall, margin: 20 },
};

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

function cellParagraph(text: string, size: number, align: 'left' | 'center'): Paragraph {
  return new Paragraph({
    alignment: align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { line: Math.round(size * 13), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: text === '' ? [] : [textRun(text, fonts.body, size)],
  });
}

interface Open {
  remaining: number;
  readonly span: number;
  readonly width: number;
}

/**
 * 表二/三/四 from `table.rows`, with the official merges: colSpan → gridSpan, rowSpan → a vMerge
 * `restart` cell and `continue` cells below it. Every cell has its width, the table its grid,
 * its width and fixed layout; header rows repeat, no row splits across pages.
 */
export function buildTable(table: TableTemplate, report: Report, computed: ComputedValues): Table {
  const look = looks[table.id];
  const widths = gridColumnWidths(table);
  const byId = new Map<string, CellTemplate>(table.cells.map((c) => [c.id, c]));
  const open = new Map<number, Open>();
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
        : { margins: { left: margin, right: margin, top: 20, bottom: 20 } }),
      width: { size: spanWidth(col, span), type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      ...(span > 1 ? { columnSpan: span } : {}),
      ...(merge ? { verticalMerge: merge } : {}),
    });

  // Only the header rows at the top repeat (Word ignores the flag further down). Small tables
  // (表二, 表四) are kept on one page; 表三 keeps its header with its first rows.
  const leadingHeaders = table.rows.findIndex((r) => r.kind !== 'header');
  const keepWhole = table.rows.length <= 20;
  const rows = table.rows.map((row, rowIndex) => {
    const out: TableCell[] = [];
    let col = 0;
    const continueMerges = (): void => {
      for (let o = open.get(col); o; o = open.get(col)) {
        out.push(
          tableCell(
            cellParagraph('', look.size, 'center'),
            col,
            o.span,
            VerticalMergeType.CONTINUE,
          ),
        );
        o.remaining -= 1;
        if (o.remaining === 0) open.delete(col);
        col += o.span;
      }
    };
    for (const cell of row.cells) {
      continueMerges();
      const span = cell.colSpan ?? 1;
      out.push(renderCell(cell, col, span));
      if (cell.kind === 'label' && (cell.rowSpan ?? 1) > 1) {
        open.set(col, { remaining: (cell.rowSpan ?? 1) - 1, span, width: spanWidth(col, span) });
      }
      col += span;
    }
    continueMerges();
    const isLast = rowIndex === table.rows.length - 1;
    return new TableRow({
      children: out,
      cantSplit: true,
      ...(rowIndex < leadingHeaders ? { tableHeader: true } : {}),
      ...((keepWhole && !isLast) || rowIndex <= leadingHeaders ? { keepNext: true } : {}),
    });
  });

  function renderCell(cell: GridCell, col: number, span: number): TableCell {
    if (cell.kind === 'value') {
      const template = byId.get(cell.cell);
      const text = template ? printedCellText(template, report, computed) : '';
      return tableCell(cellParagraph(text, look.size, 'center'), col, span);
    }
    const isLabel = cell.role === 'rowLabel' || cell.role === 'corner';
    const size = isLabel ? look.labelSize : look.size;
    const align =
      cell.role === 'corner' || (cell.role === 'rowLabel' && table.id === 't3' && col > 0)
        ? 'left'
        : 'center';
    const merge = (cell.rowSpan ?? 1) > 1 ? VerticalMergeType.RESTART : undefined;
    // 表三's narrow group columns (三、本年度办理结果, （三）不予公开…) fit three characters a line.
    const narrow =
      table.id === 't3' && cell.role === 'rowLabel' && span === 1 && col < 2 ? 14 : undefined;
    return tableCell(cellParagraph(cell.text, size, align), col, span, merge, narrow);
  }

  return new Table({
    rows,
    columnWidths: widths,
    width: { size: textWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders,
    margins: { top: 20, bottom: 20, left: look.margin, right: look.margin },
  });
}
