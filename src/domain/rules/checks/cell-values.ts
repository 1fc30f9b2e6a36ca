import { invalidCellMessage } from '../../report/read-cell';
import { indexTemplate } from '../../template/lookup';
import { defineCheck, type Finding } from '../check-context';
import { valuesOf } from '../report-values';

/**
 * Input cells whose typed text is not a value of their type (SPEC §4.1): text, negative or
 * decimal counts, too many digits. An error, linked to its cell; the totals that depend on
 * it show as incomplete, and the export prints what was typed (never the previous value).
 */
export const cellValueCheck = defineCheck({
  id: 'cell-value-invalid',
  severity: 'error',
  spec: '4.1',
  title: '单元格数值类型错误',
  run(ctx) {
    const found: Finding[] = [];
    const { inputCells, inputPositions } = indexTemplate(ctx.template);
    const values = valuesOf(ctx);
    for (let i = 0; i < inputCells.length; i += 1) {
      const cell = inputCells[i];
      const reading = values.readingAt(inputPositions[i] ?? 0);
      if (!cell) continue;
      if (reading.kind !== 'invalid') continue;
      const section =
        ctx.template.tables.find((t) => t.id === cell.table)?.section ?? 'applications';
      found.push({
        target: cell.id,
        cells: [cell.id],
        section,
        message: invalidCellMessage(cell, reading),
      });
    }
    return found;
  },
});
