import { memoByText } from '../../format/memo';
import { computeReport, type ComputedValues } from '../../compute/compute-report';
import { readingNumber } from '../../report/read-cell';
import type { Report } from '../../report/types';
import { indexTemplate, type TemplateIndex } from '../../template/lookup';
import type { CellId, FormatTemplate, TableTemplate } from '../../template/types';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { ReportValues, valuesOf } from '../report-values';
import { cellValue, sectionOfCell } from '../support';
import {
  bigrams,
  bigramSimilarity,
  similarityBound,
  similarityCeiling,
  type Bigrams,
} from './similarity';

/** A narrative at least this similar to last year's counts as copied. */
export const COPY_SIMILARITY = 0.9;
/** Shorter narratives (`无`, `我办暂无其他应报告的事项。`) may well repeat every year. */
export const COPY_MIN_LENGTH = 50;

/** An input cell of last year's report, read as this year's template reads it. */
export function lastYearNumber(template: FormatTemplate, last: Report, id: string): number | null {
  const cell = indexTemplate(template).cells.get(id);
  return cell ? readingNumber(lastYearValues(template, last).reading(cell)) : null;
}

/**
 * Similarity of this year's text to last year's (`textSimilarity`) when it may reach
 * `COPY_SIMILARITY`, else a bound below it (`similarityCeiling`): all the check asks. Memoised
 * by last year's text, then this year's: only the section being typed changes, and no key is
 * built by concatenation (a new long string to hash on every keystroke).
 */
const similarityByBefore = new Map<string, (now: string) => number>();
function similarityOf(now: string, before: string): number {
  let memo = similarityByBefore.get(before);
  if (!memo) {
    if (similarityByBefore.size >= 64) similarityByBefore.clear();
    // Last year's bigrams are counted once for all the texts compared with it; a text whose
    // characters alone keep it below a copy is answered with that bound.
    let was: Bigrams | null = null;
    memo = memoByText((text) => {
      was ??= bigrams(before);
      const ceiling = similarityCeiling(was, text);
      return ceiling < COPY_SIMILARITY ? ceiling : bigramSimilarity(bigrams(text), was);
    }, 16);
    similarityByBefore.set(before, memo);
  }
  return memo(now);
}

/**
 * Last year's report does not change while this year's is edited: its totals are computed and
 * its cells read once (as this year's template reads them).
 */
const lastYearCache = new WeakMap<Report, ReportValues>();
function lastYearValues(template: FormatTemplate, last: Report): ReportValues {
  const hit = lastYearCache.get(last);
  if (hit && hit.template === template) return hit;
  const values = new ReportValues(template, last, computeReport(template, last), false);
  lastYearCache.set(last, values);
  return values;
}

export function lastYearComputed(template: FormatTemplate, last: Report): ComputedValues {
  return lastYearValues(template, last).computed;
}

/** Last year's value of a cell: computed when it is a computed cell, else as typed. */
function lastYearValue(ctx: CheckContext, last: Report, id: string): number | null {
  const cell = lastYearComputed(ctx.template, last).get(id);
  if (cell) return cell.status === 'complete' ? cell.value : null;
  return lastYearNumber(ctx.template, last, id);
}

/**
 * The format's `carry` relations (表三 二、上年结转 per column = last year's 四、结转下年度), only
 * when last year's report is known.
 */
export const carriedInCheck = defineCheck({
  id: 'carried-in-vs-last-year',
  severity: 'warning',
  spec: '4.4',
  title: '上年结转与上一年度报告不符',
  run(ctx) {
    const last = ctx.lastYear;
    if (!last) return [];
    const found: Finding[] = [];
    for (const rel of ctx.template.crossYear) {
      if (rel.kind !== 'carry') continue;
      const now = cellValue(ctx, rel.cell);
      const before = lastYearValue(ctx, last, rel.from);
      if (now === null || before === null || now === before) continue;
      found.push({
        target: rel.cell,
        cells: [rel.cell],
        section: sectionOfCell(ctx, rel.cell),
        message: `${rel.label}列：本年“${rel.name}”为 ${now}，但上一年度报告“${rel.fromName}”为 ${before}`,
      });
    }
    return found;
  },
});

