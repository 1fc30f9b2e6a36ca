import { readCell, readingNumber, readReportCell } from '../report/read-cell';
import type { Report } from '../report/types';
import { indexTemplate } from '../template/lookup';
import type { CellId, CellTemplate, FormatTemplate } from '../template/types';

/**
 * A computed cell's value. Blank or invalid operands make a total `incomplete`: it carries the
 * partial sum of the valid values so the form can show it greyed, but it must never look final.
 * `invalid` counts the operands whose typed text is not a value (`12.5` in a count).
 */
export type ComputedCell =
  | { readonly status: 'complete'; readonly value: number }
  | {
      readonly status: 'incomplete';
      readonly partial: number;
      readonly blanks: number;
      readonly invalid: number;
    };

export type ComputedValues = ReadonlyMap<CellId, ComputedCell>;

/**
 * Computes every computed cell of the template (表三 总计 column and （七）总计 row, 表四 总计)
 * from the report's inputs, each read by `readCell`. Pure; O(number of formula operands).
 */
export function computeReport(template: FormatTemplate, report: Report): ComputedValues {
  const { evaluationOrder, cells } = indexTemplate(template);
  const out = new Map<CellId, ComputedCell>();
  for (const cell of evaluationOrder) out.set(cell.id, computeCell(cell, cells, report, out));
  return out;
}

/**
 * The same as `computeReport(template, report)`, reusing `previous` (the values of an earlier
 * report of the same template): only the computed cells that depend, through the template's
 * formulas, on an input cell whose text changed are computed again. When no value changed,
 * `previous` itself is returned, so whatever reads only computed values can tell by identity.
 * `edited`, when the caller knows it, is `changedCells(previous.report.cells, report.cells)`.
 */
export function recomputeReport(
  template: FormatTemplate,
  report: Report,
  previous: { readonly report: Report; readonly computed: ComputedValues },
  edited?: ReadonlySet<CellId>,
): ComputedValues {
  const before = previous.report.cells;
  const now = report.cells;
  if (before === now) return previous.computed;
  const inputs = edited ?? changedCells(before, now);
  if (inputs.size === 0) return previous.computed;
  const { evaluationOrder, cells } = indexTemplate(template);
  const out = new Map<CellId, ComputedCell>();
  const moved = new Set<CellId>();
  for (const cell of evaluationOrder) {
    const old = previous.computed.get(cell.id);
    // Operands come first in the evaluation order: a changed computed operand is in `moved`.
    if (old && !(cell.computed?.sum ?? []).some((ref) => inputs.has(ref) || moved.has(ref))) {
      out.set(cell.id, old);
      continue;
    }
    const next = computeCell(cell, cells, report, out);
    out.set(cell.id, next);
    if (!old || !sameComputed(old, next)) moved.add(cell.id);
  }
  return moved.size > 0 ? out : previous.computed;
}

/** The ids whose entry differs between two `cells` (or `cellUnits`) records. */
export function changedCells<T>(
  before: Readonly<Record<CellId, T>>,
  now: Readonly<Record<CellId, T>>,
): Set<CellId> {
  const changed = new Set<CellId>();
  if (before === now) return changed;
  for (const id in now) if (now[id] !== before[id]) changed.add(id);
  for (const id in before) if (!(id in now)) changed.add(id);
  return changed;
}

/** Whether two computed values are the same (`recomputeReport` keeps the earlier one). */
export function sameComputed(a: ComputedCell, b: ComputedCell): boolean {
  if (a.status === 'complete') return b.status === 'complete' && a.value === b.value;
  return (
    b.status === 'incomplete' &&
    a.partial === b.partial &&
    a.blanks === b.blanks &&
    a.invalid === b.invalid
  );
}

function computeCell(
  cell: CellTemplate,
  cells: ReadonlyMap<CellId, CellTemplate>,
  report: Report,
  out: ReadonlyMap<CellId, ComputedCell>,
): ComputedCell {
  let sum = 0;
  let blanks = 0;
  let invalid = 0;
  for (const ref of cell.computed?.sum ?? []) {
    const dep = out.get(ref);
    if (dep) {
      if (dep.status === 'complete') sum += dep.value;
      else {
        sum += dep.partial;
        blanks += dep.blanks;
        invalid += dep.invalid;
      }
      continue;
    }
    const reading = readCell(cells.get(ref) ?? { type: 'count' }, report.cells[ref]);
    if (reading.kind === 'value') sum += Number(reading.value);
    else if (reading.kind === 'invalid') invalid += 1;
    else blanks += 1;
  }
  return blanks === 0 && invalid === 0
    ? { status: 'complete', value: sum }
    : { status: 'incomplete', partial: sum, blanks, invalid };
}

/**
 * The value of any cell of `template` as a number: inputs read by `readCell`, computed cells
 * from `computed`. `null` when blank, invalid or incomplete.
 */
export function cellNumber(
  template: FormatTemplate,
  report: Report,
  computed: ComputedValues,
  id: CellId,
): number | null {
  const c = computed.get(id);
  if (c) return c.status === 'complete' ? c.value : null;
  const cell = indexTemplate(template).cells.get(id);
  return cell ? readingNumber(readReportCell(report, cell)) : null;
}

/**
 * A value cell as printed (preview and Word alike): the value, '' when blank or an incomplete
 * total, and what was typed when it is not a value (never the previous value, never `NaN`).
 * Money carries its unit when the header does not (2019 采购总金额: `3190923元`) or when the
 * clerk wrote it in another unit than the column's (`533.41万元` in a 元 column).
 */
export function printedCellText(
  cell: CellTemplate,
  report: Report,
  computed: ComputedValues,
): string {
  const c = computed.get(cell.id);
  if (c) return c.status === 'complete' ? String(c.value) : '';
  const reading = readReportCell(report, cell);
  if (reading.kind === 'blank') return '';
  if (reading.kind === 'invalid') return reading.raw.trim();
  if (cell.type !== 'money') return reading.value;
  if (reading.unit !== undefined) return `${reading.value}${reading.unit}`;
  return cell.unitInHeader || cell.unit === undefined
    ? reading.value
    : `${reading.value}${cell.unit}`;
}
