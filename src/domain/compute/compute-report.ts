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
 * Values of input cells that are not canonical numbers count as blank.
 */
export function computeReport(template: FormatTemplate, report: Report): ComputedValues {
  const { evaluationOrder } = indexTemplate(template);
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
      const raw = report.cells[ref];
      const n = raw === undefined ? NaN : Number(raw);
      if (Number.isFinite(n)) sum += n;
      else blanks += 1;
    }
    out.set(cell.id, blanks === 0 ? { status: 'complete', value: sum } : { status: 'incomplete', partial: sum, blanks });
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
  if (raw === undefined) return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** Text of a cell as it prints: the number, or '' when blank or incomplete. Never 'NaN'/'undefined'. */
export function cellDisplay(report: Report, computed: ComputedValues, id: CellId): string {
  const c = computed.get(id);
  if (c) return c.status === 'complete' ? String(c.value) : '';
  return report.cells[id] ?? '';
}
