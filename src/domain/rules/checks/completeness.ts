import { readYear, shownYear, yearReason } from '../../report/read-year';
import type { CellTemplate, FormatTemplate, SectionId } from '../../template/types';
import { defineCheck, type Finding } from '../check-context';
import { valuesOf } from '../report-values';

const SHOWN = 3;

/** Row leaf and column leaf (`一、本年新收政府信息公开申请数量 商业企业`); 表四 has no row label. */
function shortLabel(cell: CellTemplate): string {
  const row = cell.rowLabels[cell.rowLabels.length - 1];
  const column = cell.columnLabels[cell.columnLabels.length - 1];
  return row && column ? `${row} ${column}` : cell.label;
}

/** Completeness (severity `incomplete`): missing agency name. */
export const agencyNameCheck = defineCheck({
  id: 'agency-name-missing',
  severity: 'incomplete',
  spec: '4.3',
  title: '未填写机关名称',
  run: ({ report }) =>
    report.meta.agencyName.trim() === ''
      ? [{ fields: ['meta.agencyName'], section: 'meta', message: '未填写机关名称（全称）' }]
      : [],
});

/** Completeness: missing report year (one typed but not a year is `report-year-invalid`). */
export const reportYearCheck = defineCheck({
  id: 'report-year-missing',
  severity: 'incomplete',
  spec: '4.3',
  title: '未填写报告年度',
  run: ({ report }) =>
    shownYear(report.meta) === null
      ? [{ fields: ['meta.year'], section: 'meta', message: '未填写报告年度' }]
      : [],
});

/**
 * 报告年度 typed but not a year (SPEC §4.1 values of the wrong type, §7 a draft stores what was
 * typed): an error naming the text, linked to the field.
 */
export const reportYearInvalidCheck = defineCheck({
  id: 'report-year-invalid',
  severity: 'error',
  spec: '4.1',
  title: '报告年度无效',
  run({ report, today }) {
    const shown = shownYear(report.meta);
    if (shown === null) return [];
    // A stored number out of range (an imported or hand-edited draft) is reported the same way.
    if (typeof shown === 'number' && isReportYear(shown, today)) return [];
    const on = todayDate(today);
    const message = `报告年度：${yearReason(String(shown), on)}`;
    return [{ fields: ['meta.year'], section: 'meta', message }];
  },
});

/**
 * `today` as a date (local midnight), kept for the last `today` asked: the same for every report
 * of a batch and every keystroke of a day, and parsing a local time is not cheap.
 */
let lastToday: { readonly today: string; readonly date: Date } | null = null;
function todayDate(today: string): Date {
  if (lastToday?.today === today) return lastToday.date;
  const date = new Date(`${today}T00:00:00`);
  // Not a date: the clock's today (not kept, the clock moves).
  if (Number.isNaN(date.getTime())) return new Date();
  lastToday = { today, date };
  return date;
}

/**
 * Whether `year` reads as a report year on `today` (`readYear`, whose answer depends on today's
 * year), kept for the last year and day asked: the same on every keystroke.
 */
let lastYearRead: { readonly year: number; readonly today: string; readonly ok: boolean } | null =
  null;
function isReportYear(year: number, today: string): boolean {
  if (lastYearRead?.year === year && lastYearRead.today === today) return lastYearRead.ok;
  const date = new Date(`${today}T00:00:00`);
  const ok = readYear(String(year), todayDate(today)).kind === 'year';
  // A `today` that is no date stands for the clock's today, which moves: not kept.
  if (!Number.isNaN(date.getTime())) lastYearRead = { year, today, ok };
  return ok;
}

/** Completeness: missing report date. */
export const reportDateMissingCheck = defineCheck({
  id: 'report-date-missing',
  severity: 'incomplete',
  spec: '4.3',
  title: '未填写成文日期',
  run: ({ report }) =>
    report.meta.reportDate === null || report.meta.reportDate.trim() === ''
      ? [{ fields: ['meta.reportDate'], section: 'meta', message: '未填写成文日期' }]
      : [],
});

