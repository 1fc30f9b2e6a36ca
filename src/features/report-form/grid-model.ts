import type { CellId, CellTemplate, TableTemplate } from '@/domain/template/types';

/**
 * The spreadsheet model of a printed table: where each value cell sits in the grid (after the
 * official merges), and how the arrow keys, Enter and Tab move between input cells.
 */

export interface PlacedValue {
  readonly id: CellId;
  /** Index among the table's data rows that hold value cells. */
  readonly row: number;
  /** First grid column it covers, and how many. */
  readonly col: number;
  readonly span: number;
  readonly computed: boolean;
}

export interface GridModel {
  /** Value cells per data row, left to right. */
  readonly rows: readonly (readonly PlacedValue[])[];
  readonly byId: ReadonlyMap<CellId, PlacedValue>;
}

/** Places every cell with the HTML table algorithm (rowSpan/colSpan occupy later slots). */
export function buildGridModel(table: TableTemplate): GridModel {
  const cellsById = new Map<CellId, CellTemplate>(table.cells.map((c) => [c.id, c]));
  const occupied: boolean[][] = [];
  const rows: PlacedValue[][] = [];
  const byId = new Map<CellId, PlacedValue>();
  table.rows.forEach((gridRow, r) => {
    const taken = (occupied[r] ??= []);
    let col = 0;
    const values: PlacedValue[] = [];
    for (const cell of gridRow.cells) {
      while (taken[col]) col += 1;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.kind === 'label' ? (cell.rowSpan ?? 1) : 1;
      for (let dr = 0; dr < rowSpan; dr += 1) {
        const line = (occupied[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc += 1) line[col + dc] = true;
      }
      if (cell.kind === 'value') {
        const placed: PlacedValue = {
          id: cell.cell,
          row: rows.length,
          col,
          span: colSpan,
          computed: Boolean(cellsById.get(cell.cell)?.computed),
        };
        values.push(placed);
        byId.set(placed.id, placed);
      }
      col += colSpan;
    }
    if (values.length > 0) rows.push(values);
  });
  return { rows, byId };
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev';

/** The cell of `row` covering grid column `col`, or the nearest one. */
function cellAtColumn(row: readonly PlacedValue[], col: number): PlacedValue | undefined {
  const covering = row.find((c) => col >= c.col && col < c.col + c.span);
  if (covering) return covering;
  let best: PlacedValue | undefined;
  for (const c of row) {
    if (!best || Math.abs(c.col - col) < Math.abs(best.col - col)) best = c;
  }
  return best;
}

/**
 * The input cell reached from `from` by `move`, skipping computed cells; `null` when there is
 * none in that direction. `next`/`prev` (Tab/Shift+Tab) wrap to the following/preceding row.
 */
export function moveFrom(model: GridModel, from: CellId, move: Move): CellId | null {
  const start = model.byId.get(from);
  if (!start) return null;
  if (move === 'left' || move === 'right') {
    const row = model.rows[start.row] ?? [];
    const step = move === 'right' ? 1 : -1;
    for (let i = row.indexOf(start) + step; i >= 0 && i < row.length; i += step) {
      const c = row[i];
      if (c && !c.computed) return c.id;
    }
    return null;
  }
  if (move === 'next' || move === 'prev') {
    const flat = model.rows.flat();
    const step = move === 'next' ? 1 : -1;
    for (let i = flat.indexOf(start) + step; i >= 0 && i < flat.length; i += step) {
      const c = flat[i];
      if (c && !c.computed) return c.id;
    }
    return null;
  }
  const step = move === 'down' ? 1 : -1;
  for (let r = start.row + step; r >= 0 && r < model.rows.length; r += step) {
    const c = cellAtColumn(model.rows[r] ?? [], start.col);
    if (c && !c.computed) return c.id;
  }
  return null;
}

/** The first input cell of the table (where paste and focus start by default). */
export function firstInput(model: GridModel): CellId | null {
  return model.rows.flat().find((c) => !c.computed)?.id ?? null;
}
