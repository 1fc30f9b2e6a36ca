import { expect } from 'vitest';
import type { Report } from '@/domain/report/types';
import { formatById } from '@templates/index';

/**
 * Test support: expected cells written the way a report prints them, row by row. `_` is a
 * blank. A 表三 row lists 7 values (the last is the printed 总计, kept in reportedTotals);
 * `t4.cases` lists 15 (every fifth a printed 总计). Rows not listed must be blank.
 */

export const _ = null;
export type Row = readonly (string | null)[];

export const zeros = (n: number): Row => Array.from({ length: n }, () => '0');

/** 表三: the table 表三's balance rule is about. */
const table3 = (formatId: Report['formatId']) => {
  const template = formatById(formatId);
  return template.tables.find((t) => t.id === template.balance[0]?.table);
};

export const t3Rows = (formatId: Report['formatId']): string[] => [
  ...new Set(table3(formatId)?.cells.map((c) => c.row)),
];

/** Every 表三 row 0, except those given. */
export const allZeroT3 = (
  except: Readonly<Record<string, Row>> = {},
  formatId: Report['formatId'] = '2019',
  otherwise: Row = zeros(7),
): Record<string, Row> => {
  const id = table3(formatId)?.id ?? '';
  return Object.fromEntries(t3Rows(formatId).map((r) => [`${id}.${r}`, except[r] ?? otherwise]));
};

/** Asserts the report's cells and reported totals are exactly the listed values. */
export function expectRows(report: Report, rows: Readonly<Record<string, Row>>): void {
  const template = formatById(report.formatId);
  const cells: Record<string, string> = {};
  const totals: Record<string, string> = {};
  for (const [key, values] of Object.entries(rows)) {
    const [table, row] = key.split('.');
    const tpl = template.tables.find((t) => t.id === table);
    if (!tpl) throw new Error(key);
    // A table without row labels (表四) is one row: its key is `t4.cases`.
    const unlabelled = tpl.cells.every((c) => c.rowLabels.length === 0);
    const rowCells = unlabelled ? tpl.cells : tpl.cells.filter((c) => c.row === row);
    expect(rowCells.length, key).toBe(values.length);
    rowCells.forEach((c, i) => {
      const v = values[i];
      if (v === null || v === undefined) return;
      (c.computed ? totals : cells)[c.id] = v;
    });
  }
  expect(report.cells).toEqual(cells);
  expect(report.reportedTotals).toEqual(totals);
}
