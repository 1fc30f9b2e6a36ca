import { invalidCellMessage, readCell } from '@/domain/report/read-cell';
import { cellWrite, type CellWrite } from '@/store/editor-store';
import type { CellId, CellTemplate } from '@/domain/template/types';
import type { GridModel } from './grid-model';

/**
 * Parses text copied from Excel or WPS: rows separated by \r\n or \n, cells by tabs; cells that
 * contain a tab, newline or quote come quoted ("a""b"). A trailing newline ends the last row.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i] as string;
    if (atCellStart && ch === '"') {
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j += 1;
          break;
        }
        value += text[j];
        j += 1;
      }
      const next = text[j];
      if (closed && (next === undefined || next === '\t' || next === '\n' || next === '\r')) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Whether pasted text is a block (more than one cell) rather than a single value. */
export function isBlock(text: string): boolean {
  const rows = parseTsv(text);
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1;
}

export interface PasteRejection {
  readonly id: CellId | null;
  readonly text: string;
  readonly reason: string;
}

export interface PastePlan {
  /** Every cell to write, the invalid ones (as pasted) included. */
  readonly writes: readonly CellWrite[];
  /** Cells not written: outside the table, or computed. */
  readonly rejected: readonly PasteRejection[];
  /** Cells written with a text that is not a value: kept as pasted, reported by the checks. */
  readonly invalid: readonly PasteRejection[];
}

/** Maps a pasted block onto the table from `start`, by data row and by value cell within a row. */
export function planPaste(
  model: GridModel,
  cells: ReadonlyMap<CellId, CellTemplate>,
  start: CellId,
  block: readonly (readonly string[])[],
): PastePlan {
  const origin = model.byId.get(start);
  const writes: CellWrite[] = [];
  const rejected: PasteRejection[] = [];
  const invalid: PasteRejection[] = [];
  if (!origin) return { writes, rejected, invalid };
  const startIndex = (model.rows[origin.row] ?? []).indexOf(origin);
  block.forEach((line, i) => {
    const row = model.rows[origin.row + i];
    line.forEach((text, j) => {
      const placed = row?.[startIndex + j];
      if (!placed) {
        if (text.trim() !== '') rejected.push({ id: null, text, reason: '超出表格范围' });
        return;
      }
      const template = cells.get(placed.id);
      if (!template) return;
      if (placed.computed) {
        if (text.trim() !== '') {
          rejected.push({ id: placed.id, text, reason: `${template.label}为自动计算，不粘贴` });
        }
        return;
      }
      writes.push(cellWrite(template, text));
      const reading = readCell(template, text);
      if (reading.kind === 'invalid') {
        invalid.push({ id: placed.id, text, reason: invalidCellMessage(template, reading) });
      }
    });
  });
  return { writes, rejected, invalid };
}
