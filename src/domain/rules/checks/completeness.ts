import { isBlankCellValue } from '../../format/cell-value';
import type { CellTemplate } from '../../template/types';
import type { CheckContext } from '../evaluate-checks';
import { issue, tableNames } from '../support';
import type { Issue } from '../types';

const SHOWN = 3;

/** Row leaf and column leaf (`一、本年新收政府信息公开申请数量 商业企业`); 表四 has no row label. */
function shortLabel(cell: CellTemplate): string {
  const row = cell.rowLabels[cell.rowLabels.length - 1];
  const column = cell.columnLabels[cell.columnLabels.length - 1];
  return row && column ? `${row} ${column}` : cell.label;
}

/**
 * Completeness (severity `incomplete`): blank input cells (one issue per table), empty text
 * sections, missing agency name, year or date.
 */
export function completenessChecks({ template, report }: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const { agencyName, year, reportDate } = report.meta;
  if (agencyName.trim() === '') {
    issues.push(
      issue({
        checkId: 'agency-name-missing',
        severity: 'incomplete',
        fields: ['meta.agencyName'],
        section: 'meta',
        message: '未填写机关名称（全称）',
      }),
    );
  }
  if (year === null) {
    issues.push(
      issue({
        checkId: 'report-year-missing',
        severity: 'incomplete',
        fields: ['meta.year'],
        section: 'meta',
        message: '未填写报告年度',
      }),
    );
  }
  if (reportDate === null || reportDate.trim() === '') {
    issues.push(
      issue({
        checkId: 'report-date-missing',
        severity: 'incomplete',
        fields: ['meta.reportDate'],
        section: 'meta',
        message: '未填写成文日期',
      }),
    );
  }
  for (const section of template.sections) {
    if (section.kind !== 'text') continue;
    if ((report.narrative[section.id] ?? '').trim() !== '') continue;
    issues.push(
      issue({
        checkId: 'narrative-empty',
        severity: 'incomplete',
        target: section.id,
        fields: [`narrative.${section.id}`],
        section: section.id,
        message: `「${section.heading}」尚未填写${section.id === 'other' ? '；没有需要报告的事项请写“无”' : ''}`,
      }),
    );
  }
  for (const table of template.tables) {
    const blanks = table.cells.filter((c) => !c.computed && isBlankCellValue(report.cells[c.id]));
    if (blanks.length === 0) continue;
    const shown = blanks
      .slice(0, SHOWN)
      .map((c) => `「${shortLabel(c)}」`)
      .join('、');
    issues.push(
      issue({
        checkId: 'blank-cells',
        severity: 'incomplete',
        target: table.id,
        cells: blanks.map((c) => c.id),
        section: table.section,
        message: `${tableNames[table.id]}（${table.title}）有 ${blanks.length} 个单元格未填写，如${shown}${blanks.length > SHOWN ? '等' : ''}；没有的请填 0`,
      }),
    );
  }
  return issues;
}
