import type {
  BalanceRelation,
  CellTemplate,
  GridCell,
  GridRow,
  TableTemplate,
  CrossYearRelation,
} from '../../src/domain/template/types';

/**
 * 表三 (收到和处理政府信息公开申请情况), shared by both formats. The formats differ only in the
 * rows of （六）其他处理, which each format passes in.
 */

export const balanceRuleText =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const ORG = '法人或其他组织';

/** Applicant columns: id, leaf label, parent labels below 申请人情况. */
export const applicantColumns = [
  { id: 'naturalPerson', label: '自然人', parents: [] },
  { id: 'commercial', label: '商业企业', parents: [ORG] },
  { id: 'research', label: '科研机构', parents: [ORG] },
  { id: 'publicWelfare', label: '社会公益组织', parents: [ORG] },
  { id: 'legalService', label: '法律服务机构', parents: [ORG] },
  { id: 'otherOrg', label: '其他', parents: [ORG] },
  { id: 'total', label: '总计', parents: [] },
] as const;

export const inputApplicantColumns = applicantColumns.filter((c) => c.id !== 'total');

export interface ResultRow {
  readonly id: string;
  readonly label: string;
}
export interface ResultGroup {
  /** Group label such as `（三）不予公开`; absent for rows that stand alone. */
  readonly group?: string;
  readonly rows: readonly ResultRow[];
}

const RESULTS = '三、本年度办理结果';

