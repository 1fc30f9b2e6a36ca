import ExcelJS from 'exceljs';
import { cellNumber, computeReport, printedCellText } from '@/domain/compute/compute-report';
import { agencyKindLabels } from '@/domain/report/types';
import { checkCatalogue } from '@/domain/rules/catalogue';
import { severityLabels } from '@/domain/rules/types';
import { indexTemplate } from '@/domain/template/lookup';
import type { RulePack } from '@/domain/template/rule-pack';
import type { FactId } from '@/domain/template/types';
import { reviewRow } from '@/review/rows';
import { packCheckPrefix, reviewedUnits } from '@/review/unit';
import type { ReviewUnit } from '@/review/types';
import { formatById } from '@templates/index';

/**
 * The review as a spreadsheet (SPEC §9): sheet 审核结果 has one row per unit and one column per
 * check (the number of its open issues) — the rule pack's checks too when the reviewer chose one
 * — then the unit's main figures; sheet 问题清单 lists every issue. Loaded on demand (exceljs is large).
 */

export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Main figures of a report, as facts its template declares (SPEC §3): 表三 and 表四 totals and
 * 表二's fees, in the same columns whatever each unit's format.
 */
export const mainFigures: readonly { readonly fact: FactId; readonly title: string }[] = [
  { fact: 'received', title: '本年新收申请' },
  { fact: 'carriedIn', title: '上年结转申请' },
  { fact: 'granted', title: '予以公开' },
  { fact: 'partial', title: '部分公开' },
  { fact: 'completed', title: '办理结果总计' },
  { fact: 'carriedOver', title: '结转下年度' },
  { fact: 'review', title: '行政复议总计' },
  { fact: 'litigationDirect', title: '直接起诉总计' },
  { fact: 'litigationAfterReview', title: '复议后起诉总计' },
  { fact: 'feesAmount', title: '行政事业性收费金额（万元）' },
];

const fixedColumns = [
  { header: '序号', key: 'no', width: 6 },
  { header: '文件', key: 'path', width: 28 },
  { header: '单位', key: 'agency', width: 30 },
  { header: '年度', key: 'year', width: 7 },
  { header: '格式', key: 'format', width: 12 },
  { header: '机关类别', key: 'kind', width: 12 },
  { header: '成文日期', key: 'date', width: 12 },
  { header: '逾期', key: 'late', width: 6 },
  { header: '错误', key: 'error', width: 6 },
  { header: '未完成', key: 'incomplete', width: 7 },
  { header: '提醒', key: 'warning', width: 6 },
  { header: '提示', key: 'info', width: 6 },
  { header: '读取', key: 'read', width: 8 },
  { header: '读取说明', key: 'readNotes', width: 30 },
] as const;

export interface ReviewWorkbookOptions {
  /** The rule pack the units were checked with: one column per rule. */
  readonly pack?: RulePack | null;
}

/** A check's title: the catalogue's, or a pack rule's as `规则包：…`. */
function checkTitle(id: string, pack: RulePack | null | undefined): string {
  const builtIn = checkCatalogue[id]?.title;
  if (builtIn) return builtIn;
  const rule =
    pack && id.startsWith(packCheckPrefix(pack))
      ? pack.rules.find((r) => id === `${packCheckPrefix(pack)}${r.id}`)
      : undefined;
  return rule ? `规则包：${rule.title}` : id;
}

export function buildReviewWorkbook(
  files: readonly ReviewUnit[],
  options: ReviewWorkbookOptions = {},
): ExcelJS.Workbook {
  const units = reviewedUnits(files);
  const { pack } = options;
  const book = new ExcelJS.Workbook();
  book.creator = '年报助手';
  const sheet = book.addWorksheet('审核结果', {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }],
  });
  const checkIds = [
    ...Object.keys(checkCatalogue),
    ...(pack ? pack.rules.map((r) => `${packCheckPrefix(pack)}${r.id}`) : []),
  ];
  sheet.columns = [
    ...fixedColumns.map((c) => ({ ...c })),
    ...checkIds.map((id) => ({
      header: checkTitle(id, pack),
      key: `check:${id}`,
      width: 14,
    })),
    ...mainFigures.map((f) => ({ header: f.title, key: `figure:${f.fact}`, width: 12 })),
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 48;

  units.forEach((unit, index) => {
    const row = reviewRow(unit);
    const values: Record<string, string | number> = {
      no: index + 1,
      path: unit.path,
      agency: row.agency,
    };
    if (!unit.ok) {
      values['read'] = '无法读取';
      values['readNotes'] = unit.message;
      sheet.addRow(values);
      return;
    }
    const { report } = unit;
    const template = formatById(report.formatId);
    Object.assign(values, {
      year: report.meta.year ?? '',
      format: template.notice.number,
      kind: agencyKindLabels[report.meta.agencyKind],
      date: report.meta.reportDate ?? '',
      late: row.late ? '是' : '否',
      error: row.counts.error,
      incomplete: row.counts.incomplete,
      warning: row.counts.warning,
      info: row.counts.info,
      read: row.readComplete ? '完整' : '不完整',
      readNotes: row.readNotes.join('；'),
    });
    for (const id of checkIds)
      values[`check:${id}`] = unit.issues.filter((i) => i.checkId === id && !i.dismissed).length;
    const computed = computeReport(template, report);
    const cells = indexTemplate(template).cells;
    for (const f of mainFigures) {
      const ids = template.facts[f.fact]?.cells ?? [];
      const numbers = ids.map((id) => cellNumber(template, report, computed, id));
      const [only] = ids;
      const cell = only === undefined ? undefined : cells.get(only);
      // A number when it is one (the one reader decides); else what the report prints there.
      if (ids.length > 0 && numbers.every((n) => n !== null))
        values[`figure:${f.fact}`] = numbers.reduce<number>((a, n) => a + (n ?? 0), 0);
      else if (ids.length === 1 && cell)
        values[`figure:${f.fact}`] = printedCellText(cell, report, computed);
    }
    sheet.addRow(values);
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };

  const issues = book.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  issues.columns = [
    { header: '单位', key: 'agency', width: 30 },
    { header: '文件', key: 'path', width: 28 },
    { header: '类别', key: 'severity', width: 8 },
    { header: '检查', key: 'check', width: 28 },
    { header: '问题', key: 'message', width: 80 },
  ];
  issues.getRow(1).font = { bold: true };
  for (const unit of units) {
    const agency = unit.ok ? unit.report.meta.agencyName.trim() : '';
    if (!unit.ok) {
      issues.addRow({
        agency,
        path: unit.path,
        severity: '错误',
        check: '无法读取',
        message: unit.message,
      });
      continue;
    }
    for (const i of unit.issues.filter((x) => !x.dismissed))
      issues.addRow({
        agency,
        path: unit.path,
        severity: severityLabels[i.severity],
        check: checkTitle(i.checkId, pack),
        message: i.message,
      });
  }
  return book;
}

export async function packReviewWorkbook(
  units: readonly ReviewUnit[],
  options: ReviewWorkbookOptions = {},
): Promise<{ bytes: Uint8Array; fileName: string; mimeType: string }> {
  const buffer = await buildReviewWorkbook(units, options).xlsx.writeBuffer();
  return {
    bytes: new Uint8Array(buffer as ArrayBuffer),
    fileName: '年度报告审核结果.xlsx',
    mimeType: xlsxMimeType,
  };
}
