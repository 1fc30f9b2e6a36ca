import type { CellKind, CellReading } from '../report/read-cell';
import type { FieldPath, Report } from '../report/types';
import { indexTemplate } from '../template/lookup';
import {
  SECTION_IDS,
  type CellId,
  type CellTemplate,
  type FactId,
  type FormatTemplate,
  type SectionId,
  type TableId,
} from '../template/types';
import { analysedText, type AnalysedText } from '../format/memo';
import { perContext, type CheckContext, type Finding } from './check-context';
import { factDefinitions } from './narrative/facts';
import { valuesOf, type SumValue } from './report-values';

/** Helpers shared by the checks. */

/** How messages name a table (`表三`): the template's `shortName`. */
export function tableName(template: FormatTemplate, table: TableId): string {
  return indexTemplate(template).tables.get(table)?.shortName ?? table;
}

/**
 * A piece of free text of the report and where it lives, with the analyses of its text
 * (`AnalysedText`: pass it, not its `text`, to `compactText` and the other `perText` analyses).
 */
export interface ReportText extends AnalysedText {
  readonly section: SectionId | 'meta';
  readonly field: FieldPath;
}

const reportText = (section: SectionId | 'meta', field: FieldPath, text: string): ReportText => ({
  section,
  field,
  text,
  analyses: analysedText(text).analyses,
});

/** The preface and every section's narrative, in reading order, empty ones left out. */
export function reportTexts(report: Report): ReportText[] {
  const out: ReportText[] = [];
  if (report.meta.preface.trim() !== '') {
    out.push(reportText('meta', 'meta.preface', report.meta.preface));
  }
  for (const section of SECTION_IDS) {
    const text = report.narrative[section] ?? '';
    if (text.trim() !== '') out.push(reportText(section, `narrative.${section}`, text));
  }
  return out;
}

/**
 * `reportTexts(ctx.report)`, made once per evaluation for all the checks that read the texts
 * (an incremental evaluation notes that each of them read every section).
 */
export const textsOf: (ctx: CheckContext) => readonly ReportText[] = perContext((ctx) =>
  reportTexts(ctx.report),
);

/**
 * One finding per text in which `read` finds something (not `null`/`undefined`), said by
 * `message` and pointing at that text: the shape of every check that reads each text on its own.
 */
export function textFindings<T>(
  ctx: CheckContext,
  read: (text: ReportText) => T | null | undefined,
  message: (found: T, text: ReportText) => string,
): Finding[] {
  const found: Finding[] = [];
  for (const text of textsOf(ctx)) {
    const said = read(text);
    if (said === null || said === undefined) continue;
    const { section, field } = text;
    found.push({ target: section, fields: [field], section, message: message(said, text) });
  }
  return found;
}

/** The one finding of a check that stops at its first text: `message` at `text`, with a field of the
 * report's meta the finding also depends on (`meta.agencyKind`, `meta.agencyName`). */
export const findingIn = (text: ReportText, message: string, also?: FieldPath): Finding[] => [
  {
    target: text.section,
    fields: also === undefined ? [text.field] : [text.field, also],
    section: text.section,
    message,
  },
];

/** Whether a report's `cells` record is known to hold an entry, by the record (see `anyCell`). */
const cellsHeld = new WeakMap<Report['cells'], boolean>();

/**
 * Whether a report's `cells` record holds any entry (a table typed or read): `Object.keys(cells)
 * .length > 0`, kept by the record. Listing a record of some two hundred keys (a hash table in V8)
 * cost about 1.6 % of a keystroke in 总体情况 for one reading that asked it on every evaluation
 * (docs/performance.md, stop 68); a record is never changed once made (an edit copies it, which the
 * incremental evaluator and the cells' readings rely on too), so its answer is its own.
 */
export function anyCell(cells: Report['cells']): boolean {
  let held = cellsHeld.get(cells);
  if (held === undefined) {
    held = Object.keys(cells).length > 0;
    cellsHeld.set(cells, held);
  }
  return held;
}

/** `（同一部分共 N 处）` after a finding's first instance when a text holds `count` of them. */
export const alsoSaid = (count: number): string => (count > 1 ? `（同一部分共 ${count} 处）` : '');

export type { SumValue } from './report-values';

/**
 * What input cell `cell` holds (`readReportCell` of the context's report), read once per
 * evaluation for all checks. Checks read cells through these helpers (or `valuesOf(ctx)`), not
 * `ctx.report.cells`, so that an incremental evaluation knows which cells each check read.
 */
export function cellReading(
  ctx: CheckContext,
  cell: CellKind & { readonly id: CellId },
): CellReading {
  return valuesOf(ctx).reading(cell);
}

/** The sum of some cells, inputs or totals (see `SumValue`). */
export function sumCells(ctx: CheckContext, ids: readonly CellId[]): SumValue {
  return valuesOf(ctx).sum(ids);
}

/** The value of one cell, `null` when blank, invalid or incomplete. */
export function cellValue(ctx: CheckContext, id: CellId): number | null {
  return valuesOf(ctx).value(id);
}

/** The cells of a fact this template declares (`template.facts`); empty when it declares none. */
export function factCells(template: FormatTemplate, fact: FactId): readonly CellId[] {
  return factDefinitions(template).get(fact)?.cells ?? [];
}

/** The cell of a fact held by exactly one cell (units, labels); undefined otherwise. */
export function factCell(template: FormatTemplate, fact: FactId): CellTemplate | undefined {
  const [id, ...more] = factCells(template, fact);
  return id === undefined || more.length > 0 ? undefined : indexTemplate(template).cells.get(id);
}

/** How messages name one cell by its row: `表三“四、结转下年度继续办理”`. */
export function rowName(template: FormatTemplate, cell: CellTemplate): string {
  return `${tableName(template, cell.table)}“${cell.rowLabels.at(-1) ?? cell.label}”`;
}

/** The step a cell belongs to (its table's section). */
export function sectionOfCell(ctx: CheckContext, id: CellId): SectionId {
  const { cells, tables } = indexTemplate(ctx.template);
  const table = cells.get(id)?.table;
  return (table && tables.get(table)?.section) || 'applications';
}

/** Rounds for messages without binary noise: 47.61904 → '47.6'. */
export function formatNumber(n: number, decimals = 1): string {
  return String(Number(n.toFixed(decimals)));
}
