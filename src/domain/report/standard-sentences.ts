import { cellNumber, type ComputedValues } from '../compute/compute-report';
import type { FactId, FormatTemplate } from '../template/types';
import type { Report } from './types';

/**
 * Standard sentences generated from the table values, so that narrative and tables agree by
 * construction. Each generator returns the sentence, or the reason it cannot be written yet
 * (blank cells: blank is not zero).
 */
export type SentenceResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** The sum of a fact's cells (`template.facts`); null when blank, incomplete or undeclared. */
function factValue(
  template: FormatTemplate,
  report: Report,
  computed: ComputedValues,
  fact: FactId,
): number | null {
  const cells = template.facts[fact]?.cells ?? [];
  if (cells.length === 0) return null;
  let sum = 0;
  for (const id of cells) {
    const n = cellNumber(template, report, computed, id);
    if (n === null) return null;
    sum += n;
  }
  return sum;
}

/** The values of some facts, or null as soon as one is unknown. */
function factValues<K extends FactId>(
  template: FormatTemplate,
  report: Report,
  computed: ComputedValues,
  facts: readonly K[],
): Record<K, number> | null {
  const v = {} as Record<K, number>;
  for (const fact of facts) {
    const n = factValue(template, report, computed, fact);
    if (n === null) return null;
    v[fact] = n;
  }
  return v;
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
  const v = factValues(template, report, computed, [
    'received',
    'carriedIn',
    'completed',
    'granted',
    'partial',
    'notDisclosed',
    'cannotProvide',
    'notProcessed',
    'otherHandling',
    'carriedOver',
  ]);
  if (v === null) return { ok: false, reason: '表三还有空白格，填完后才能生成统计句' };
  return {
    ok: true,
    text:
      `本年度共收到政府信息公开申请${v.received}件，上年结转${v.carriedIn}件；` +
      `办结${v.completed}件，其中予以公开${v.granted}件，部分公开${v.partial}件，不予公开${v.notDisclosed}件，` +
      `无法提供${v.cannotProvide}件，不予处理${v.notProcessed}件，其他处理${v.otherHandling}件；` +
      `结转下年度继续办理${v.carriedOver}件。`,
  };
}

/** The 行政复议、行政诉讼 sentence from 表四. */
export function reviewLitigationSentence(
  template: FormatTemplate,
  report: Report,
  computed: ComputedValues,
): SentenceResult {
  const v = factValues(template, report, computed, [
    'reviewUpheld',
    'reviewCorrected',
    'reviewOther',
    'reviewPending',
    'review',
    'litigationDirect',
    'litigationAfterReview',
  ]);
  if (v === null) return { ok: false, reason: '表四还有空白格，填完后才能生成统计句' };
  const litigation = v.litigationDirect + v.litigationAfterReview;
  if (v.review === 0 && litigation === 0) {
    return { ok: true, text: '本年度未发生政府信息公开行政复议、行政诉讼案件。' };
  }
  const reviewText =
    v.review === 0
      ? '未发生政府信息公开行政复议案件'
      : `发生政府信息公开行政复议${v.review}件（结果维持${v.reviewUpheld}件，结果纠正${v.reviewCorrected}件，其他结果${v.reviewOther}件，尚未审结${v.reviewPending}件）`;
  const litigationText =
    litigation === 0
      ? '未发生政府信息公开行政诉讼案件'
      : `发生政府信息公开行政诉讼${litigation}件（未经复议直接起诉${v.litigationDirect}件，复议后起诉${v.litigationAfterReview}件）`;
  return { ok: true, text: `本年度${reviewText}；${litigationText}。` };
}

/** Section 六's 信息处理费 statement (国办函〔2020〕109号) when none was charged. */
export function noFeeSentence(): SentenceResult {
  return { ok: true, text: '本年度未收取信息处理费。' };
}
