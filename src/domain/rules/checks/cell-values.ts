import { isBlankCellValue, isCanonicalCellValue } from '../../format/cell-value';
import { normaliseCellInput } from '../../report/normalise';
import { indexTemplate } from '../../template/lookup';
import type { CheckContext } from '../evaluate-checks';
import { issue, tableNames } from '../support';
import type { Issue } from '../types';

/**
 * Values of the wrong type in input cells (imports, old drafts): text, negative or decimal
 * counts, non-canonical spellings. Such a value counts as blank in the totals.
 */
export function cellValueChecks(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const { inputCells } = indexTemplate(ctx.template);
  for (const cell of inputCells) {
    const raw = ctx.report.cells[cell.id];
    if (raw === undefined || isBlankCellValue(raw) || isCanonicalCellValue(raw, cell.type))
      continue;
    const normalised = normaliseCellInput(raw, cell.type, cell.unit);
    const why = normalised.ok
      ? `应写作「${normalised.value ?? ''}${normalised.ok && normalised.unit ? normalised.unit : ''}」`
      : normalised.message;
    const section = ctx.template.tables.find((t) => t.id === cell.table)?.section ?? 'applications';
    issues.push(
      issue({
        checkId: 'cell-value-invalid',
        severity: 'error',
        target: cell.id,
        cells: [cell.id],
        section,
        message: `${tableNames[cell.table]}「${cell.label}」的值「${raw}」无效：${why}。该格暂不计入合计`,
      }),
    );
  }
  return issues;
}
