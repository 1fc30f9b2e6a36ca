import type { Report } from '@/domain/report/types';
import { indexTemplate, formatForYear } from '@/domain/template/lookup';
import type { FormatTemplate } from '@/domain/template/types';
import { emptyReport } from '@/domain/report/empty-report';

/**
 * A new report for year N+1 from the year-N report (SPEC §5 "从去年的年报开始"). Pure.
 *
 * Carried over:
 *  - agency name and kind, contact block;
 *  - the preface, with every `N年` changed to `N+1年` (the clerk is asked to review it);
 *  - 表三 `二、上年结转` of every input column = last year's `四、结转下年度继续办理`;
 *  - 2021 format, 表二 `现行有效件数` (规章, 行政规范性文件) = last year's count, as a starting
 *    point: the clerk updates it with this year's 制发/废止 (the cross-year check compares
 *    it with last year's 现行有效 + 本年制发 − 本年废止);
 *  - 2019 format, 表二 `上一年项目数量` = last year's 上一年项目数量 + 本年增/减.
 * Not carried: narrative, other numbers, report date, dismissals (all are this year's own).
 * Last year's report itself is kept by the caller as the draft's `lastYear`.
 */
export interface CarryOver {
  readonly report: Report;
  /** What was carried and what to review, in Chinese, for the clerk. */
  readonly notes: readonly string[];
}

export function startFromLastYear(last: Report, formats: readonly FormatTemplate[]): CarryOver {
  const lastYear = last.meta.year;
  if (lastYear === null) throw new Error('last year report has no year');
  const year = lastYear + 1;
  const template = formatForYear(formats, year);
  const lastTemplate = formats.find((f) => f.id === last.formatId);
  const lastInputs = new Set(
    lastTemplate ? indexTemplate(lastTemplate).inputCells.map((c) => c.id) : [],
  );
  const inputs = indexTemplate(template).inputCells;
  const lastValue = (id: string): string | undefined =>
    lastInputs.has(id) ? last.cells[id] : undefined;

  const cells: Record<string, string> = {};
  const notes: string[] = [];
  let carriedIn = 0;
  for (const cell of inputs) {
    if (cell.table === 't3' && cell.row === 'carriedIn') {
      const v = lastValue(`t3.carriedOver.${cell.column}`);
      if (v !== undefined) {
        cells[cell.id] = v;
        carriedIn += 1;
      }
    } else if (cell.table === 't2' && cell.column === 'valid') {
      const v = lastValue(cell.id);
      if (v !== undefined) cells[cell.id] = v;
    } else if (cell.table === 't2' && cell.column === 'prevYearItems') {
      const prev = lastValue(cell.id);
      const change = lastValue(`t2.${cell.row}.change`);
      if (
        prev !== undefined &&
        change !== undefined &&
        /^-?\d+$/.test(prev) &&
        /^-?\d+$/.test(change)
      ) {
        const sum = BigInt(prev) + BigInt(change);
        if (sum >= 0n) cells[cell.id] = sum.toString();
      }
    }
  }
  if (carriedIn > 0)
    notes.push(`表三“上年结转”已按${lastYear}年“结转下年度继续办理”填入（${carriedIn} 列）。`);
  if (inputs.some((c) => c.column === 'valid' && cells[c.id] !== undefined)) {
    notes.push(`表二“现行有效件数”暂按${lastYear}年的数填入，请按本年制发、废止件数更新。`);
  }
  if (inputs.some((c) => c.column === 'prevYearItems' && cells[c.id] !== undefined)) {
    notes.push(`表二“上一年项目数量”已按${lastYear}年的上一年项目数量加本年增/减填入。`);
  }

  const preface = last.meta.preface.replace(
    /(\d{4})(\s*)年/g,
    (m: string, y: string, space: string) => (Number(y) === lastYear ? `${year}${space}年` : m),
  );
  if (preface.trim())
    notes.push(`前言已沿用${lastYear}年的文字，其中“${lastYear}年”改为“${year}年”，请核对。`);
  if (template.id !== last.formatId)
    notes.push(`${year}年度应使用${template.notice.number}格式，表格已按新格式建立。`);

  const base = emptyReport(template.id, year);
  return {
    report: {
      ...base,
      meta: {
        ...base.meta,
        agencyName: last.meta.agencyName,
        agencyKind: last.meta.agencyKind,
        preface,
        contact: last.meta.contact,
      },
      cells,
    },
    notes,
  };
}
