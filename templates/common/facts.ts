import type {
  CellId,
  FactDeclaration,
  FactId,
  TableTemplate,
} from '../../src/domain/template/types';
import { inputApplicantColumns } from './table3';

/** The facts of 表三 and 表四, the same in both national formats (表二's differ: see each format). */

type Facts = Partial<Record<FactId, FactDeclaration>>;

const RESULTS = '三、本年度办理结果';

/** 表三 总计-column cells of the result rows under `group` (e.g. `（三）不予公开`). */
function groupTotals(t3: TableTemplate, group: string): CellId[] {
  return t3.cells
    .filter((c) => c.column === 'total' && c.rowLabels[0] === RESULTS && c.rowLabels[1] === group)
    .map((c) => c.id);
}

/**
 * 表三's row `row` by applicant: its 自然人 column, its 法人或其他组织 columns summed, and its 商业企业
 * column (the one organisation the narratives name: `涉及自然人72件、商业企业3件`).
 */
function byApplicant(
  fact: 'received' | 'carriedIn' | 'completed',
  row: string,
  label: string,
): Facts {
  const organisations = inputApplicantColumns.filter((c) => c.id !== 'naturalPerson');
  return {
    [`${fact}NaturalPerson`]: {
      label: `表三“${label}”自然人`,
      cells: [`t3.${row}.naturalPerson`],
    },
    [`${fact}Organisations`]: {
      label: `表三“${label}”法人或其他组织各列之和`,
      cells: organisations.map((c) => `t3.${row}.${c.id}`),
    },
    [`${fact}Commercial`]: {
      label: `表三“${label}”商业企业`,
      cells: [`t3.${row}.commercial`],
    },
  };
}

export function table3Facts(t3: TableTemplate): Facts {
  return {
    received: {
      label: '表三“一、本年新收政府信息公开申请数量”总计',
      cells: ['t3.newReceived.total'],
    },
    carriedIn: {
      label: '表三“二、上年结转政府信息公开申请数量”总计',
      cells: ['t3.carriedIn.total'],
    },
    granted: { label: '表三“（一）予以公开”总计', cells: ['t3.granted.total'] },
    partial: { label: '表三“（二）部分公开”总计', cells: ['t3.partial.total'] },
    notDisclosed: {
      label: '表三“（三）不予公开”各项总计之和',
      cells: groupTotals(t3, '（三）不予公开'),
    },
    cannotProvide: {
      label: '表三“（四）无法提供”各项总计之和',
      cells: groupTotals(t3, '（四）无法提供'),
    },
    notProcessed: {
      label: '表三“（五）不予处理”各项总计之和',
      cells: groupTotals(t3, '（五）不予处理'),
    },
    otherHandling: {
      label: '表三“（六）其他处理”各项总计之和',
      cells: groupTotals(t3, '（六）其他处理'),
    },
    completed: { label: '表三“（七）总计”', cells: ['t3.resultsTotal.total'] },
    carriedOver: { label: '表三“四、结转下年度继续办理”总计', cells: ['t3.carriedOver.total'] },
    ...byApplicant('received', 'newReceived', '一、本年新收政府信息公开申请数量'),
    ...byApplicant('carriedIn', 'carriedIn', '二、上年结转政府信息公开申请数量'),
    ...byApplicant('completed', 'resultsTotal', '（七）总计'),
  };
}

/** 2021 表三（六）2 (the 2019 format has no such row). */
export const feeUnpaidFact: Facts = {
  feeUnpaid: {
    label: '表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用”',
    cells: ['t3.feeUnpaid.total'],
  },
};

export const table4Facts: Facts = {
  reviewUpheld: { label: '表四“行政复议 结果维持”', cells: ['t4.review.upheld'] },
  reviewCorrected: { label: '表四“行政复议 结果纠正”', cells: ['t4.review.corrected'] },
  reviewOther: { label: '表四“行政复议 其他结果”', cells: ['t4.review.other'] },
  reviewPending: { label: '表四“行政复议 尚未审结”', cells: ['t4.review.pending'] },
  review: { label: '表四“行政复议”总计', cells: ['t4.review.total'] },
  litigationDirectUpheld: {
    label: '表四“未经复议直接起诉 结果维持”',
    cells: ['t4.litDirect.upheld'],
  },
  litigationDirectCorrected: {
    label: '表四“未经复议直接起诉 结果纠正”',
    cells: ['t4.litDirect.corrected'],
  },
  litigationDirectOther: {
    label: '表四“未经复议直接起诉 其他结果”',
    cells: ['t4.litDirect.other'],
  },
  litigationDirectPending: {
    label: '表四“未经复议直接起诉 尚未审结”',
    cells: ['t4.litDirect.pending'],
  },
  litigationDirect: { label: '表四“未经复议直接起诉”总计', cells: ['t4.litDirect.total'] },
  litigationAfterReviewUpheld: {
    label: '表四“复议后起诉 结果维持”',
    cells: ['t4.litAfterReview.upheld'],
  },
  litigationAfterReviewCorrected: {
    label: '表四“复议后起诉 结果纠正”',
    cells: ['t4.litAfterReview.corrected'],
  },
  litigationAfterReviewOther: {
    label: '表四“复议后起诉 其他结果”',
    cells: ['t4.litAfterReview.other'],
  },
  litigationAfterReviewPending: {
    label: '表四“复议后起诉 尚未审结”',
    cells: ['t4.litAfterReview.pending'],
  },
  litigationAfterReview: { label: '表四“复议后起诉”总计', cells: ['t4.litAfterReview.total'] },
  litigation: {
    label: '表四“行政诉讼”总计（直接起诉与复议后起诉）',
    cells: ['t4.litDirect.total', 't4.litAfterReview.total'],
  },
};

/** 表二 处理决定数量 of 行政许可, 行政处罚, 行政强制 (both formats). */
export const decisionFacts: Facts = {
  licensingDecisions: { label: '表二“行政许可”处理决定数量', cells: ['t2.licensing.decisions'] },
  punishmentDecisions: { label: '表二“行政处罚”处理决定数量', cells: ['t2.punishment.decisions'] },
  coercionDecisions: { label: '表二“行政强制”处理决定数量', cells: ['t2.coercion.decisions'] },
};