/** Completeness: empty text sections. */
export const narrativeEmptyCheck = defineCheck({
  id: 'narrative-empty',
  severity: 'incomplete',
  spec: '4.3',
  title: '文字部分未填写',
  run({ template, report }) {
    const found: Finding[] = [];
    for (const section of template.sections) {
      if (section.kind !== 'text') continue;
      if ((report.narrative[section.id] ?? '').trim() !== '') continue;
      found.push({
        target: section.id,
        fields: [`narrative.${section.id}`],
        section: section.id,
        message: `「${section.heading}」尚未填写${section.id === 'other' ? otherHint(template.requiresFeeStatement) : ''}`,
      });
    }
    return found;
  },
});

/**
 * What to write in 六 when there is nothing else to report: from 2021 the fee situation must be
 * stated even then (a bare “无” raises fee-statement), so the hint gives that sentence.
 */
function otherHint(requiresFeeStatement: boolean): string {
  return requiresFeeStatement
    ? '；没有其他需要报告的事项时，也要写明信息处理费收取情况，例如“本年度未收取信息处理费。”'
    : '；没有需要报告的事项请写“无”';
}

/** Completeness: blank input cells, one finding per table. */
export const blankCellsCheck = defineCheck({
  id: 'blank-cells',
  severity: 'incomplete',
  spec: '4.3',
  title: '表格有未填写的单元格',
  run(ctx) {
    const found: Finding[] = [];
    const values = valuesOf(ctx);
    const { tableStart } = values.index;
    for (const table of ctx.template.tables) {
      const start = tableStart.get(table.id) ?? 0;
      const blanks = table.cells.filter(
        (c, i) => !c.computed && values.readingAt(start + i).kind === 'blank',
      );
      if (blanks.length === 0) continue;
      const shown = blanks
        .slice(0, SHOWN)
        .map((c) => `「${shortLabel(c)}」`)
        .join('、');
      found.push({
        target: table.id,
        cells: blanks.map((c) => c.id),
        section: table.section,
        message: `${table.shortName}（${table.title}）有 ${blanks.length} 个单元格未填写，如${shown}${blanks.length > SHOWN ? '等' : ''}；没有的请填 0`,
      });
    }
    return found;
  },
});

/**
 * Since a fix of stop 54 after the measure of 2126–2170: whether an imported table printed a value
 * in a total of its own (`总计`, read into `reportedTotals`), its input cells all blank (`一、本年新收…`
 * / six `|` / `0 |`, real: 始兴县退役军人事务局 2020's 表三): the table is not empty, its rows'
 * other cells were left blank (`table-cells-printed-blank` says so).
 */
function totalsPrinted(
  table: { readonly cells: readonly CellTemplate[] },
  totals: Readonly<Record<string, string>>,
): boolean {
  return table.cells.some((c) => c.computed && (totals[c.id] ?? '').trim() !== '');
}

/**
 * Since a fix of stop 66 after the measure of 2711–2755: a table an imported source printed with
 * values in its last row only, none in the rows before it, the next part's heading read after it
 * (`第二十条第(九)项` / `政府集中采购` / `53` / `6944.93`, then `三、收到和处理政府信息公开申请`, real: 洱源县
 * 政务服务管理局 2020, 表二's 规章, 规范性文件, 行政许可… not printed): the copy went on past the table,
 * so the published table lost its rows (no other text of the corpus reads so). Three rows before the
 * last at least; null otherwise.
 */
