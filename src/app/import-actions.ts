// What an imported report becomes: the import feature reads files, the drafts feature stores
// drafts; the app joins the two here so that neither imports the other.
import type { Report } from '@/domain/report/types';
import { newId } from '@/lib/ids';
import { formats } from '@templates/index';
import { focusFirstField } from '@/store/navigation-store';
import { draftSession, startFromLastYear } from '@/features/drafts';

/** 创建草稿: the imported report becomes a new draft (never overwrites one) and opens. */
export function createDraftFromImport(report: Report): void {
  draftSession().create({ id: newId(), name: '', report, lastYear: null }, [
    '已根据导入的年报创建草稿。表格数字和文字都来自原文件，请逐项核对。',
  ]);
  focusFirstField();
}

/**
 * 作为去年的年报（用于新草稿）: a draft for the next year that carries over 上年结转, 现行有效件数,
 * agency and contact data, with the imported report kept as its last year for the checks.
 */
export function startFromImportedLastYear(report: Report): void {
  const { report: next, notes } = startFromLastYear(report, formats);
  draftSession().create({ id: newId(), name: '', report: next, lastYear: report }, [
    `已把导入的 ${report.meta.year ?? ''} 年度年报作为去年的年报。`,
    ...notes,
  ]);
  focusFirstField();
}

/** 作为草稿打开 from the reviewer's screen: a unit's report, or the 汇总, becomes a new draft. */
export function createDraftFromReview(report: Report, notes: readonly string[]): void {
  draftSession().create({ id: newId(), name: '', report, lastYear: null }, [...notes]);
  focusFirstField();
}
