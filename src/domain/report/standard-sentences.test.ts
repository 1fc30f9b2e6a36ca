import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import { computeReport } from '../compute/compute-report';
import { indexTemplate } from '../template/lookup';
import { emptyReport } from './empty-report';
import {
  applicationsSentence,
  noFeeSentence,
  reviewLitigationSentence,
} from './standard-sentences';
import type { Report } from './types';

function filled(format: '2019' | '2021', values: Record<string, string>): Report {
  const template = formatById(format);
  const zeros = Object.fromEntries(indexTemplate(template).inputCells.map((c) => [c.id, '0']));
  return {
    ...emptyReport(format, format === '2019' ? 2020 : 2024),
    cells: { ...zeros, ...values },
  };
}

describe('applicationsSentence', () => {
  it('states seed 000’s 表三 (2019 format)', () => {
    const template = formatById('2019');
    const report = filled('2019', {
      't3.newReceived.naturalPerson': '21',
      't3.granted.naturalPerson': '3',
      't3.partial.naturalPerson': '16',
      't3.notHeld.naturalPerson': '2',
    });
    const result = applicationsSentence(template, report, computeReport(template, report));
    expect(result).toEqual({
      ok: true,
      text: '本年度共收到政府信息公开申请21件，上年结转0件；办结21件，其中予以公开3件，部分公开16件，不予公开0件，无法提供2件，不予处理0件，其他处理0件；结转下年度继续办理0件。',
    });
  });
  it('sums the groups across columns and the three 其他处理 rows (2021)', () => {
    const template = formatById('2021');
    const report = filled('2021', {
      't3.newReceived.naturalPerson': '10',
      't3.newReceived.commercial': '2',
      't3.carriedIn.naturalPerson': '1',
      't3.stateSecret.naturalPerson': '1',
      't3.processInfo.commercial': '2',
      't3.repeat.naturalPerson': '3',
      't3.feeUnpaid.naturalPerson': '1',
      't3.otherReason.naturalPerson': '1',
      't3.granted.naturalPerson': '4',
      't3.carriedOver.naturalPerson': '1',
    });
    const result = applicationsSentence(template, report, computeReport(template, report));
    expect(result.ok && result.text).toBe(
      '本年度共收到政府信息公开申请12件，上年结转1件；办结12件，其中予以公开4件，部分公开0件，不予公开3件，无法提供0件，不予处理3件，其他处理2件；结转下年度继续办理1件。',
    );
  });
  it('refuses while a cell is blank (blank is not zero)', () => {
    const template = formatById('2021');
    const report = emptyReport('2021', 2024);
    const result = applicationsSentence(template, report, computeReport(template, report));
    expect(result.ok).toBe(false);
  });
});

describe('reviewLitigationSentence', () => {
  const template = formatById('2021');
  it('says none when all are zero', () => {
    const report = filled('2021', {});
    expect(reviewLitigationSentence(template, report, computeReport(template, report))).toEqual({
      ok: true,
      text: '本年度未发生政府信息公开行政复议、行政诉讼案件。',
    });
  });
  it('breaks the cases down', () => {
    const report = filled('2021', {
      't4.review.upheld': '2',
      't4.review.pending': '1',
      't4.litAfterReview.corrected': '1',
    });
    const result = reviewLitigationSentence(template, report, computeReport(template, report));
    expect(result.ok && result.text).toBe(
      '本年度发生政府信息公开行政复议3件（结果维持2件，结果纠正0件，其他结果0件，尚未审结1件）；发生政府信息公开行政诉讼1件（未经复议直接起诉0件，复议后起诉1件）。',
    );
  });
  it('refuses while 表四 is blank', () => {
    const report = emptyReport('2021', 2024);
    expect(reviewLitigationSentence(template, report, computeReport(template, report)).ok).toBe(
      false,
    );
  });
  it('offers the 信息处理费 sentence', () => {
    expect(noFeeSentence()).toEqual({ ok: true, text: '本年度未收取信息处理费。' });
  });
});
