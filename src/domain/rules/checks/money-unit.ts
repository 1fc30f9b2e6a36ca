import { isCanonicalDecimal, shiftDecimal } from '../../format/decimal';
import { indexTemplate } from '../../template/lookup';
import type { CheckContext } from '../evaluate-checks';
import { issue, tableNames } from '../support';
import type { Issue } from '../types';

/**
 * Money written in a unit other than the column's (seed 003 writes `533.41万` where the
 * column and its neighbours use 元): warning with both amounts.
 */
export function moneyUnitChecks({ template, report }: CheckContext): Issue[] {
  const { cells } = indexTemplate(template);
  const issues: Issue[] = [];
  for (const [id, written] of Object.entries(report.cellUnits)) {
    const cell = cells.get(id);
    const value = report.cells[id];
    if (!cell?.unit || written === cell.unit || value === undefined || !isCanonicalDecimal(value))
      continue;
    const converted = shiftDecimal(value, written === '万元' ? 4 : -4);
    issues.push(
      issue({
        checkId: 'money-unit-mismatch',
        severity: 'warning',
        target: id,
        cells: [id],
        section: 'proactive',
        message: `${tableNames[cell.table]}「${cell.label}」写作 ${value}${written}，本栏单位为${cell.unit}：${value}${written} = ${converted}${cell.unit}，请统一按${cell.unit}填写`,
      }),
    );
  }
  return issues;
}
