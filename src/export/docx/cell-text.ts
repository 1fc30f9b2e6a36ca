import {
  printedCellText as printedText,
  type ComputedValues,
} from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { CellTemplate } from '@/domain/template/types';
import { cleanText } from './text';

/**
 * A value cell as written into the .docx: the domain's printed text (the same as the preview:
 * a typed text that is not a value prints as typed, never as the previous value), cleaned of
 * characters XML cannot hold.
 */
export function printedCellText(
  cell: CellTemplate,
  report: Report,
  computed: ComputedValues,
): string {
  return cleanText(printedText(cell, report, computed)).trim();
}
