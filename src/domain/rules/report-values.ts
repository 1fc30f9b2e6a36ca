import {
  cellReadings,
  type CellReadings,
  type ComputedCell,
  type ComputedValues,
} from '../compute/compute-report';
import { readReportCell, type CellKind, type CellReading } from '../report/read-cell';
import type { Report } from '../report/types';
import { indexTemplate, type TemplateIndex } from '../template/lookup';
import type { CellId, FormatTemplate } from '../template/types';
import { noteCell, noteRead, VALUES, type CheckContext } from './check-context';

/**
 * The sum of some cells (inputs or computed). `complete` is false when any term is blank or
 * incomplete; `value` is then the partial sum of what is filled (a lower bound, counts being
 * non-negative).
 */
export interface SumValue {
  readonly value: number;
  readonly complete: boolean;
}

/**
 * The cells of one report as the checks read them (issue 17), one per evaluation: every input
 * cell is read (`readReportCell`) at most once, however many checks ask, and a reading is
 * kept into the next evaluation while the cell's text and unit are unchanged. In an
 * incremental evaluation each cell read is noted on its own (`noteCell`), so a keystroke in a
 * cell runs again only the checks that read that cell or a total it changed.
 *
 * Checks read cells through `valuesOf(ctx)` or the helpers of `support.ts` built on it
 * (`cellReading`, `cellValue`, `sumCells`). Reading `ctx.report.cells` directly stays correct
 * but depends on every cell at once.
 */
export class ReportValues {
  // `declare`d fields set in the constructor: see CellReadings (compute-report.ts).
  declare readonly template: FormatTemplate;
  declare readonly report: Report;
  declare readonly computed: ComputedValues;
  /** Note each read for the check running now (the incremental evaluator's values). */
  declare private readonly tracked: boolean;
  declare readonly index: TemplateIndex;
  /** The input cells' readings (shared with the totals' computation). */
  declare readonly readings: CellReadings;
  /** The evaluation's shared work (`perContext`), a slot each. */
  declare readonly shared: unknown[];
  declare private readonly count: number;
  /** The computed values by position, made on first use (one look-up per value asked, not two). */
  declare private computedByPosition: (ComputedCell | undefined)[] | null;

  constructor(
    template: FormatTemplate,
    report: Report,
    computed: ComputedValues,
    tracked: boolean,
  ) {
    this.template = template;
    this.report = report;
    this.computed = computed;
    this.tracked = tracked;
    this.shared = [];
    this.computedByPosition = null;
    this.index = indexTemplate(template);
    this.count = this.index.all.length;
    this.readings = cellReadings(template, report);
  }

  /** What input cell `cell` holds, as `readReportCell(report, cell)`. */
  reading(cell: CellKind & { readonly id: CellId }): CellReading {
    const p = this.index.position.get(cell.id);
    if (p === undefined || this.index.all[p] !== cell) {
      // Not this template's own cell object (another kind of cell may read the text otherwise).
      if (this.tracked) {
        noteRead('r.cells');
        noteRead('r.cellUnits');
      }
      return readReportCell(this.report, cell);
    }
    if (this.tracked) noteCell(p, this.count);
    return this.readings.at(p);
  }

  /**
   * What the input cell at position `p` of the template holds (`reading(index.all[p])`, without
   * looking the cell up: for checks that walk a table's cells or `inputCells`).
   */
  readingAt(p: number): CellReading {
    if (this.tracked) noteCell(p, this.count);
    return this.readings.at(p);
  }

  /** The computed value of cell `id` (a total), as `computed.get(id)`. */
  computedCell(id: CellId): ComputedCell | undefined {
    if (this.tracked) this.noteId(id, 'computed');
    return this.computed.get(id);
  }

  /** The sum of cells `ids`, inputs or totals (see `SumValue`). */
  sum(ids: readonly CellId[]): SumValue {
    let value = 0;
    let complete = true;
    for (const id of ids) {
      const p = this.index.position.get(id);
      if (this.tracked) {
        if (p === undefined) noteRead('computed');
        else noteCell(p, this.count);
      }
      const c = this.computedAt(p, id);
      if (c) {
        if (c.status === 'complete') value += c.value;
        else {
          value += c.partial;
          complete = false;
        }
        continue;
      }
      const n = p === undefined ? null : this.readings.numberAt(p);
      if (n === null) complete = false;
      else value += n;
    }
    return { value, complete };
  }