/** Result groups common to both formats, before （六）. */
export const commonResultGroups: readonly ResultGroup[] = [
  { rows: [{ id: 'granted', label: '（一）予以公开' }] },
  { rows: [{ id: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' }] },
  {
    group: '（三）不予公开',
    rows: [
      { id: 'stateSecret', label: '1.属于国家秘密' },
      { id: 'lawForbidden', label: '2.其他法律行政法规禁止公开' },
      { id: 'securityStability', label: '3.危及“三安全一稳定”' },
      { id: 'thirdParty', label: '4.保护第三方合法权益' },
      { id: 'internalAffairs', label: '5.属于三类内部事务信息' },
      { id: 'processInfo', label: '6.属于四类过程性信息' },
      { id: 'enforcementFile', label: '7.属于行政执法案卷' },
      { id: 'adminQuery', label: '8.属于行政查询事项' },
    ],
  },
  {
    group: '（四）无法提供',
    rows: [
      { id: 'notHeld', label: '1.本机关不掌握相关政府信息' },
      { id: 'needsCreation', label: '2.没有现成信息需要另行制作' },
      { id: 'unclear', label: '3.补正后申请内容仍不明确' },
    ],
  },
  {
    group: '（五）不予处理',
    rows: [
      { id: 'petition', label: '1.信访举报投诉类申请' },
      { id: 'repeat', label: '2.重复申请' },
      { id: 'publication', label: '3.要求提供公开出版物' },
      { id: 'excessive', label: '4.无正当理由大量反复申请' },
      { id: 'confirmReissue', label: '5.要求行政机关确认或重新出具已获取信息' },
    ],
  },
];

const NEW = { id: 'newReceived', label: '一、本年新收政府信息公开申请数量' };
const CARRIED_IN = { id: 'carriedIn', label: '二、上年结转政府信息公开申请数量' };
const RESULTS_TOTAL = { id: 'resultsTotal', label: '（七）总计' };
const CARRIED_OVER = { id: 'carriedOver', label: '四、结转下年度继续办理' };

const cellId = (row: string, column: string): string => `t3.${row}.${column}`;

export function buildTable3(otherHandling: ResultGroup): {
  table: TableTemplate;
  balance: readonly BalanceRelation[];
  /** 二、上年结转 per column = last year's 四、结转下年度继续办理. */
  carry: readonly CrossYearRelation[];
} {
  const groups = [...commonResultGroups, otherHandling];
  const resultRows = groups.flatMap((g) => g.rows);

  interface RowSpec {
    readonly id: string;
    readonly rowLabels: readonly string[];
    readonly accessibleRow: string;
    readonly labelCells: readonly GridCell[];
  }
  const specs: RowSpec[] = [
    {
      id: NEW.id,
      rowLabels: [NEW.label],
      accessibleRow: NEW.label,
      labelCells: [{ kind: 'label', role: 'rowLabel', text: NEW.label, colSpan: 3 }],
    },
    {
      id: CARRIED_IN.id,
      rowLabels: [CARRIED_IN.label],
      accessibleRow: CARRIED_IN.label,
      labelCells: [{ kind: 'label', role: 'rowLabel', text: CARRIED_IN.label, colSpan: 3 }],
    },
  ];
  let firstResult = true;
  for (const g of groups) {
    g.rows.forEach((r, i) => {
      const cells: GridCell[] = [];
      if (firstResult) {
        cells.push({
          kind: 'label',
          role: 'rowLabel',
          text: RESULTS,
          rowSpan: resultRows.length + 1,
        });
        firstResult = false;
      }
      if (g.group === undefined) {
        cells.push({ kind: 'label', role: 'rowLabel', text: r.label, colSpan: 2 });
      } else {
        if (i === 0)
          cells.push({ kind: 'label', role: 'rowLabel', text: g.group, rowSpan: g.rows.length });
        cells.push({ kind: 'label', role: 'rowLabel', text: r.label });
      }
      specs.push({
        id: r.id,
        rowLabels: g.group === undefined ? [RESULTS, r.label] : [RESULTS, g.group, r.label],
        accessibleRow: g.group === undefined ? r.label : `${g.group} ${r.label}`,
        labelCells: cells,
      });
    });
  }
  specs.push(
    {
      id: RESULTS_TOTAL.id,
      rowLabels: [RESULTS, RESULTS_TOTAL.label],
      accessibleRow: RESULTS_TOTAL.label,
      labelCells: [{ kind: 'label', role: 'rowLabel', text: RESULTS_TOTAL.label, colSpan: 2 }],
    },
    {
      id: CARRIED_OVER.id,
      rowLabels: [CARRIED_OVER.label],
      accessibleRow: CARRIED_OVER.label,
      labelCells: [{ kind: 'label', role: 'rowLabel', text: CARRIED_OVER.label, colSpan: 3 }],
    },
  );

  const cells: CellTemplate[] = [];
  const rows: GridRow[] = [
    {
      kind: 'header',
      cells: [
        { kind: 'label', role: 'corner', text: balanceRuleText, rowSpan: 3, colSpan: 3 },
        { kind: 'label', role: 'header', text: '申请人情况', colSpan: 7 },
      ],
    },
    {
      kind: 'header',
      cells: [
        { kind: 'label', role: 'header', text: '自然人', rowSpan: 2 },
        { kind: 'label', role: 'header', text: ORG, colSpan: 5 },
        { kind: 'label', role: 'header', text: '总计', rowSpan: 2 },
      ],
    },
    {
      kind: 'header',
      cells: inputApplicantColumns
        .slice(1)
        .map((c) => ({ kind: 'label', role: 'header', text: c.label }) as const),
    },
  ];

  for (const spec of specs) {
    const valueCells: GridCell[] = [];
    for (const col of applicantColumns) {
      const id = cellId(spec.id, col.id);
      const computed =
        col.id === 'total'
          ? { sum: inputApplicantColumns.map((c) => cellId(spec.id, c.id)) }
          : spec.id === RESULTS_TOTAL.id
            ? { sum: resultRows.map((r) => cellId(r.id, col.id)) }
            : undefined;
      const accessibleColumn = [...col.parents, col.label].join(' ');
      cells.push({
        id,
        table: 't3',
        row: spec.id,
        column: col.id,
        type: 'count',
        rowLabels: spec.rowLabels,
        columnLabels: ['申请人情况', ...col.parents, col.label],
        label: `${spec.accessibleRow} ${accessibleColumn}`,
        ...(computed ? { computed } : {}),
      });
      valueCells.push({ kind: 'value', cell: id });
    }
    rows.push({ kind: 'data', row: spec.id, cells: [...spec.labelCells, ...valueCells] });
  }

  const balance: BalanceRelation[] = applicantColumns.map((col) => ({
    id: `t3Balance.${col.id}`,
    table: 't3',
    columnLabel: col.label === '其他' ? `${ORG}·其他` : col.label,
    left: [cellId(NEW.id, col.id), cellId(CARRIED_IN.id, col.id)],
    right: [cellId(RESULTS_TOTAL.id, col.id), cellId(CARRIED_OVER.id, col.id)],
    leftLabels: ['本年新收', '上年结转'],
    rightLabels: ['办理结果总计', '结转下年度'],
  }));

  return {
    table: {
      id: 't3',
      shortName: '表三',
      importName: '依申请公开表',
      layout: {
        size: 'normal',
        labelSize: 'small',
        margin: 57,
        leftRowLabels: true,
        narrowLabelColumns: 2,
      },
      section: 'applications',
      title: '收到和处理政府信息公开申请情况',
      gridColumns: 10,
      columnWidths: [6, 7, 21, 9, 9, 9, 9, 9, 9, 11],
      rows,
      cells,
    },
    balance,
    carry: applicantColumns.map((col) => ({
      kind: 'carry',
      cell: cellId(CARRIED_IN.id, col.id),
      from: cellId(CARRIED_OVER.id, col.id),
      label: col.label === '其他' ? `${ORG}·其他` : col.label,
      name: '上年结转',
      fromName: '结转下年度继续办理',
    })),
  };
}
