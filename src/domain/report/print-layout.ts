import { labelLines } from '../format/label-lines';
import type { GridCell, LabelGridCell, TableTemplate } from '../template/types';

/**
 * The printed page after GB/T 9704-2012 (党政机关公文格式), read by both the Word exporter and the
 * paged preview so the two lay the document out from the same numbers. Lengths are in twips
 * (1/20 pt) unless named otherwise; font sizes in half-points (docx `size`).
 */

/** Millimetres to twips (1 mm = 1440 / 25.4 twips). */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

export const page = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** Distance of the footer (page number) from the bottom edge. */
  footer: mm(28) - mm(7),
} as const;

/** Width between the margins: 156 mm. */
export const textWidth = page.width - page.margin.left - page.margin.right;
/** Height between the margins: 225 mm. */
export const textHeight = page.height - page.margin.top - page.margin.bottom;

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt, 小五 9 pt. */
export const sizes = {
  title: 44,
  body: 32,
  pageNumber: 28,
  table: 21,
  tableSmall: 18,
} as const;

/**
 * The document grid of GB/T 9704-2012 (5.2.2): 22 lines of 28 characters in the 156 × 225 mm
 * text block. The line pitch is the text height over 22 (28.9 pt); the character pitch the text
 * width over 28 (15.8 pt), a little less than the 16 pt of 三号.
 *
 * Word's own way to get 28 characters is a `linesAndChars` grid with a negative w:charSpace, but
 * LibreOffice (7.4) then sets the first line of each paragraph at two grid cells a character
 * (12 characters spread over the line). So the grid is a line grid (`lines`) and body text is
 * condensed by `runSpacing` (w:spacing) to set 28 characters a line, justified, in Word, WPS and
 * LibreOffice alike.
 */
export const grid = {
  lines: 22,
  chars: 28,
  linePitch: Math.floor(textHeight / 22),
  charPitch: textWidth / 28,
  /**
   * Spacing added to each body character, in twentieths of a point: −0.4 pt, so 16 pt characters
   * advance 15.6 pt. 28 of them leave 5 pt of the line, where LibreOffice squeezes a closing
   * `、，。` that may not begin the next line; with less room it hangs it past the margin of a
   * justified line and does not paint it (`内容、` printed `内容`). 29 never fit.
   */
  runSpacing: -8,
} as const;

/** Body line spacing: exactly one grid line (28.9 pt), 22 lines a page. */
export const bodyLine = grid.linePitch;
/** The title's line spacing (二号, 35 pt) and the blank line under it. */
export const titleLine = 700;

/** Grid column widths in twips: the template's relative hints scaled to the text width. */
export function gridColumnWidths(table: TableTemplate): number[] {
  const total = table.columnWidths.reduce((a, b) => a + b, 0);
  const widths = table.columnWidths.map((w) => Math.floor((w / total) * textWidth));
  const rest = textWidth - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  return widths;
}

export interface TableLook {
  /** Font size of headers and values, half-points. */
  readonly size: number;
  /** Font size of row labels and 表三's corner, half-points. */
  readonly labelSize: number;
  /** Left and right cell margin, twips. */
  readonly margin: number;
}

const fontSize = (size: TableTemplate['layout']['size']): number =>
  size === 'small' ? sizes.tableSmall : sizes.table;

/** A table's look from its template's layout hints (表四's 15 columns want 小五, tight margins). */
export function tableLook(table: TableTemplate): TableLook {
  return {
    size: fontSize(table.layout.size),
    labelSize: fontSize(table.layout.labelSize),
    margin: table.layout.margin,
  };
}

/** Line height of table text: exactly 1.3 times its size (twips). */
export const tableLineHeight = (size: number): number => Math.round(size * 13);
/** Top and bottom cell margin, twips. */
export const tableCellPadding = 20;

/** A cell of the printed grid where it sits: its first grid column and its column span. */
export type PlacedCell =
  | { readonly kind: 'cell'; readonly cell: GridCell; readonly col: number; readonly span: number }
  | { readonly kind: 'continue'; readonly col: number; readonly span: number };

/**
 * Every row of the grid with its cells placed in grid columns, including the `continue` cells a
 * row label merged from above leaves in the rows below it (Word writes them; HTML skips them).
 */
export function placeCells(table: TableTemplate): PlacedCell[][] {
  const open = new Map<number, { remaining: number; span: number }>();
  return table.rows.map((row) => {
    const out: PlacedCell[] = [];
    let col = 0;
    const continueMerges = (): void => {
      for (let o = open.get(col); o; o = open.get(col)) {
        out.push({ kind: 'continue', col, span: o.span });
        o.remaining -= 1;
        if (o.remaining === 0) open.delete(col);
        col += o.span;
      }
    };
    for (const cell of row.cells) {
      continueMerges();
      const span = cell.colSpan ?? 1;
      out.push({ kind: 'cell', cell, col, span });
      if (cell.kind === 'label' && (cell.rowSpan ?? 1) > 1) {
        open.set(col, { remaining: (cell.rowSpan ?? 1) - 1, span });
      }
      col += span;
    }
    continueMerges();
    return out;
  });
}

