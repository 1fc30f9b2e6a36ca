import { formatChineseDate } from '@/domain/format/date';
import { reviewRow } from './rows';
import { agencyKey, type SumResult } from './sum';
import type { ReviewRow, ReviewUnit } from './types';

/**
 * What a reviewer reads first about a folder (`nianbao check DIR --summary`): how many reports,
 * how many could be read, by year and format, how many have errors, are late or were not read
 * completely, and which agencies sent more than one report.
 */
export interface ReviewSummary {
  readonly files: number;
  readonly read: number;
  readonly unreadable: number;
  /** Files that are not reports (another program's JSON), passed over. */
  readonly skipped: number;
  readonly withErrors: number;
  readonly incomplete: number;
  readonly late: number;
  readonly partlyRead: number;
  readonly clean: number;
  /** `2024 年度 · 2021 版` → count. */
  readonly byYearAndFormat: Readonly<Record<string, number>>;
  readonly duplicates: readonly { readonly agency: string; readonly files: readonly string[] }[];
  readonly lateUnits: readonly {
    readonly agency: string;
    readonly path: string;
    readonly date: string;
    readonly deadline: string;
  }[];
}

export function reviewSummary(units: readonly ReviewUnit[]): ReviewSummary {
  return summarizeRows(units.map(reviewRow));
}

/**
 * The same from the units' rows alone (a row holds all the summary reads: `nianbao check`'s
 * worker threads send the rows, not the reports).
 */
export function summarizeRows(rows: readonly ReviewRow[]): ReviewSummary {
  const byYearAndFormat: Record<string, number> = {};
  const byAgency = new Map<string, { agency: string; files: string[] }>();
  for (const r of rows) {
    if (!r.ok) continue;
    const key = `${r.year === null ? '年度不明' : `${r.year} 年度`} · ${r.formatId} 版`;
    byYearAndFormat[key] = (byYearAndFormat[key] ?? 0) + 1;
    // The row's agency is the name trimmed: the key drops all white space anyway.
    const agency = agencyKey(r.agency);
    if (agency === '') continue;
    const entry = byAgency.get(`${agency}\n${r.year}`) ?? { agency: r.agency, files: [] };
    entry.files.push(r.path);
    byAgency.set(`${agency}\n${r.year}`, entry);
  }
  return {
    files: rows.length,
    read: rows.filter((r) => r.ok).length,
    unreadable: rows.filter((r) => !r.ok && !r.skipped).length,
    skipped: rows.filter((r) => r.skipped).length,
    withErrors: rows.filter((r) => r.counts.error > 0).length,
    incomplete: rows.filter((r) => r.counts.incomplete > 0).length,
    late: rows.filter((r) => r.late).length,
    partlyRead: rows.filter((r) => r.ok && !r.readComplete).length,
    clean: rows.filter(
      (r) =>
        r.ok && r.readComplete && r.counts.error + r.counts.incomplete + r.counts.warning === 0,
    ).length,
    byYearAndFormat,
    duplicates: [...byAgency.values()].filter((d) => d.files.length > 1),
    lateUnits: rows.flatMap((r) =>
      r.late && r.reportDate
        ? [{ agency: r.agency, path: r.path, date: r.reportDate, deadline: r.late.deadline }]
        : [],
    ),
  };
}

/** The summary in Chinese, one fact a line. */
export function reviewSummaryText(s: ReviewSummary): string {
  const lines = [
    `共 ${s.files} 个文件：读取 ${s.read} 份，无法读取 ${s.unreadable} 份${s.skipped > 0 ? `，不是年报草稿已跳过 ${s.skipped} 个` : ''}。`,
    `有错误 ${s.withErrors} 份，未完成 ${s.incomplete} 份，逾期 ${s.late} 份，未完整读取 ${s.partlyRead} 份，未发现问题 ${s.clean} 份。`,
  ];
  const years = Object.entries(s.byYearAndFormat).sort(([a], [b]) => a.localeCompare(b));
  if (years.length > 0)
    lines.push(`年度与格式：${years.map(([k, n]) => `${k} ${n} 份`).join('，')}。`);
  for (const d of s.duplicates) lines.push(`重复报送：${d.agency}（${d.files.join('、')}）`);
  for (const l of s.lateUnits)
    lines.push(
      `逾期：${l.agency || l.path}，成文日期 ${formatChineseDate(l.date)}，期限 ${formatChineseDate(l.deadline)}`,
    );
  return `${lines.join('\n')}\n`;
}

/** A 汇总's lists in Chinese (`nianbao sum`), what the reviewer screen shows. */
export function sumResultText(r: Extract<SumResult, { ok: true }>): string {
  const name = (u: { agency: string; fileName: string }): string => u.agency || u.fileName;
  const lines = [
    `${r.year} 年度（${r.template.notice.number}格式）：汇总 ${r.summed.length} 个单位${r.bunji ? `和本级年报（${name(r.bunji)}）` : ''}。`,
    `计入汇总：${r.summed.map(name).join('、') || '无'}`,
  ];
  for (const u of r.otherYearOrFormat)
    lines.push(`未计入（年度或格式不符）：${name(u)}，${u.reason}`);
  for (const d of r.duplicates)
    lines.push(
      `重复报送（只计入第一份）：${d.agency}（${d.units.map((u) => u.fileName).join('、')}）`,
    );
  if (r.missing.length > 0) lines.push(`未报送：${r.missing.join('、')}`);
  for (const u of r.unreadable) lines.push(`无法读取（未计入）：${u.fileName}：${u.message}`);
  for (const b of r.blanks)
    lines.push(`空白未汇总：${b.label}（${b.units.map(name).join('、')} 空白）`);
  for (const v of r.invalid) lines.push(`数值无法计入：${name(v.unit)} ${v.label}「${v.value}」`);
  const p = r.parentCheck;
  if (p) {
    if (p.notComparable) lines.push(`上级报告 ${name(p.parent)}：${p.notComparable}`);
    else if (p.differences.length === 0)
      lines.push(`上级报告 ${name(p.parent)} 与本级 + 各单位之和逐格一致。`);
    else {
      lines.push(
        `上级报告 ${name(p.parent)} 有 ${p.differences.length} 个单元格与本级 + 各单位之和不一致：`,
      );
      for (const d of p.differences)
        lines.push(`  ${d.label}：上级报告 ${d.parent || '空白'}，本级 + 各单位 ${d.expected}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
