import type {
  CellId,
  CellTemplate,
  FormatTemplate,
  SectionId,
  TableId,
  TableTemplate,
} from './types';

/** Indexes over a template, built once per template object and cached. */
export interface TemplateIndex {
  readonly cells: ReadonlyMap<CellId, CellTemplate>;
  /** Every cell, table by table; a cell's place in it is its `position`. */
  readonly all: readonly CellTemplate[];
  /** Each cell's place in `all` (dense numbers from 0: arrays and bit sets per cell). */
  readonly position: ReadonlyMap<CellId, number>;
  readonly inputCells: readonly CellTemplate[];
  /** The position of each of `inputCells`. */
  readonly inputPositions: readonly number[];
  /** The position of each table's first cell (its `cells[i]` is at that + i). */
  readonly tableStart: ReadonlyMap<TableId, number>;
  readonly computedCells: readonly CellTemplate[];
  /** Computed cells in an order where every operand comes before its user. */
  readonly evaluationOrder: readonly CellTemplate[];
  readonly tables: ReadonlyMap<TableId, TableTemplate>;
}

const cache = new WeakMap<FormatTemplate, TemplateIndex>();

export function indexTemplate(template: FormatTemplate): TemplateIndex {
  const hit = cache.get(template);
  if (hit) return hit;
  const all = template.tables.flatMap((t) => t.cells);
  const cells = new Map(all.map((c) => [c.id, c]));
  const computedCells = all.filter((c) => c.computed);
  const tableStart = new Map<TableId, number>();
  template.tables.reduce((start, t) => {
    tableStart.set(t.id, start);
    return start + t.cells.length;
  }, 0);
  const index: TemplateIndex = {
    cells,
    all,
    position: new Map(all.map((c, i) => [c.id, i])),
    inputCells: all.filter((c) => !c.computed),
    inputPositions: all.flatMap((c, i) => (c.computed ? [] : [i])),
    tableStart,
    computedCells,
    evaluationOrder: topologicalOrder(computedCells, cells),
    tables: new Map(template.tables.map((t) => [t.id, t])),
  };
  cache.set(template, index);
  return index;
}

/** Orders computed cells by dependency; throws on a cycle or an unknown reference. */
export function topologicalOrder(
  computed: readonly CellTemplate[],
  cells: ReadonlyMap<CellId, CellTemplate>,
): CellTemplate[] {
  const order: CellTemplate[] = [];
  const state = new Map<CellId, 'visiting' | 'done'>();
  const visit = (cell: CellTemplate, path: readonly CellId[]): void => {
    const s = state.get(cell.id);
    if (s === 'done') return;
    if (s === 'visiting')
      throw new Error(`cycle among computed cells: ${[...path, cell.id].join(' → ')}`);
    state.set(cell.id, 'visiting');
    for (const ref of cell.computed?.sum ?? []) {
      const dep = cells.get(ref);
      if (!dep) throw new Error(`${cell.id} refers to unknown cell ${ref}`);
      if (dep.computed) visit(dep, [...path, cell.id]);
    }
    state.set(cell.id, 'done');
    order.push(cell);
  };
  for (const c of computed) visit(c, []);
  return order;
}

export function sectionOfTable(template: FormatTemplate, table: TableId): SectionId {
  const t = template.tables.find((x) => x.id === table);
  if (!t) throw new Error(`unknown table ${table}`);
  return t.section;
}

/**
 * The format for a report year. With a `region` (the variant a draft had chosen), that region's
 * variant for the year when there is one; otherwise the national format whose `years` range holds
 * the year (2019–2020 → 〔2019〕60号, 2021 on → 〔2021〕30号): variants are never picked by year
 * alone. Years before the first format get the oldest, which the format check then flags.
 */
export function formatForYear(
  formats: readonly FormatTemplate[],
  year: number,
  region?: string,
): FormatTemplate {
  const variant =
    region === undefined
      ? undefined
      : formats.find((f) => f.region === region && isFormatForYear(f, year));
  if (variant) return variant;
  const national = formats.filter((f) => f.region === undefined);
  const hit = national.find((f) => isFormatForYear(f, year));
  const fallback = national[0];
  if (hit) return hit;
  if (!fallback) throw new Error('no formats');
  return year < fallback.years.from ? fallback : (national[national.length - 1] ?? fallback);
}

/** Every format that fits the year: the national one first, then its regional variants. */
export function formatsForYear(
  formats: readonly FormatTemplate[],
  year: number,
): readonly FormatTemplate[] {
  const fitting = formats.filter((f) => isFormatForYear(f, year));
  return [
    ...fitting.filter((f) => f.region === undefined),
    ...fitting.filter((f) => f.region !== undefined),
  ];
}

/** How the chooser and the drafts list name a format (`国办公开办函〔2021〕30号`, a variant's name). */
export function formatName(format: FormatTemplate): string {
  return format.name ?? format.notice.number;
}

/** `2019—2020年度`, `2021年度起`. */
export function formatYearsText(format: FormatTemplate): string {
  const { from, to } = format.years;
  return to === null ? `${from}年度起` : `${from}—${to}年度`;
}

export function isFormatForYear(template: FormatTemplate, year: number): boolean {
  return year >= template.years.from && (template.years.to === null || year <= template.years.to);
}
