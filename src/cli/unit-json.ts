import { computeReport, type ComputedValues } from '@/domain/compute/compute-report';
import { indexTemplate } from '@/domain/template/lookup';
import type { CellId, FormatTemplate } from '@/domain/template/types';
import type { ReviewUnit } from '@/review/types';
import { formatById } from '@templates/index';

/**
 * One line of `nianbao check --json` (JSON Lines). Cell keys are the accessible names the form
 * gives those cells (CellTemplate.label), so a pipeline and a person looking at the form name a
 * cell alike.
 */
export type CheckLine =
  | {
      readonly file: string;
      readonly ok: true;
      readonly format: string;
      readonly year: number | null;
      readonly agency: string;
      readonly reportDate: string | null;
      /** Every cell read from the source, printed totals included. */
      readonly cells: Readonly<Record<string, string>>;
      /** The app's computed cells (complete ones: a total with a blank operand has no value). */
      readonly computed: Readonly<Record<string, string>>;
      readonly issues: readonly { id: string; severity: string; message: string }[];
      /** What the importer asks to check, and what it did not read (`表三：读到 0 / 144 个单元格`). */
      readonly warnings: readonly string[];
    }
  | {
      readonly file: string;
      readonly ok: false;
      readonly message: string;
      /** Not a report (another program's JSON file): passed over, not unreadable. */
      readonly skipped?: true;
    };

/** `computed`: the report's computed values when the caller has them already. */
export function checkLine(unit: ReviewUnit, computed: ComputedValues | null = null): CheckLine {
  if (!unit.ok)
    return {
      file: unit.path,
      ok: false,
      message: unit.message,
      ...(unit.skipped ? { skipped: true as const } : {}),
    };
  const { report } = unit;
  const template = formatById(report.formatId);
  const { cells: byId } = indexTemplate(template);
  const cells: Record<string, string> = {};
  for (const table of template.tables) {
    for (const cell of table.cells) {
      const value = cell.computed ? report.reportedTotals[cell.id] : report.cells[cell.id];
      if (value !== undefined && value !== '') cells[cell.label] = value;
    }
  }
  const computedCells: Record<string, string> = {};
  for (const [id, value] of computed ?? computeReport(template, report)) {
    const cell = byId.get(id);
    if (cell && value.status === 'complete') computedCells[cell.label] = String(value.value);
  }
  return {
    file: unit.path,
    ok: true,
    format: report.formatId,
    year: report.meta.year,
    agency: report.meta.agencyName,
    reportDate: report.meta.reportDate,
    cells,
    computed: computedCells,
    issues: unit.issues
      .filter((i) => !i.dismissed)
      .map((i) => ({ id: i.checkId, severity: i.severity, message: i.message })),
    warnings: [...unit.read.notes, ...unit.importWarnings],
  };
}

/** A template's cells as the JSON line names them: each key already written as JSON (`"label":`). */
interface LineKeys {
  readonly cells: readonly {
    readonly id: CellId;
    readonly computed: boolean;
    readonly key: string;
  }[];
  readonly computed: ReadonlyMap<CellId, string>;
}

/** An array index as an object key: JSON.stringify would print such keys first. */
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/u;
const lineKeys = new WeakMap<FormatTemplate, LineKeys | null>();

/**
 * The keys of `template`, written once; null when a label is used twice or looks like an array
 * index (then the line is built as an object: an object keeps one key per label, index-like keys
 * first, and a written-out line must say the same).
 */
export function keysOf(template: FormatTemplate): LineKeys | null {
  if (lineKeys.has(template)) return lineKeys.get(template) ?? null;
  const all = template.tables.flatMap((t) => t.cells);
  const labels = all.map((c) => c.label);
  const plain = new Set(labels).size === labels.length && !labels.some((l) => INDEX_KEY.test(l));
  const keys: LineKeys | null = plain
    ? {
        cells: all.map((c) => ({
          id: c.id,
          computed: c.computed !== undefined,
          key: `${JSON.stringify(c.label)}:`,
        })),
        computed: new Map(all.map((c) => [c.id, `${JSON.stringify(c.label)}:`])),
      }
    : null;
  lineKeys.set(template, keys);
  return keys;
}

/** Text JSON.stringify writes as it is, between quotes: no quote, backslash, control character or surrogate. */
// eslint-disable-next-line no-control-regex -- exactly the characters JSON.stringify escapes
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** `JSON.stringify(text)`; a cell's text is mostly a number, written without the call. */
const jsonString = (text: string): string =>
  PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);

/**
 * `JSON.stringify(checkLine(unit, computed))`, the same text written out directly: a line holds
 * ~300 cells by label, and the two objects built only to be printed cost more than the printing
 * (`nianbao check --json` on 1,000 drafts prints 15 MB).
 */
export function checkLineJson(unit: ReviewUnit, computed: ComputedValues | null = null): string {
  if (!unit.ok) return JSON.stringify(checkLine(unit));
  const { report } = unit;
  const template = formatById(report.formatId);
  const keys = keysOf(template);
  if (keys === null) return JSON.stringify(checkLine(unit, computed));
  let cells = '';
  for (const cell of keys.cells) {
    const value = cell.computed ? report.reportedTotals[cell.id] : report.cells[cell.id];
    if (value !== undefined && value !== '')
      cells += `${cells === '' ? '' : ','}${cell.key}${jsonString(value)}`;
  }
  let totals = '';
  // `forEach`, not `for…of`: no [id, value] array per cell (~300 a line, 11 MB per 1,000 drafts).
  (computed ?? computeReport(template, report)).forEach((value, id) => {
    const key = keys.computed.get(id);
    // A number's text never needs escaping.
    if (key !== undefined && value.status === 'complete')
      totals += `${totals === '' ? '' : ','}${key}"${String(value.value)}"`;
  });
  const issues = unit.issues
    .filter((i) => !i.dismissed)
    .map((i) => ({ id: i.checkId, severity: i.severity, message: i.message }));
  const json = JSON.stringify;
  return `{"file":${json(unit.path)},"ok":true,"format":${json(report.formatId)},"year":${json(report.meta.year)},"agency":${json(report.meta.agencyName)},"reportDate":${json(report.meta.reportDate)},"cells":{${cells}},"computed":{${totals}},"issues":${json(issues)},"warnings":${json([...unit.read.notes, ...unit.importWarnings])}}`;
}
