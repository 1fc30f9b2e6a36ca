import { quoteTyped, readCell, type CellReading } from '../../report/read-cell';
import { indexTemplate } from '../../template/lookup';
import type { CellId, CellTemplate, FormatTemplate, TableId } from '../../template/types';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { tableName } from '../support';

/**
 * Totals printed in an imported or pasted source (`reportedTotals`) against our computation:
 * the 总计 column and （七）总计 row of 表三, the three 总计 of 表四. When our total is still
 * incomplete, a printed total below the sum of what is filled is already wrong.
 */
export const reportedTotalCheck = defineCheck({
  id: 'reported-total-mismatch',
  severity: 'error',
  spec: '4.1',
  title: '导入的合计与计算结果不符',
  run: reportedTotals,
});

/** A printed total as read, with its cell (when the template has it). */
interface PrintedTotal {
  readonly id: CellId;
  readonly raw: string | undefined;
  readonly cell: CellTemplate | undefined;
  readonly parsed: CellReading | null;
}

const COUNT = { type: 'count' } as const;

/**
 * The printed totals of a report as read, kept per `reportedTotals` object (it does not change
 * while the report is edited) and template.
 */
const printedTotals = new WeakMap<
  Readonly<Record<CellId, string>>,
  { readonly template: FormatTemplate; readonly list: readonly PrintedTotal[] }
>();
function printedTotalsOf(
  template: FormatTemplate,
  totals: Readonly<Record<CellId, string>>,
): readonly PrintedTotal[] {
  const hit = printedTotals.get(totals);
  if (hit && hit.template === template) return hit.list;
  const { cells } = indexTemplate(template);
  const list: PrintedTotal[] = [];
  for (const id in totals) {
    const raw = totals[id];
    // A printed total is read like a typed count (the totals are counts).
    list.push({
      id,
      raw,
      cell: cells.get(id),
      parsed: raw === undefined ? null : readCell(COUNT, raw),
    });
  }
  printedTotals.set(totals, { template, list });
  return list;
}

function reportedTotals(ctx: CheckContext): Finding[] {
  const issues: Finding[] = [];
  for (const { id, raw, cell, parsed } of printedTotalsOf(
    ctx.template,
    ctx.report.reportedTotals,
  )) {
    const computed = ctx.computed.get(id);
    if (raw === undefined || !cell || !computed || !parsed) continue;
    if (parsed.kind === 'blank') continue;
    const printed = parsed.kind === 'value' ? Number(parsed.value) : null;
    if (
      printed !== null &&
      (computed.status === 'complete' ? computed.value === printed : printed >= computed.partial)
    )
      continue;
    // Only a finding spells out where it is.
    const where = `${tableName(ctx.template, cell.table)}「${cell.label}」`;
    const base = {
      target: id,
      cells: [id],
      section: ctx.template.tables.find((t) => t.id === cell.table)?.section ?? 'applications',
    };
    if (parsed.kind === 'invalid') {
      issues.push({ ...base, message: `${where}：原表的合计${quoteTyped(raw)}${parsed.reason}` });
    } else if (computed.status === 'complete') {
      issues.push({
        ...base,
        message: `${where}：原表合计为 ${printed}，但按各项相加应为 ${computed.value}，相差 ${Math.abs((printed ?? 0) - computed.value)}`,
      });
    } else {
      issues.push({
        ...base,
        message: `${where}：原表合计为 ${printed}，但已填写的各项相加已达 ${computed.partial}，多出 ${computed.partial - (printed ?? 0)}`,
      });
    }
  }
  return issues;
}

/**
 * A total the imported source printed empty while the parts it sums are filled (SPEC §4.5): the
 * published table lacks a number its reader needs. A total whose parts are blank or all 0 too
 * is left alone (a row left empty is said by the completeness checks).
 */
export const blankTotalCheck = defineCheck({
  id: 'printed-total-blank',
  severity: 'warning',
  spec: '4.5',
  title: '原表合计栏空白',
  run(ctx) {
    const blanks = ctx.report.source?.blankTotals;
    if (!blanks || blanks.length === 0) return [];
    const { cells } = indexTemplate(ctx.template);
    // One warning per table (a table printed without its 总计 column has a dozen such cells).
    const byTable = new Map<
      string,
      { id: CellId; label: string; sum: number; partial: boolean }[]
    >();
    for (const id of blanks) {
      const cell = cells.get(id);
      const computed = ctx.computed.get(id);
      if (!cell || !computed) continue;
      const sum = computed.status === 'complete' ? computed.value : computed.partial;
      if (sum <= 0) continue;
      const list = byTable.get(cell.table) ?? [];
      list.push({ id, label: cell.label, sum, partial: computed.status !== 'complete' });
      byTable.set(cell.table, list);
    }
    const found: Finding[] = [];
    for (const [table, list] of byTable) {
      const [first] = list;
      if (!first) continue;
      const name = tableName(ctx.template, table as TableId);
      found.push({
        target: first.id,
        cells: list.map((x) => x.id),
        section: ctx.template.tables.find((t) => t.id === table)?.section ?? 'applications',
        message:
          list.length === 1
            ? `${name}「${first.label}」：原表的合计栏是空白的，但各项已填写，${first.partial ? '已填写的各项相加为' : '相加为'} ${first.sum}，发布的表格应填上合计`
            : `${name}有 ${list.length} 个合计栏是空白的，但各项已填写：${list
                .map((x) => `「${x.label}」${x.partial ? '已填写的各项' : ''}相加为 ${x.sum}`)
                .join('；')}。发布的表格应填上合计`,
      });
    }
    return found;
  },
});
