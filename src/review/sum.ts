import { addDecimals, compareDecimals, shiftDecimal } from '@/domain/format/decimal';
import { emptyReport } from '@/domain/report/empty-report';
import { readReportCell } from '@/domain/report/read-cell';
import type { Report } from '@/domain/report/types';
import { tableName } from '@/domain/rules/support';
import { formatForYear, indexTemplate } from '@/domain/template/lookup';
import type { CellId, CellTemplate, FormatId, FormatTemplate } from '@/domain/template/types';
import { formats } from '@templates/index';
import type { ReadUnit, ReviewUnit } from './types';

/**
 * 汇总 (SPEC §9): the region's figures are the 本级 report plus the sum of its units' reports,
 * 表二/表三/表四 input cell by input cell, exactly (decimals by BigInt, money converted to the
 * column's unit). Blank is not zero: a cell blank (or unreadable) in any summed report stays
 * blank in the 汇总, and the reports that left it blank are named.
 */

/**
 * - `child`: a unit summed into the region (the default for every readable report);
 * - `bunji`: the region's own (本级) report, kept apart from the units and added to their sum;
 * - `parent`: a report of the whole region, checked against 本级 + Σ units, never summed;
 * - `skip`: left out by the reviewer.
 */
export type UnitRole = 'child' | 'bunji' | 'parent' | 'skip';

export const unitRoleLabels: Readonly<Record<UnitRole, string>> = {
  child: '计入汇总',
  bunji: '本级',
  parent: '上级（全区）报告',
  skip: '不计入',
};

export interface SumOptions {
  /** The year to sum; by default the most frequent year of the units (the latest on a tie). */
  readonly year?: number;
  /** Role per unit id; units not listed are `child`. */
  readonly roles?: Readonly<Record<string, UnitRole>>;
  /** Units the reviewer expects a report from (pasted list of names). */
  readonly expected?: readonly string[];
  /** 机关名称 of the 汇总 report. */
  readonly agencyName?: string;
}

export interface UnitRef {
  readonly id: string;
  readonly agency: string;
  readonly fileName: string;
}

export interface CellProblem {
  readonly cell: CellId;
  /** `表三 一、本年新收政府信息公开申请数量 · 自然人`. */
  readonly label: string;
  readonly units: readonly UnitRef[];
}

export interface InvalidValue {
  readonly cell: CellId;
  readonly label: string;
  readonly unit: UnitRef;
  readonly value: string;
}

export interface ParentDifference {
  readonly cell: CellId;
  readonly label: string;
  /** The parent report's value ('' when blank). */
  readonly parent: string;
  /** 本级 + Σ units ('' when blank in all). */
  readonly expected: string;
}

export interface ParentCheck {
  readonly parent: UnitRef;
  /** Set when the parent report cannot be compared (another year or format). */
  readonly notComparable: string | null;
  readonly differences: readonly ParentDifference[];
  /** Cells not compared because the sum is blank there (a unit left it blank). */
  readonly uncompared: number;
}

export interface Excluded extends UnitRef {
  readonly year: number | null;
  readonly formatId: FormatId;
  /** In Chinese: `年度为 2023，不是 2024`, `年度 2024 应使用 〔2021〕30号 格式`. */
  readonly reason: string;
}

export type SumResult =
  | { readonly ok: false; readonly message: string }
  | {
      readonly ok: true;
      readonly year: number;
      readonly template: FormatTemplate;
      /** The 汇总: 本级 + Σ units, a new report of the year's format (narrative left to write). */
      readonly report: Report;
      /** Σ units alone (input cells). */
      readonly unitsSum: Readonly<Record<CellId, string>>;
      /** Units summed, in file order. */
      readonly summed: readonly UnitRef[];
      readonly bunji: UnitRef | null;
      readonly otherYearOrFormat: readonly Excluded[];
      /** Same agency more than once: the first report is summed, the others are not. */
      readonly duplicates: readonly {
        readonly agency: string;
        readonly units: readonly UnitRef[];
      }[];
      /** Expected units with no report among the files. */
      readonly missing: readonly string[];
      /** Files that could not be read as a report (not those passed over as not reports). */
      readonly unreadable: readonly { readonly fileName: string; readonly message: string }[];
      /** Cells left blank in the 汇总 because some report left them blank. */
      readonly blanks: readonly CellProblem[];
      /** Values that are not numbers of their cell's type (not summed; the cell stays blank). */
      readonly invalid: readonly InvalidValue[];
      readonly parentCheck: ParentCheck | null;
    };