  /** The value of one cell, `null` when blank, invalid or incomplete. */
  value(id: CellId): number | null {
    // `sum([id])`, without making the list and the sum.
    const p = this.index.position.get(id);
    if (this.tracked) {
      if (p === undefined) noteRead('computed');
      else noteCell(p, this.count);
    }
    const c = this.computedAt(p, id);
    if (c) return c.status === 'complete' ? 0 + c.value : null;
    const n = p === undefined ? null : this.readings.numberAt(p);
    return n === null ? null : 0 + n;
  }

  /** `computed.get(id)`, for the cell `id` at position `p` (when it has one). */
  private computedAt(p: number | undefined, id: CellId): ComputedCell | undefined {
    if (p === undefined) return this.computed.get(id);
    let list = this.computedByPosition;
    if (!list) {
      list = new Array<ComputedCell | undefined>(this.count);
      // `forEach`, not `for … of`: no [key, value] pair made per total.
      const { position } = this.index;
      const byPosition = list;
      this.computed.forEach((value, key) => {
        const q = position.get(key);
        if (q !== undefined) byPosition[q] = value;
      });
      this.computedByPosition = list;
    }
    return list[p];
  }

  private noteId(id: CellId, coarse: string): void {
    const p = this.index.position.get(id);
    if (p === undefined) noteRead(coarse);
    else noteCell(p, this.count);
  }
}

const plain = new WeakMap<CheckContext, ReportValues>();

/**
 * The report's values for a check context: those the evaluation made for it, or (a context
 * made by hand, as in tests) made on first use and kept with the context.
 */
export function valuesOf(ctx: CheckContext): ReportValues {
  const own = ctx[VALUES];
  if (own) return own;
  let values = plain.get(ctx);
  if (!values) {
    values = new ReportValues(ctx.template, ctx.report, ctx.computed, false);
    plain.set(ctx, values);
  }
  return values;
}

/** Attaches `values` to `ctx` (not enumerable: a spread copy of the context does not keep it). */
export function withValues<T extends CheckContext>(ctx: T, values: ReportValues): T {
  Object.defineProperty(ctx, VALUES, { value: values, enumerable: false });
  return ctx;
}

/**
 * The computed values as a tracked context hands them to a check: each cell asked for is
 * noted on its own; listing them depends on all of them.
 */
export class TrackedComputed implements ComputedValues {
  declare private readonly map: ComputedValues;
  declare private readonly index: TemplateIndex;

  constructor(map: ComputedValues, index: TemplateIndex) {
    this.map = map;
    this.index = index;
  }

  get(id: CellId): ComputedCell | undefined {
    this.note(id);
    return this.map.get(id);
  }

  has(id: CellId): boolean {
    this.note(id);
    return this.map.has(id);
  }

  get size(): number {
    noteRead('computed');
    return this.map.size;
  }

  forEach(
    fn: (value: ComputedCell, key: CellId, map: ReadonlyMap<CellId, ComputedCell>) => void,
    thisArg?: unknown,
  ): void {
    noteRead('computed');
    this.map.forEach((v, k) => fn.call(thisArg, v, k, this));
  }

  entries(): MapIterator<[CellId, ComputedCell]> {
    noteRead('computed');
    return this.map.entries();
  }

  keys(): MapIterator<CellId> {
    noteRead('computed');
    return this.map.keys();
  }

  values(): MapIterator<ComputedCell> {
    noteRead('computed');
    return this.map.values();
  }

  [Symbol.iterator](): MapIterator<[CellId, ComputedCell]> {
    return this.entries();
  }

  private note(id: CellId): void {
    const p = this.index.position.get(id);
    if (p === undefined) noteRead('computed');
    else noteCell(p, this.index.all.length);
  }
}
