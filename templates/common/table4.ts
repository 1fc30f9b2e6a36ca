import type { CellTemplate, GridCell, TableTemplate } from '../../src/domain/template/types';

/** 表四 (行政复议、行政诉讼情况): identical in both formats, one unlabelled row of 15 numbers. */

const outcomes = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
  { id: 'total', label: '总计' },
] as const;

const groups = [
  { id: 'review', label: '行政复议', parents: [] },
  { id: 'litDirect', label: '未经复议直接起诉', parents: ['行政诉讼'] },
  { id: 'litAfterReview', label: '复议后起诉', parents: ['行政诉讼'] },
] as const;

const cells: CellTemplate[] = groups.flatMap((g) =>
  outcomes.map((o) => ({
    id: `t4.${g.id}.${o.id}`,
    table: 't4' as const,
    row: g.id,
    column: o.id,
    type: 'count' as const,
    rowLabels: [],
    columnLabels: [...g.parents, g.label, o.label],
    label: `${g.label} ${o.label}`,
    ...(o.id === 'total'
      ? {
          computed: {
            sum: outcomes.filter((x) => x.id !== 'total').map((x) => `t4.${g.id}.${x.id}`),
          },
        }
      : {}),
  })),
);

const header = (text: string, span?: { rowSpan?: number; colSpan?: number }): GridCell => ({
  kind: 'label',
  role: 'header',
  text,
  ...span,
});

export const table4: TableTemplate = {
  id: 't4',
  shortName: '表四',
  importName: '复议诉讼表',
  layout: { size: 'small', labelSize: 'small', margin: 20 },
  mayRepeat: true,
  section: 'reviewLitigation',
  title: '政府信息公开行政复议、行政诉讼情况',
  gridColumns: 15,
  columnWidths: Array.from({ length: 15 }, () => 1),
  rows: [
    {
      kind: 'header',
      cells: [header('行政复议', { colSpan: 5 }), header('行政诉讼', { colSpan: 10 })],
    },
    {
      kind: 'header',
      cells: [
        ...outcomes.map((o) => header(o.label, { rowSpan: 2 })),
        header('未经复议直接起诉', { colSpan: 5 }),
        header('复议后起诉', { colSpan: 5 }),
      ],
    },
    { kind: 'header', cells: [...outcomes, ...outcomes].map((o) => header(o.label)) },
    { kind: 'data', row: 'cases', cells: cells.map((c) => ({ kind: 'value', cell: c.id })) },
  ],
  cells,
};
