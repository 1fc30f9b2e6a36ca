import { cellDisplay, type ComputedValues } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { CellTemplate } from '@/domain/template/types';
import { cleanText } from './text';

/**
 * A value cell as printed: the value, '' when blank or an incomplete total. Money carries its
 * unit when the header does not (2019 采购总金额: `3190923元`) or when the clerk wrote it in
 * another unit than the column's (`cellUnits`).
 */
export function printedCellText(
  cell: CellTemplate,
  report: Report,
  computed: ComputedValues,
): string {
  const value = cleanText(cellDisplay(report, computed, cell.id)).trim();
  if (value === '' || cell.type !== 'money') return value;
  const written = report.cellUnits[cell.id];
  if (written !== undefined && written !== cell.unit) return `${value}${written}`;
  return cell.unitInHeader || cell.unit === undefined ? value : `${value}${cell.unit}`;
}