/** The format's `running` relations (表二 现行有效 = 上年现行有效 + 本年制发 − 本年废止). */
export const validCountCheck = defineCheck({
  id: 'valid-count-vs-last-year',
  severity: 'warning',
  spec: '4.4',
  title: '现行有效件数与上一年度不衔接',
  run(ctx) {
    const last = ctx.lastYear;
    if (!last) return [];
    const found: Finding[] = [];
    for (const rel of ctx.template.crossYear) {
      if (rel.kind !== 'running') continue;
      const [valid, made, repealed] = [rel.cell, rel.plus, rel.minus].map((id) =>
        cellValue(ctx, id),
      );
      const lastValid = lastYearNumber(ctx.template, last, rel.cell);
      if (valid == null || made == null || repealed == null || lastValid === null) continue;
      const expected = lastValid + made - repealed;
      if (valid === expected) continue;
      const row = indexTemplate(ctx.template).cells.get(rel.cell)?.row ?? rel.cell;
      found.push({
        target: row,
        cells: [rel.cell, rel.plus, rel.minus],
        section: sectionOfCell(ctx, rel.cell),
        message: `${rel.label}：上一年度现行有效 ${lastValid} + 本年制发 ${made} − 本年废止 ${repealed} = ${expected}，但${rel.name}填的是 ${valid}`,
      });
    }
    return found;
  },
});

/** A narrative section copied unchanged from last year's report. */
export const narrativeCopiedCheck = defineCheck({
  id: 'narrative-copied',
  severity: 'warning',
  spec: '4.4',
  title: '文字照搬上一年度报告',
  run(ctx: CheckContext) {
    const last = ctx.lastYear;
    if (!last) return [];
    const found: Finding[] = [];
    for (const section of ctx.template.sections) {
      const now = (ctx.report.narrative[section.id] ?? '').trim();
      const before = (last.narrative[section.id] ?? '').trim();
      // 五 must be written anew every year, however short (a repeated `无` included).
      const minLength = section.id === 'problems' ? 1 : COPY_MIN_LENGTH;
      if (now.length < minLength || before === '') continue;
      if (similarityBound(now.length, before.length) < COPY_SIMILARITY) continue;
      const similarity = similarityOf(now, before);
      if (similarity < COPY_SIMILARITY) continue;
      found.push({
        target: section.id,
        fields: [`narrative.${section.id}`],
        section: section.id,
        message: `「${section.heading}」与上一年度报告${similarity === 1 ? '完全相同' : `的相似度达 ${Math.floor(similarity * 100)}%`}，请按本年度情况撰写`,
      });
    }
    return found;
  },
});

/** A table's input cells: their positions in the template and their ids (kept per table). */
const inputsOfTable = new WeakMap<
  TableTemplate,
  { readonly positions: readonly number[]; readonly ids: readonly CellId[] }
>();
function tableInputs(
  index: TemplateIndex,
  table: TableTemplate,
): { readonly positions: readonly number[]; readonly ids: readonly CellId[] } {
  const hit = inputsOfTable.get(table);
  if (hit) return hit;
  const start = index.tableStart.get(table.id) ?? 0;
  const positions: number[] = [];
  const ids: CellId[] = [];
  table.cells.forEach((c, i) => {
    if (c.computed) return;
    positions.push(start + i);
    ids.push(c.id);
  });
  const inputs = { positions, ids };
  inputsOfTable.set(table, inputs);
  return inputs;
}

/** A whole table's numbers copied unchanged from last year's report (same format). */
export const tableCopiedCheck = defineCheck({
  id: 'table-copied',
  severity: 'warning',
  spec: '4.4',
  title: '表格数字照搬上一年度报告',
  run(ctx) {
    const last = ctx.lastYear;
    if (!last || last.formatId !== ctx.template.id) return [];
    const found: Finding[] = [];
    const now = valuesOf(ctx);
    const before = lastYearValues(ctx.template, last);
    for (const table of ctx.template.tables) {
      if (table.mayRepeat) continue;
      const { positions, ids } = tableInputs(now.index, table);
      // Compared as values: a typed `１２件` equals last year's `12`; text never counts as a copy.
      let allValues = true;
      let nonZero = false;
      for (const p of positions) {
        const v = now.readingAt(p);
        if (v.kind !== 'value') {
          allValues = false;
          break;
        }
        if (v.value !== '0') nonZero = true;
      }
      if (!allValues || !nonZero) continue;
      let same = true;
      for (const p of positions) {
        const b = before.readingAt(p);
        const n = now.readingAt(p);
        if (b.kind !== 'value' || n.kind !== 'value' || b.value !== n.value) {
          same = false;
          break;
        }
      }
      if (!same) continue;
      found.push({
        target: table.id,
        cells: [...ids],
        section: table.section,
        message: `${table.shortName}（${table.title}）的全部数字与上一年度报告相同，请核对是否照搬了上年数据`,
      });
    }
    return found;
  },
});
