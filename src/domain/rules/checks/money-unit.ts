import { shiftDecimal } from '../../format/decimal';
import { readReportCell } from '../../report/read-cell';
import { indexTemplate } from '../../template/lookup';
import { defineCheck, type Finding } from '../check-context';
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
  run({ template, report }) {
    const { cells } = indexTemplate(template);
    const found: Finding[] = [];
    for (const cell of cells.values()) {
      if (cell.type !== 'money' || !cell.unit || cell.computed) continue;
      const reading = readReportCell(report, cell);
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
