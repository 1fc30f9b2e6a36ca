import { cellValueNumber } from '../format/cell-value';
import type { Report } from '../report/types';
import { indexTemplate } from '../template/lookup';
import type { CellId, FormatTemplate } from '../template/types';

/**
 * A computed cell's value. Blank operands make a total `incomplete`: it carries the partial sum
 * of what is filled so the form can show it greyed, but it must never look final.
 */
export type ComputedCell =
  | { readonly status: 'complete'; readonly value: number }
  | { readonly status: 'incomplete'; readonly partial: number; readonly blanks: number };

export type ComputedValues = ReadonlyMap<CellId, ComputedCell>;

/**
 * Computes every computed cell of the template (表三 总计 column and （七）总计 row, 表四 总计)
 * from the report's inputs. Pure; O(number of formula operands).
 * Values of input cells that are not canonical values of their type (text, `1.5` or `-3` in a
 * count, `' 21'`, `''`) count as blank; the checks report them.
 */
export function computeReport(template: FormatTemplate, report: Report): ComputedValues {
  const { evaluationOrder, cells } = indexTemplate(template);
  const out = new Map<CellId, ComputedCell>();
  for (const cell of evaluationOrder) {
    let sum = 0;
    let blanks = 0;
    for (const ref of cell.computed?.sum ?? []) {
      const dep = out.get(ref);
      if (dep) {
        if (dep.status === 'complete') sum += dep.value;
        else {
          sum += dep.partial;
          blanks += dep.blanks;
        }
        continue;
      }
      const n = cellValueNumber(report.cells[ref], cells.get(ref)?.type ?? 'count');
      if (n !== null) sum += n;
      else blanks += 1;
    }
    out.set(
      cell.id,
      blanks === 0
        ? { status: 'complete', value: sum }
        : { status: 'incomplete', partial: sum, blanks },
    );
  }
  return out;
}

/**
 * The value of any cell as a number: inputs from the report, computed cells from `computed`.
 * `null` when blank or incomplete.
 */
export function cellNumber(report: Report, computed: ComputedValues, id: CellId): number | null {
  const c = computed.get(id);
  if (c) return c.status === 'complete' ? c.value : null;
  const raw = report.cells[id];
  return raw !== undefined && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : null;
}

/** Text of a cell as it prints: the number, or '' when blank or incomplete. Never 'NaN'/'undefined'. */
export function cellDisplay(report: Report, computed: ComputedValues, id: CellId): string {
  const c = computed.get(id);
  if (c) return c.status === 'complete' ? String(c.value) : '';
  return report.cells[id] ?? '';
}
