import type { Report } from '@/domain/report/types';
import { safeFileName } from '@/lib/download-blob';

/** Larger files are refused before they are read (a real draft is a few dozen KB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The name of a draft's downloaded JSON file (the file itself: `@/stored-draft/draft-file`). */
export function exportFileName(report: Report): string {
  const { agencyName, year } = report.meta;
  return `${safeFileName(`${agencyName.trim() || '未命名机关'}${year === null ? '' : `${year}年`}年报草稿`)}.json`;
}