function onlyLastRowRead(
  table: { readonly cells: readonly CellTemplate[] },
  cells: Readonly<Record<string, unknown>>,
): { readonly last: string; readonly before: readonly string[] } | null {
  const inputs = table.cells.filter((c) => !c.computed);
  const rowOf = (c: CellTemplate): string => c.rowLabels.at(-1) ?? c.label;
  const last = inputs.at(-1);
  if (last === undefined) return null;
  const lastRow = rowOf(last);
  const before: string[] = [];
  let lastRead = false;
  for (const c of inputs) {
    const row = rowOf(c);
    const read = cells[c.id] !== undefined;
    if (row === lastRow) lastRead ||= read;
    else if (read) return null;
    else if (!before.includes(row)) before.push(row);
  }
  return lastRead && before.length >= 3 ? { last: lastRow, before } : null;
}

/** Whether the source printed the heading of a part after the one holding `tableId`. */
function laterPartRead(
  template: FormatTemplate,
  tableId: string,
  headings: Readonly<Partial<Record<SectionId, string>>>,
): boolean {
  const at = template.sections.findIndex((x) => x.table === tableId);
  return at >= 0 && template.sections.slice(at + 1).some((x) => headings[x.id] !== undefined);
}

/**
 * A table an imported source printed with its rows but nothing in any cell (real: 开江县信访局
 * 2019, `规章 | |||`, `规范性文件 | |||`, `行政许可 | |||`, `其他对外管理服务事项 | |||`): each row
 * printed whole, its label and every column, all empty, and no value anywhere in the table. Not a
 * blank left unfilled in the form (`blank-cells`), nor cells a copy may have lost (cells on lines
 * of their own, a short row): the source says the table was published empty. Two rows at least; a
 * value typed in the table silences it.
 */
export const tablePrintedEmptyCheck = defineCheck({
  id: 'table-printed-empty',
  severity: 'warning',
  spec: '4.3',
  title: '表格印出了行却一个数都没有填',
  run({ template, report }) {
    const printed = new Set(report.source?.printedBlank ?? []);
    const found: Finding[] = [];
    const withoutValues = report.source?.tablesWithoutValues ?? [];
    const headings = report.source?.headings ?? {};
    for (const table of template.tables) {
      const lastOnly = report.source !== undefined ? onlyLastRowRead(table, report.cells) : null;
      if (lastOnly !== null && laterPartRead(template, table.id, headings)) {
        found.push({
          target: `${table.id}:only-last-row`,
          section: table.section,
          message: `${table.shortName}（${table.title}）只有最后一行“${lastOnly.last}”有数，前面${lastOnly.before
            .slice(0, SHOWN + 1)
            .map((r) => `“${r}”`)
            .join(
              '',
            )}${lastOnly.before.length > SHOWN + 1 ? '等' : ''} ${lastOnly.before.length} 行一个数都没有（没有印出或空着），其后已是下一部分：没有发生的也应填 0，请补全表格`,
        });
        continue;
      }
      // A table with a value typed (nearly every report's every table): left at its first one.
      if (table.cells.some((c) => !c.computed && report.cells[c.id] !== undefined)) continue;
      if (totalsPrinted(table, report.reportedTotals)) continue;
      const inputs = table.cells.filter((c) => !c.computed);
      // Since a fix of stop 39 after the measure of 1139–1168: a table printed with its rows'
      // labels, each on a line of its own, and no value anywhere, the next part's heading printed
      // after it (real: 平利县兴隆镇 2019, 表二's 规章, 规范性文件, …, 政府集中采购, then `三、收到和处理
      // 政府信息公开申请情况`): the copy went on past it, so the table was published empty, not cut.
      const at = template.sections.findIndex((x) => x.table === table.id);
      // Since a fix of stop 50 after the measure of 1814–1858: or three of its rows' labels read one
      // after the other with no value (`tablesRowsWithoutValues`), in a source printing another
      // table's blank cells where its rows have them (real: 汨罗市教育体育局 2021, 表二 `规章` / `3` /
      // `3`, its empty cells read as printed blank, then 表三's `一、本年新收…` / `二、上年结转…` /
      // `(一)予以公开` / … label after label, the excerpt cut at `2.`): the source prints a row's
      // values right after its label, so rows with none between them were printed empty, whether or
      // not the copy went on past the table.
      const printedElsewhere =
        (report.source?.tablesRowsWithoutValues ?? []).includes(table.id) &&
        [...printed].some((id) => !id.startsWith(`${table.id}.`));
      if (
        withoutValues.includes(table.id) &&
        at >= 0 &&
        (template.sections.slice(at + 1).some((x) => headings[x.id] !== undefined) ||
          printedElsewhere) &&
        !inputs.some((c) => printed.has(c.id))
      ) {
        found.push({
          target: table.id,
          section: table.section,
          message: `${table.shortName}（${table.title}）印出了各行，格子却都是空的，整张表一个数都没有：没有发生的也应填 0，请按实际填写`,
        });
        continue;
      }
      if (printed.size === 0) continue;
      const rows: string[] = [];
      for (const c of inputs) {
        const row = c.rowLabels.at(-1) ?? c.label;
        if (printed.has(c.id) && !rows.includes(row)) rows.push(row);
      }
      if (rows.length < 2) continue;
      const shown = rows
        .slice(0, SHOWN + 1)
        .map((r) => `“${r}”`)
        .join('');
      found.push({
        target: table.id,
        cells: inputs.filter((c) => printed.has(c.id)).map((c) => c.id),
        section: table.section,
        message: `${table.shortName}（${table.title}）印出了${shown}${rows.length > SHOWN + 1 ? '等' : ''} ${rows.length} 行，格子却都是空的，整张表一个数都没有：没有发生的也应填 0，请按实际填写`,
      });
    }
    return found;
  },
});

