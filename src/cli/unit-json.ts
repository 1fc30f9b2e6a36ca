import { computeReport, type ComputedValues } from '@/domain/compute/compute-report';
import { indexTemplate } from '@/domain/template/lookup';
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
  | { readonly file: string; readonly ok: false; readonly message: string };

/** `computed`: the report's computed values when the caller has them already. */
export function checkLine(unit: ReviewUnit, computed: ComputedValues | null = null): CheckLine {
  if (!unit.ok) return { file: unit.path, ok: false, message: unit.message };
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