/** Agency names compared without spaces and with full-width forms folded (`（` = `(`). */
export function agencyKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}

/** An expected name matches a report's agency when equal, or one ends with the other (`教育局`). */
export function agencyMatches(expected: string, agency: string): boolean {
  const e = agencyKey(expected);
  const a = agencyKey(agency);
  if (e === '' || a === '') return false;
  return e === a || (e.length >= 2 && a.endsWith(e)) || (a.length >= 2 && e.endsWith(a));
}

const ref = (u: ReadUnit): UnitRef => ({
  id: u.id,
  agency: u.report.meta.agencyName.trim(),
  fileName: u.fileName,
});

export function cellLabel(template: FormatTemplate, cell: CellTemplate): string {
  return `${tableName(template, cell.table)} ${cell.label}`;
}

/** A cell's value in the column's unit, or `blank` / `invalid`. */
function valueOf(
  report: Report,
  cell: CellTemplate,
): { kind: 'value'; value: string } | { kind: 'blank' } | { kind: 'invalid'; raw: string } {
  // The one reader: `１２件` is 12 here as in the checks; `12.5` in a count is invalid everywhere.
  const reading = readReportCell(report, cell);
  if (reading.kind !== 'value') return reading;
  if (reading.unit !== undefined) {
    return { kind: 'value', value: shiftDecimal(reading.value, reading.unit === '万元' ? 4 : -4) };
  }
  return { kind: 'value', value: reading.value };
}

