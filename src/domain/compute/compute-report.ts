import { readingNumber, readReportCell, valueText, type CellReading } from '../report/read-cell';
import type { Report } from '../report/types';
import { indexTemplate, type TemplateIndex } from '../template/lookup';
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
 * The input cells of one report as read by `readReportCell`, by cell position
 * (`TemplateIndex.position`), each read when first asked for. Shared by the totals and the
 * checks of one evaluation (and by every evaluation of the same \`cells\` object): a pure function
 * of the template, the report's `cells` and `cellUnits`.
 */
export class CellReadings {
  // Fields are `declare`d and set in the constructor (here and in report-values.ts): for the
  // app's targets (ES2020) a class field is compiled to an `Object.defineProperty` call per field
  // and object; an assignment is what V8 makes objects fastest with. (Measured: within the noise
  // of the engine bench, text keystroke 0.15 against 0.17 ms, medians of 6, load 2.6-4.8.)
  declare readonly index: TemplateIndex;
  declare readonly report: Report;
  declare private readonly list: (CellReading | undefined)[];
  /**
   * The number of each value read (`readingNumber`), valid where `list` holds a value. A plain
   * array: a typed array's buffer costs more to make than the few numbers it holds (one per
   * evaluation of a new `cells`: measured 2 % of a full evaluation's time).
   */
  declare private readonly numbers: number[];

  constructor(index: TemplateIndex, report: Report, from?: CellReadings) {
    this.index = index;
    this.report = report;
    this.list = from ? from.list.slice() : new Array<CellReading | undefined>(index.all.length);
    this.numbers = from ? from.numbers.slice() : new Array<number>(index.all.length);
  }

  /** The reading of the cell at position `p` (an input cell of the template). */
  at(p: number): CellReading {
    return this.list[p] ?? this.read(p);
  }

  /** The number of the cell at position `p` when it holds a value, else `null`. */
  numberAt(p: number): number | null {
    const reading = this.list[p] ?? this.read(p);
    return reading.kind === 'value' ? (this.numbers[p] ?? Number(reading.value)) : null;
  }

  /** A copy without the readings of the positions `changed` (a bit each), for a later report. */
  without(changed: Uint32Array, report: Report): CellReadings {
    const next = new CellReadings(this.index, report, this);
    for (let w = 0; w < changed.length; w += 1) {
      let word = changed[w] ?? 0;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word);
        next.list[w * 32 + bit] = undefined;
        word &= ~(1 << bit);
      }
    }
    return next;
  }

  private read(p: number): CellReading {
    const cell = this.index.all[p];
    const reading: CellReading = cell ? readReportCell(this.report, cell) : { kind: 'blank' };
    this.list[p] = reading;
    if (reading.kind === 'value') this.numbers[p] = Number(reading.value);
    return reading;
  }
}

/**
 * The readings made last, newest first: an evaluation's totals and checks share them, and the
 * editor's next keystroke starts from them (`keepReadings`). A few, held strongly, not a
 * `WeakMap` by `cells`: keyed by every report still referenced (a reviewer's batch keeps its
 * reports for the 汇总; the editor's undo history), the readings of every report ever checked
 * stayed alive, and each of them was copied by the garbage collector's scavenges and promoted
 * (issue 17, docs/performance.md, stop 26). Readings are a pure function of their key, so
 * which are kept changes no result.
 */
const READINGS_KEPT = 4;
const keptReadings: CellReadings[] = [];

function keep(readings: CellReadings): void {
  const at = keptReadings.indexOf(readings);
  if (at === 0) return;
  if (at > 0) keptReadings.splice(at, 1);
  else if (keptReadings.length >= READINGS_KEPT) keptReadings.pop();
  keptReadings.unshift(readings);
}

/**
 * The readings of `report`'s input cells: one object per template, `cells` and `cellUnits`
 * (among the last few asked for), so the totals and every check of an evaluation read each
 * cell once.
 */
export function cellReadings(template: FormatTemplate, report: Report): CellReadings {
  const index = indexTemplate(template);
  for (let i = 0; i < keptReadings.length; i += 1) {
    const hit = keptReadings[i] as CellReadings;
    if (
      hit.report.cells === report.cells &&
      hit.index === index &&
      hit.report.cellUnits === report.cellUnits
    ) {
      if (i > 0) keep(hit);
      return hit;
    }
  }
  const readings = new CellReadings(index, report);
  keep(readings);
  return readings;
}

/** Makes `readings` (for `readings.report`) the ones `cellReadings` answers for its cells. */
export function keepReadings(readings: CellReadings): void {
  const cells = readings.report.cells;
  const units = readings.report.cellUnits;
  const at = keptReadings.findIndex(
    (r) => r.report.cells === cells && r.index === readings.index && r.report.cellUnits === units,
  );
  if (at >= 0) keptReadings.splice(at, 1);
  keep(readings);
}

/**
 * The template's formulas as a flat program (issue 17), made once per template: the computed
 * cells in evaluation order, each with its operands by position — an input cell's position in
 * the template (`TemplateIndex.position`), or a computed operand's place in the order, as
 * `-(k + 1)`. Evaluating it takes no look-up by id.
 */
interface TotalsProgram {
  /** The computed cells' ids, in evaluation order. */
  readonly ids: readonly CellId[];
  /** Operands of the k-th cell: `operands[starts[k]]` … `operands[starts[k + 1] - 1]`. */
  readonly starts: Int32Array;
  readonly operands: Int32Array;
}

const programs = new WeakMap<TemplateIndex, TotalsProgram>();

function totalsProgram(index: TemplateIndex): TotalsProgram {
  const hit = programs.get(index);
  if (hit) return hit;
  const order = index.evaluationOrder;
  const placeInOrder = new Map(order.map((cell, k) => [cell.id, k]));
  const starts = new Int32Array(order.length + 1);
  const operands: number[] = [];
  order.forEach((cell, k) => {
    starts[k] = operands.length;
    for (const ref of cell.computed?.sum ?? []) {
      // A computed operand comes before its user in the order.
      const computed = placeInOrder.get(ref);
      const position = index.position.get(ref);
      // Every operand is a cell of the template (indexTemplate refuses an unknown one).
      if (position === undefined) throw new Error(`${cell.id} refers to unknown cell ${ref}`);
      operands.push(computed === undefined ? position : -(computed + 1));
    }
  });
  starts[order.length] = operands.length;
  const program = { ids: order.map((c) => c.id), starts, operands: Int32Array.from(operands) };
  programs.set(index, program);
  return program;
}

/**
 * Computes every computed cell of the template (表三 总计 column and （七）总计 row, 表四 总计)
 * from the report's inputs, each read by `readCell`. Pure; O(number of formula operands).
 */
export function computeReport(template: FormatTemplate, report: Report): ComputedValues {
  const index = indexTemplate(template);
  const program = totalsProgram(index);
  const readings = cellReadings(template, report);
  const out = new Map<CellId, ComputedCell>();
  const values: ComputedCell[] = [];
  for (let k = 0; k < program.ids.length; k += 1) {
    const value = runCell(program, k, readings, values);
    values.push(value);
    out.set(program.ids[k] ?? '', value);
  }
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
  const index = indexTemplate(template);
  const program = totalsProgram(index);
  const readings = cellReadings(template, report);
  const changedInput = new Uint8Array(index.all.length);
  for (const id of inputs) {
    const p = index.position.get(id);
    if (p !== undefined) changedInput[p] = 1;
  }
  const out = new Map<CellId, ComputedCell>();
  const values: ComputedCell[] = [];
  const moved = new Uint8Array(program.ids.length);
  let anyMoved = false;
  for (let k = 0; k < program.ids.length; k += 1) {
    const id = program.ids[k] ?? '';
    const old = previous.computed.get(id);
    let stale = !old;
    // Operands come first in the evaluation order: a changed computed operand is in `moved`.
    for (let j = program.starts[k] ?? 0; !stale && j < (program.starts[k + 1] ?? 0); j += 1) {
      const o = program.operands[j] ?? 0;
      stale = o < 0 ? moved[-o - 1] === 1 : changedInput[o] === 1;
    }
    if (old && !stale) {
      values.push(old);
      out.set(id, old);
      continue;
    }
    const next = runCell(program, k, readings, values);
    values.push(next);
    out.set(id, next);
    if (!old || !sameComputed(old, next)) {
      moved[k] = 1;
      anyMoved = true;
    }
  }
  return anyMoved ? out : previous.computed;
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

/** The k-th computed cell of `program`, its computed operands' values in `values`. */
function runCell(
  program: TotalsProgram,
  k: number,
  readings: CellReadings,
  values: readonly ComputedCell[],
): ComputedCell {
  let sum = 0;
  let blanks = 0;
  let invalid = 0;
  const end = program.starts[k + 1] ?? 0;
  for (let j = program.starts[k] ?? 0; j < end; j += 1) {
    const o = program.operands[j] ?? 0;
    if (o < 0) {
      const dep = values[-o - 1];
      if (!dep) continue;
      if (dep.status === 'complete') sum += dep.value;
      else {
        sum += dep.partial;
        blanks += dep.blanks;
        invalid += dep.invalid;
      }
      continue;
    }
    const reading = readings.at(o);
    if (reading.kind === 'value') sum += readings.numberAt(o) ?? 0;
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
  // An amount is printed as it was written (`73802895.90`), computed with its value.
  const text = valueText(reading);
  if (reading.unit !== undefined) return `${text}${reading.unit}`;
  return cell.unitInHeader || cell.unit === undefined ? text : `${text}${cell.unit}`;
}
