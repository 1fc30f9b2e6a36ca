import { isBlankCellValue, isCanonicalCellValue } from '../../format/cell-value';
import { normaliseCellInput } from '../../report/normalise';
import { indexTemplate } from '../../template/lookup';
import { defineCheck, type Finding } from '../check-context';
import { tableNames } from '../support';

/**
 * Values of the wrong type in input cells (imports, old drafts): text, negative or decimal
 * counts, non-canonical spellings. Such a value counts as blank in the totals.
 */
export const cellValueCheck = defineCheck({
  id: 'cell-value-invalid',
  severity: 'error',
  spec: '4.1',
  title: '单元格数值类型错误',
  run(ctx) {
    const found: Finding[] = [];
    const { inputCells } = indexTemplate(ctx.template);
    for (const cell of inputCells) {
      const raw = ctx.report.cells[cell.id];
      if (raw === undefined || isBlankCellValue(raw) || isCanonicalCellValue(raw, cell.type))
        continue;
      const normalised = normaliseCellInput(raw, cell.type, cell.unit);
      const why = normalised.ok
        ? `应写作「${normalised.value ?? ''}${normalised.ok && normalised.unit ? normalised.unit : ''}」`
        : normalised.message;
      const section =
        ctx.template.tables.find((t) => t.id === cell.table)?.section ?? 'applications';
      found.push({
        target: cell.id,
        cells: [cell.id],
        section,
        message: `${tableNames[cell.table]}「${cell.label}」的值「${raw}」无效：${why}。该格暂不计入合计`,
      });
    }
    return found;
  },
});