export interface LabelLayout {
  readonly size: number;
  readonly align: 'left' | 'center';
  /** Left and right margin of this cell when it differs from the table's. */
  readonly margin?: number;
  /** The label's lines, broken between words. */
  readonly lines: readonly string[];
}

/** How a fixed label prints: size, alignment, margin and its lines (between words). */
export function labelLayout(
  table: TableTemplate,
  cell: LabelGridCell,
  col: number,
  span: number,
  widths: readonly number[] = gridColumnWidths(table),
): LabelLayout {
  const look = tableLook(table);
  const isLabel = cell.role === 'rowLabel' || cell.role === 'corner';
  const size = isLabel ? look.labelSize : look.size;
  const align =
    cell.role === 'corner' ||
    (cell.role === 'rowLabel' && table.layout.leftRowLabels === true && col > 0)
      ? 'left'
      : 'center';
  // 表三's narrow group columns (三、本年度办理结果, （三）不予公开…) take tight margins.
  const narrow =
    cell.role === 'rowLabel' && span === 1 && col < (table.layout.narrowLabelColumns ?? 0)
      ? 14
      : undefined;
  const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const inner = width - 2 * (narrow ?? look.margin);
  // Half-points to twips: ×10. A hair of slack for rounding in the renderers.
  const lines = labelLines(cell.text, inner / (size * 10) - 0.05);
  return { size, align, lines, ...(narrow === undefined ? {} : { margin: narrow }) };
}

/** Rows of a merged group at most this long are kept on one page (表三's （三）…（六） groups). */
const KEEP_GROUP_ROWS = 10;
/** Of a longer group (三、本年度办理结果) the first rows stay together, with its label. */
const KEEP_GROUP_HEAD = 4;
/** Tables of at most this many rows (表二, 表四) are kept on one page. */
const KEEP_WHOLE_ROWS = 20;

/**
 * For each row, whether it is kept with the next one: header rows with the first data row, the
 * small tables whole, and the rows of a merged group label together, so that no page break cuts
 * a group label in two (`（四）无法提` / `供`).
 */
export function rowsKeptWithNext(table: TableTemplate): boolean[] {
  const n = table.rows.length;
  const keep = new Array<boolean>(n).fill(false);
  const leadingHeaders = table.rows.findIndex((r) => r.kind !== 'header');
  const keepWhole = n <= KEEP_WHOLE_ROWS;
  for (let i = 0; i < n - 1; i += 1) if (keepWhole || i < leadingHeaders) keep[i] = true;
  table.rows.forEach((row, i) => {
    for (const cell of row.cells) {
      const span = cell.kind === 'label' ? (cell.rowSpan ?? 1) : 1;
      if (span <= 1) continue;
      const kept = span <= KEEP_GROUP_ROWS ? span : KEEP_GROUP_HEAD;
      for (let k = i; k < Math.min(i + kept - 1, n - 1); k += 1) keep[k] = true;
    }
  });
  return keep;
}

/** Width of the table rules (w:sz 4: half a point), twips. */
export const tableBorder = 10;

/**
 * The height of each printed row, twips, as LibreOffice sets the exported table: the tallest
 * cell's lines (exact line height) and its top and bottom margins, plus one rule. Values print
 * on one line; a merged label taller than its rows lengthens the last of them. The table's
 * bottom rule adds `tableBorder` below the last row.
 */
export function rowHeights(table: TableTemplate): number[] {
  const look = tableLook(table);
  const widths = gridColumnWidths(table);
  const placed = placeCells(table);
  const cellHeight = (lines: number, size: number): number =>
    Math.max(1, lines) * tableLineHeight(size) + 2 * tableCellPadding;
  const heights = placed.map((row) => {
    let h = 0;
    for (const p of row) {
      if (p.kind === 'continue') h = Math.max(h, cellHeight(1, look.size));
      else if (p.cell.kind === 'value') h = Math.max(h, cellHeight(1, look.size));
      else if ((p.cell.rowSpan ?? 1) <= 1) {
        const layout = labelLayout(table, p.cell, p.col, p.span, widths);
        h = Math.max(h, cellHeight(layout.lines.filter((l) => l !== '').length, layout.size));
      }
    }
    return h + tableBorder;
  });
  placed.forEach((row, r) => {
    for (const p of row) {
      if (p.kind !== 'cell' || p.cell.kind !== 'label' || (p.cell.rowSpan ?? 1) <= 1) continue;
      const span = Math.min(p.cell.rowSpan ?? 1, heights.length - r);
      const layout = labelLayout(table, p.cell, p.col, p.span, widths);
      const need =
        cellHeight(layout.lines.filter((l) => l !== '').length, layout.size) + tableBorder;
      const have = heights.slice(r, r + span).reduce((a, b) => a + b, 0);
      const last = r + span - 1;
      if (need > have) heights[last] = (heights[last] ?? 0) + need - have;
    }
  });
  return heights;
}
