import { cellNumber, type ComputedValues } from '../compute/compute-report';
import type { CellId, FormatTemplate } from '../template/types';
import type { Report } from './types';

/**
 * Standard sentences generated from the table values, so that narrative and tables agree by
 * construction. Each generator returns the sentence, or the reason it cannot be written yet
 * (blank cells: blank is not zero).
 */
export type SentenceResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const RESULTS = '三、本年度办理结果';

/** 表三 总计-column cells of the rows whose row label path contains `group` (e.g. `（三）不予公开`). */
function groupTotals(template: FormatTemplate, group: string): CellId[] {
  const t3 = template.tables.find((t) => t.id === 't3');
  return (t3?.cells ?? [])
    .filter((c) => c.column === 'total' && c.rowLabels[0] === RESULTS && c.rowLabels[1] === group)
    .map((c) => c.id);
}

function sumOf(
  template: FormatTemplate,
  report: Report,
  computed: ComputedValues,
  ids: readonly CellId[],
): number | null {
  let sum = 0;
  for (const id of ids) {
    const n = cellNumber(template, report, computed, id);
    if (n === null) return null;
    sum += n;
  }
  return sum;
}

/**
 * `本年度共收到政府信息公开申请X件，上年结转Y件；办结Z件，其中予以公开A件，部分公开B件，不予公开C件，
 * 无法提供D件，不予处理E件，其他处理F件；结转下年度继续办理G件。`
 */
export function applicationsSentence(
  template: FormatTemplate,
  report: Report,
  computed: ComputedValues,
): SentenceResult {
  const parts: Record<string, readonly CellId[]> = {
    received: ['t3.newReceived.total'],
    carriedIn: ['t3.carriedIn.total'],
    completed: ['t3.resultsTotal.total'],
    granted: ['t3.granted.total'],
    partial: ['t3.partial.total'],
    refused: groupTotals(template, '（三）不予公开'),
    cannot: groupTotals(template, '（四）无法提供'),
    notProcessed: groupTotals(template, '（五）不予处理'),
    other: groupTotals(template, '（六）其他处理'),
    carriedOver: ['t3.carriedOver.total'],
  };
  const v: Record<string, number> = {};
  for (const [key, ids] of Object.entries(parts)) {
    const n = ids.length === 0 ? null : sumOf(template, report, computed, ids);
    if (n === null) return { ok: false, reason: '表三还有空白格，填完后才能生成统计句' };
    v[key] = n;
  }
  return {
    ok: true,
    text:
      `本年度共收到政府信息公开申请${v.received}件，上年结转${v.carriedIn}件；` +
      `办结${v.completed}件，其中予以公开${v.granted}件，部分公开${v.partial}件，不予公开${v.refused}件，` +
      `无法提供${v.cannot}件，不予处理${v.notProcessed}件，其他处理${v.other}件；` +
      `结转下年度继续办理${v.carriedOver}件。`,
  };
}

/** The 行政复议、行政诉讼 sentence from 表四. */
export function reviewLitigationSentence(
  template: FormatTemplate,
  report: Report,
  computed: ComputedValues,
): SentenceResult {
  const n = (id: CellId): number | null => cellNumber(template, report, computed, id);
  const ids = ['upheld', 'corrected', 'other', 'pending', 'total'];
  const review = ids.map((o) => n(`t4.review.${o}`));
  const direct = n('t4.litDirect.total');
  const after = n('t4.litAfterReview.total');
  if (review.some((x) => x === null) || direct === null || after === null) {
    return { ok: false, reason: '表四还有空白格，填完后才能生成统计句' };
  }
  const [upheld, corrected, other, pending, reviewTotal] = review as number[];
  const litigation = direct + after;
  if (reviewTotal === 0 && litigation === 0) {
    return { ok: true, text: '本年度未发生政府信息公开行政复议、行政诉讼案件。' };
  }
  const reviewText =
    reviewTotal === 0
      ? '未发生政府信息公开行政复议案件'
      : `发生政府信息公开行政复议${reviewTotal}件（结果维持${upheld}件，结果纠正${corrected}件，其他结果${other}件，尚未审结${pending}件）`;
  const litigationText =
    litigation === 0
      ? '未发生政府信息公开行政诉讼案件'
      : `发生政府信息公开行政诉讼${litigation}件（未经复议直接起诉${direct}件，复议后起诉${after}件）`;
  return { ok: true, text: `本年度${reviewText}；${litigationText}。` };
}

/** Section 六's 信息处理费 statement (国办函〔2020〕109号) when none was charged. */
export function noFeeSentence(): SentenceResult {
  return { ok: true, text: '本年度未收取信息处理费。' };
}