function mostFrequentYear(units: readonly ReadUnit[]): number | null {
  const counts = new Map<number, number>();
  for (const u of units)
    if (u.report.meta.year !== null)
      counts.set(u.report.meta.year, (counts.get(u.report.meta.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) {
    const bestN = best === null ? 0 : (counts.get(best) ?? 0);
    if (best === null || n > bestN || (n === bestN && year > best)) best = year;
  }
  return best;
}

export function sumUnits(units: readonly ReviewUnit[], options: SumOptions = {}): SumResult {
  const roleOf = (u: ReviewUnit): UnitRole => options.roles?.[u.id] ?? 'child';
  const read = units.filter((u): u is ReadUnit => u.ok);
  const candidates = read.filter((u) => roleOf(u) === 'child' || roleOf(u) === 'bunji');
  const year = options.year ?? mostFrequentYear(candidates);
  if (year === null)
    return { ok: false, message: '没有可汇总的年报：所选文件都没有读到报告年度。' };
  const template = formatForYear(formats, year);
  const bunjiUnits = candidates.filter((u) => roleOf(u) === 'bunji');
  if (bunjiUnits.length > 1)
    return { ok: false, message: '只能指定一份本级年报，请把其余的改为“计入汇总”或“不计入”。' };
  const parents = read.filter((u) => roleOf(u) === 'parent');
  if (parents.length > 1) return { ok: false, message: '只能指定一份上级（全区）报告。' };

  const otherYearOrFormat: Excluded[] = [];
  const eligible: ReadUnit[] = [];
  for (const u of candidates) {
    const { meta, formatId } = u.report;
    const base = { ...ref(u), year: meta.year, formatId };
    if (meta.year !== year) {
      otherYearOrFormat.push({
        ...base,
        reason: meta.year === null ? '未读到报告年度' : `年度为 ${meta.year}，不是 ${year}`,
      });
    } else if (formatId !== template.id) {
      otherYearOrFormat.push({
        ...base,
        reason: `${year} 年度应使用${template.notice.number}格式，这份报告是另一种格式`,
      });
    } else eligible.push(u);
  }

  // Duplicates: the 本级 report first, then file order; later ones are listed, not summed.
  const byAgency = new Map<string, ReadUnit[]>();
  const ordered = [...eligible].sort(
    (a, b) => Number(roleOf(b) === 'bunji') - Number(roleOf(a) === 'bunji'),
  );
  const summedSet: ReadUnit[] = [];
  for (const u of ordered) {
    const key = agencyKey(u.report.meta.agencyName);
    if (key === '') {
      summedSet.push(u);
      continue;
    }
    const seen = byAgency.get(key);
    if (seen) seen.push(u);
    else {
      byAgency.set(key, [u]);
      summedSet.push(u);
    }
  }
  const duplicates = [...byAgency.values()]
    .filter((list) => list.length > 1)
    .map((list) => ({
      agency: list[0]?.report.meta.agencyName.trim() ?? '',
      units: list.map(ref),
    }));

  const bunji = summedSet.find((u) => roleOf(u) === 'bunji') ?? null;
  const children = eligible.filter((u) => summedSet.includes(u) && u !== bunji);

  const { inputCells } = indexTemplate(template);
  const unitsSum: Record<CellId, string> = {};
  const total: Record<CellId, string> = {};
  const blanks: CellProblem[] = [];
  const invalid: InvalidValue[] = [];
  for (const cell of inputCells) {
    const values: string[] = [];
    const blankIn: UnitRef[] = [];
    let childrenComplete = true;
    const add = (u: ReadUnit): boolean => {
      const v = valueOf(u.report, cell);
      if (v.kind === 'value') {
        values.push(v.value);
        return true;
      }
      if (v.kind === 'invalid')
        invalid.push({
          cell: cell.id,
          label: cellLabel(template, cell),
          unit: ref(u),
          value: v.raw,
        });
      else blankIn.push(ref(u));
      return false;
    };
    for (const u of children) if (!add(u)) childrenComplete = false;
    if (childrenComplete && children.length > 0) unitsSum[cell.id] = addDecimals(values);
    const bunjiComplete = bunji ? add(bunji) : true;
    if (childrenComplete && bunjiComplete && values.length > 0)
      total[cell.id] = addDecimals(values);
    if (blankIn.length > 0)
      blanks.push({ cell: cell.id, label: cellLabel(template, cell), units: blankIn });
  }

  const base = emptyReport(template.id, year);
  const report: Report = {
    ...base,
    meta: { ...base.meta, agencyName: options.agencyName ?? '', agencyKind: 'government' },
    cells: total,
  };

  const parent = parents[0];
  const parentCheck = parent ? checkParent(parent, year, template, total) : null;

  const missing = (options.expected ?? [])
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .filter((name) => !read.some((u) => agencyMatches(name, u.report.meta.agencyName)));

  return {
    ok: true,
    year,
    template,
    report,
    unitsSum,
    summed: children.map(ref),
    bunji: bunji ? ref(bunji) : null,
    otherYearOrFormat,
    duplicates,
    missing: [...new Set(missing)],
    unreadable: units.flatMap((u) =>
      u.ok || u.skipped ? [] : [{ fileName: u.fileName, message: u.message }],
    ),
    blanks,
    invalid,
    parentCheck,
  };
}

/** Parent = 本级 + Σ units, input cell by input cell; the cells that differ are named. */
function checkParent(
  parent: ReadUnit,
  year: number,
  template: FormatTemplate,
  total: Readonly<Record<CellId, string>>,
): ParentCheck {
  const parentRef = ref(parent);
  if (parent.report.meta.year !== year || parent.report.formatId !== template.id) {
    return {
      parent: parentRef,
      notComparable: `上级报告是 ${parent.report.meta.year ?? '未知'} 年度、${parent.report.formatId} 格式，与汇总的 ${year} 年度、${template.id} 格式不同，无法逐格比较`,
      differences: [],
      uncompared: 0,
    };
  }
  const differences: ParentDifference[] = [];
  let uncompared = 0;
  for (const cell of indexTemplate(template).inputCells) {
    const expected = total[cell.id];
    const v = valueOf(parent.report, cell);
    const parentText = v.kind === 'value' ? v.value : v.kind === 'invalid' ? v.raw : '';
    if (expected === undefined) {
      if (v.kind !== 'blank') uncompared += 1;
      continue;
    }
    if (v.kind !== 'value' || compareDecimals(v.value, expected) !== 0)
      differences.push({
        cell: cell.id,
        label: cellLabel(template, cell),
        parent: parentText,
        expected,
      });
  }
  return { parent: parentRef, notComparable: null, differences, uncompared };
}
