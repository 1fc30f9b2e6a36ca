import type { FormatTemplate } from '../src/domain/template/types';
import { sections2021 } from './common/sections';
import { buildTable2, type Table2Block } from './common/table2';
import { decisionFacts, feeUnpaidFact, table3Facts, table4Facts } from './common/facts';
import { balanceRuleText, buildTable3 } from './common/table3';
import { table4 } from './common/table4';

/** 国办公开办函〔2021〕30号: report years 2021 onward (still current). */

const decisions = [{ id: 'decisions', label: '本年处理决定数量', span: 3, type: 'count' }] as const;

/** Relative widths of 表二's four grid columns. */
export const table2ColumnWidths2021 = [34, 22, 22, 22] as const;

/** 表二's blocks (a regional variant may build on them). */
export const table2Blocks2021: readonly Table2Block[] = [
  {
    caption: '第二十条第（一）项',
    columns: [
      { id: 'made', label: '本年制发件数', type: 'count' },
      { id: 'repealed', label: '本年废止件数', type: 'count' },
      { id: 'valid', label: '现行有效件数', type: 'count' },
    ],
    rows: [
      { id: 'regulations', label: '规章' },
      { id: 'normativeDocuments', label: '行政规范性文件' },
    ],
  },
  {
    caption: '第二十条第（五）项',
    columns: decisions,
    rows: [{ id: 'licensing', label: '行政许可' }],
  },
  {
    caption: '第二十条第（六）项',
    columns: decisions,
    rows: [
      { id: 'punishment', label: '行政处罚' },
      { id: 'coercion', label: '行政强制' },
    ],
  },
  {
    caption: '第二十条第（八）项',
    columns: [
      {
        id: 'amount',
        label: '本年收费金额（单位：万元）',
        span: 3,
        type: 'money',
        unit: '万元',
        unitInHeader: true,
      },
    ],
    rows: [{ id: 'fees', label: '行政事业性收费' }],
  },
];

const table2 = buildTable2(4, table2ColumnWidths2021, table2Blocks2021);

const {
  table: table3,
  balance,
  carry,
} = buildTable3({
  group: '（六）其他处理',
  rows: [
    {
      id: 'noSupplement',
      label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    },
    {
      id: 'feeUnpaid',
      label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    },
    { id: 'otherReason', label: '3.其他' },
  ],
});

export const format2021: FormatTemplate = {
  id: '2021',
  version: 1,
  notice: {
    number: '国办公开办函〔2021〕30号',
    title:
      '国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知',
    attachmentTitle: '中华人民共和国政府信息公开工作年度报告格式',
  },
  years: { from: 2021, to: null },
  sections: sections2021,
  tables: [table2, table3, table4],
  balance,
  balanceRuleText,
  requiresFeeStatement: true,
  facts: {
    ...table3Facts(table3),
    ...feeUnpaidFact,
    ...table4Facts,
    regulationsMade: { label: '表二“规章”本年制发（新制作）数量', cells: ['t2.regulations.made'] },
    regulationsRepealed: { label: '表二“规章”本年废止件数', cells: ['t2.regulations.repealed'] },
    regulationsValid: { label: '表二“规章”现行有效件数', cells: ['t2.regulations.valid'] },
    normativeMade: {
      label: '表二“规范性文件”本年制发（新制作）数量',
      cells: ['t2.normativeDocuments.made'],
    },
    normativeRepealed: {
      label: '表二“行政规范性文件”本年废止件数',
      cells: ['t2.normativeDocuments.repealed'],
    },
    normativeValid: {
      label: '表二“行政规范性文件”现行有效件数',
      cells: ['t2.normativeDocuments.valid'],
    },
    ...decisionFacts,
    feesAmount: { label: '表二“行政事业性收费”本年收费金额', cells: ['t2.fees.amount'] },
  },
  crossYear: [
    ...carry,
    ...(['regulations', 'normativeDocuments'] as const).map((row) => ({
      kind: 'running' as const,
      cell: `t2.${row}.valid`,
      plus: `t2.${row}.made`,
      minus: `t2.${row}.repealed`,
      label: row === 'regulations' ? '规章' : '行政规范性文件',
      name: '现行有效件数',
    })),
  ],
  itemRelations: [],
};
