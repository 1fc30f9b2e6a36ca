import type { Report } from '@/domain/report/types';
import { indexTemplate, formatForYear, isFormatForYear } from '@/domain/template/lookup';
import type { FormatTemplate } from '@/domain/template/types';
import { emptyReport } from '@/domain/report/empty-report';

/**
 * A new report for year N+1 from the year-N report (SPEC §5 "从去年的年报开始"). Pure.
 *
 * Carried over:
 *  - agency name and kind, contact block;
 *  - the preface, with every `N年` changed to `N+1年` (the clerk is asked to review it);
 *  - the format's cross-year relations (`template.crossYear`): a `carry` cell takes last year's
 *    value (表三 `二、上年结转` of every input column = last year's `四、结转下年度继续办理`); a
 *    `running` count starts from last year's (2021 表二 `现行有效件数`), for the clerk to update
 *    with this year's 制发/废止 (the cross-year check compares it with last year's 现行有效 +
 *    本年制发 − 本年废止);
 *  - the format's item relations (2019 表二): `上一年项目数量` = last year's 上一年项目数量 + 本年增/减.
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
  const lastTemplate = formats.find((f) => f.id === last.formatId);
  // A variant the clerk chose last year stays while it fits the new year (else its region's
  // variant for the new year, else the national format).
  const template =
    lastTemplate?.region !== undefined && isFormatForYear(lastTemplate, year)
      ? lastTemplate
      : formatForYear(formats, year, lastTemplate?.region);
  const lastInputs = new Set(
    lastTemplate ? indexTemplate(lastTemplate).inputCells.map((c) => c.id) : [],
  );
  const inputs = indexTemplate(template).inputCells;
  const lastValue = (id: string): string | undefined =>
    lastInputs.has(id) ? last.cells[id] : undefined;

  const cells: Record<string, string> = {};
  const notes: string[] = [];
  const inputIds = new Set(inputs.map((c) => c.id));
  const tableOf = (id: string): string => {
    const { cells: byId, tables } = indexTemplate(template);
    const table = byId.get(id)?.table;
    return (table && tables.get(table)?.shortName) ?? '';
  };
  // The format's cross-year relations: a carried cell takes last year's value as it is; a
  // running count (现行有效) starts from last year's, for the clerk to update.
  const carried = new Map<string, string[]>();
  let running = 0;
  for (const rel of template.crossYear) {
    if (!inputIds.has(rel.cell)) continue;
    const v = lastValue(rel.kind === 'carry' ? rel.from : rel.cell);
    if (v === undefined) continue;
    cells[rel.cell] = v;
    if (rel.kind === 'carry') {
      const key = `${tableOf(rel.cell)}“${rel.name}”已按${lastYear}年“${rel.fromName}”填入`;
      carried.set(key, [...(carried.get(key) ?? []), rel.cell]);
    } else running += 1;
  }
  // Item rows (2019 表二): this year's 上一年项目数量 = last year's items (上一年 + 增减).
  let items = 0;
  for (const rel of template.itemRelations) {
    const lastRel = lastTemplate?.itemRelations.find((r) => r.id === rel.id);
    if (!lastRel || !inputIds.has(rel.previous)) continue;
    const prev = lastValue(lastRel.previous);
    const change = lastValue(lastRel.change);
    if (prev === undefined || change === undefined) continue;
    if (!/^-?\d+$/.test(prev) || !/^-?\d+$/.test(change)) continue;
    const sum = BigInt(prev) + BigInt(change);
    if (sum < 0n) continue;
    cells[rel.previous] = sum.toString();
    items += 1;
  }
  for (const [text, ids] of carried) notes.push(`${text}（${ids.length} 列）。`);
  if (running > 0) {
    const names = template.crossYear
      .filter((r) => r.kind === 'running' && cells[r.cell] !== undefined)
      .map((r) => `${tableOf(r.cell)}“${r.name}”`);
    notes.push(
      `${[...new Set(names)].join('、')}暂按${lastYear}年的数填入，请按本年制发、废止件数更新。`,
    );
  }
  if (items > 0) {
    const first = template.itemRelations[0];
    const name = first ? tableOf(first.previous) : '';
    notes.push(`${name}“上一年项目数量”已按${lastYear}年的上一年项目数量加本年增/减填入。`);
  }

  const preface = last.meta.preface.replace(
    /(\d{4})(\s*)年/g,
    (m: string, y: string, space: string) => (Number(y) === lastYear ? `${year}${space}年` : m),
  );
  if (preface.trim())
    notes.push(`前言已沿用${lastYear}年的文字，其中“${lastYear}年”改为“${year}年”，请核对。`);
  // The narrative is this year's own: say so, and where last year's text is.
  const written = template.sections.filter(
    (s) => s.kind === 'text' && (last.narrative[s.id] ?? '').trim() !== '',
  );
  if (written.length > 0)
    notes.push(
      `${written.map((s) => `“${s.heading}”`).join('')}应写本年度的情况，没有带入；填写时旁边显示${lastYear}年的文字，可逐段复制后修改。`,
    );
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
