import { shiftDecimal } from '../../format/decimal';
import { indexTemplate } from '../../template/lookup';
import { defineCheck, type Finding } from '../check-context';
import { valuesOf } from '../report-values';
import { tableName } from '../support';

/**
 * Money written in a unit other than the column's (seed 003 writes `533.41万` where the
 * column and its neighbours use 元): warning with both amounts.
 */
export const moneyUnitCheck = defineCheck({
  id: 'money-unit-mismatch',
  severity: 'warning',
  spec: '4.4',
  title: '金额单位与本栏不符',
  run(ctx) {
    const { template } = ctx;
    const { cells } = indexTemplate(template);
    const values = valuesOf(ctx);
    const found: Finding[] = [];
    for (const cell of cells.values()) {
      if (cell.type !== 'money' || !cell.unit || cell.computed) continue;
      const reading = values.reading(cell);
      if (reading.kind !== 'value' || reading.unit === undefined) continue;
      const { value, unit: written } = reading;
      const converted = shiftDecimal(value, written === '万元' ? 4 : -4);
      found.push({
        target: cell.id,
        cells: [cell.id],
        section: 'proactive',
        message: `${tableName(template, cell.table)}「${cell.label}」写作 ${value}${written}，本栏单位为${cell.unit}：${value}${written} = ${converted}${cell.unit}，请统一按${cell.unit}填写`,
      });
    }
    return found;
  },
});