/**
 * Cells an imported source printed empty in rows it printed whole (real: 大同市气象部门 2023, 表二
 * `规章 | |||`, `行政规范性文件 | 2 | ||`, `行政许可 | |||`; 西藏国资委 2020, `规范性文件 | 11 | ||`):
 * the published table left them blank, where a count, 0 at least, belongs. Not cells on lines of
 * their own nor a short row (a copy may have lost them), nor a table printed with no value at all
 * (`table-printed-empty` says it); a cell typed in the form leaves it. Since a fix of stop 35
 * after the measure of 719–748, a row of lone `|` lines counts when other rows of the table print
 * values in those places (real: 长春新区市场监管分局 2020, `规章 |` / `|` / `|` / `|` above `行政许可 |` /
 * `109 |` / …): the import decides it (`ImportedSource.printedBlank`).
 */
export const cellsPrintedBlankCheck = defineCheck({
  id: 'table-cells-printed-blank',
  severity: 'warning',
  spec: '4.3',
  title: '表格印出的行有格子空着',
  run({ template, report }) {
    const printed = report.source?.printedBlank;
    if (!printed || printed.length === 0) return [];
    const blank = new Set(printed.filter((id) => report.cells[id] === undefined));
    const found: Finding[] = [];
    for (const table of template.tables) {
      const inputs = table.cells.filter((c) => !c.computed);
      const cells = inputs.filter((c) => blank.has(c.id));
      // A table with no value at all is `table-printed-empty`'s (two blank rows or more); one
      // with its totals printed is this check's.
      if (
        cells.length === 0 ||
        (inputs.every((c) => report.cells[c.id] === undefined) &&
          !totalsPrinted(table, report.reportedTotals))
      )
        continue;
      const rows: string[] = [];
      for (const c of cells) {
        const row = c.rowLabels.at(-1) ?? c.label;
        if (!rows.includes(row)) rows.push(row);
      }
      const shown = cells
        .slice(0, SHOWN)
        .map((c) => `「${shortLabel(c)}」`)
        .join('、');
      found.push({
        target: table.id,
        cells: cells.map((c) => c.id),
        section: table.section,
        message: `${table.shortName}（${table.title}）印出的 ${rows.length} 行中有 ${cells.length} 个格子空着，如${shown}${cells.length > SHOWN ? '等' : ''}：没有发生的也应填 0，请按实际填写`,
      });
    }
    return found;
  },
});
