import type { FormatTemplate } from '../src/domain/template/types';
import { sections2019 } from './common/sections';
import { buildTable2, type Table2Column } from './common/table2';
import { decisionFacts, table3Facts, table4Facts } from './common/facts';
import { balanceRuleText, buildTable3 } from './common/table3';
import { table4 } from './common/table4';

/** 国办公开办函〔2019〕60号 (试行): report years 2019–2020. */

const itemColumns: readonly Table2Column[] = [
  { id: 'prevYearItems', label: '上一年项目数量', type: 'count' },
  { id: 'change', label: '本年增/减', span: 2, type: 'signedCount' },
  { id: 'decisions', label: '处理决定数量', type: 'count' },
];

const table2 = buildTable2(
  5,
  [28, 18, 9, 9, 18],
  [
    {
      caption: '第二十条第（一）项',
      columns: [
        { id: 'newlyMade', label: '本年新制作数量', type: 'count' },
        { id: 'newlyPublished', label: '本年新公开数量', span: 2, type: 'count' },
        { id: 'totalPublished', label: '对外公开总数量', type: 'count' },
      ],
      rows: [
        { id: 'regulations', label: '规章' },
        { id: 'normativeDocuments', label: '规范性文件' },
      ],
    },
    {
      caption: '第二十条第（五）项',
      columns: itemColumns,
      rows: [
        { id: 'licensing', label: '行政许可' },
        { id: 'otherServices', label: '其他对外管理服务事项' },
      ],
    },
    {
      caption: '第二十条第（六）项',
      columns: itemColumns,
      rows: [
        { id: 'punishment', label: '行政处罚' },
        { id: 'coercion', label: '行政强制' },
      ],
    },
    {
      caption: '第二十条第（八）项',
      columns: [
        { id: 'prevYearItems', label: '上一年项目数量', span: 2, type: 'count' },
        { id: 'change', label: '本年增/减', span: 2, type: 'signedCount' },
      ],
      rows: [{ id: 'fees', label: '行政事业性收费' }],
    },
    {
      caption: '第二十条第（九）项',
      columns: [
        { id: 'items', label: '采购项目数量', span: 2, type: 'count' },
        // The 2019 header prints no unit; reports write it in the cell, most often 元.
        {
          id: 'amount',
          label: '采购总金额',
          span: 2,
          type: 'money',
          unit: '元',
          unitInHeader: false,
        },
      ],
      rows: [{ id: 'centralProcurement', label: '政府集中采购' }],
    },
  ],
);

const {
  table: table3,
  balance,
  carry,
} = buildTable3({
  rows: [{ id: 'otherProcessing', label: '（六）其他处理' }],
});

export const format2019: FormatTemplate = {
  id: '2019',
  version: 1,
  notice: {
    number: '国办公开办函〔2019〕60号',
    title: '国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知',
    attachmentTitle: '中华人民共和国政府信息公开工作年度报告格式（试行）',
  },
  years: { from: 2019, to: 2020 },
  sections: sections2019,
  tables: [table2, table3, table4],
  balance,
  balanceRuleText,
  requiresFeeStatement: false,
  facts: {
    ...table3Facts(table3),
    ...table4Facts,
    regulationsMade: {
      label: '表二“规章”本年制发（新制作）数量',
      cells: ['t2.regulations.newlyMade'],
    },
    regulationsPublished: {
      label: '表二“规章”对外公开总数量',
      cells: ['t2.regulations.totalPublished'],
    },
    normativeMade: {
      label: '表二“规范性文件”本年制发（新制作）数量',
      cells: ['t2.normativeDocuments.newlyMade'],
    },
    ...decisionFacts,
    procurementItems: {
      label: '表二“政府集中采购”采购项目数量',
      cells: ['t2.centralProcurement.items'],
    },
    procurementAmount: {
      label: '表二“政府集中采购”采购总金额',
      cells: ['t2.centralProcurement.amount'],
    },
  },
  crossYear: carry,
  itemRelations: [
    { id: 'licensing', label: '行政许可', decisions: true },
    { id: 'otherServices', label: '其他对外管理服务事项', decisions: true },
    { id: 'punishment', label: '行政处罚', decisions: true },
    { id: 'coercion', label: '行政强制', decisions: true },
    { id: 'fees', label: '行政事业性收费', decisions: false },
  ].map(({ id, label, decisions }) => ({
    id,
    label,
    previous: `t2.${id}.prevYearItems`,
    change: `t2.${id}.change`,
    ...(decisions ? { decisions: `t2.${id}.decisions` } : {}),
  })),
};
