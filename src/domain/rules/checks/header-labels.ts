import type { ChangedHeader } from '../../report/types';
import type { CellTemplate, TableTemplate } from '../../template/types';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { perParagraph } from '../../format/memo';
import { tableName } from '../support';

/**
 * An imported table whose header printed a label in another's place (real: 康乐县上湾乡 2019 heads
 * 表二's 第二十条第（一）项 `本年新制作数量 | 本年新制作数量 | 对外公开总数量`): the published table
 * does not say what one of its columns holds (warning). The importer records it
 * (`ImportedSource.repeatedHeaders`); a report typed in the form prints the format's own header.
 */
export const headerRepeatedCheck = defineCheck({
  id: 'table-header-repeated',
  severity: 'warning',
  spec: '4.5',
  title: '表头重复印出，缺少一列的名称',
  run(ctx) {
    const repeated = ctx.report.source?.repeatedHeaders;
    if (!repeated || repeated.length === 0) return [];
    const found: Finding[] = [];
    for (const r of repeated) {
      const table = ctx.template.tables.find((t) => t.id === r.table);
      if (!table) continue;
      // The columns whose name is missing, and the caption of the header they stand under.
      const cells = table.cells.filter((c) => r.missing.some((m) => c.columnLabels.includes(m)));
      const at = table.rows.findIndex(
        (row) =>
          row.kind === 'header' &&
          r.missing.every((m) => row.cells.some((c) => c.kind === 'label' && c.text === m)),
      );
      const caption = table.rows
        .slice(0, Math.max(at, 0))
        .filter((row) => row.kind === 'caption')
        .at(-1)
        ?.cells.find((c) => c.kind === 'label');
      const where = caption?.kind === 'label' ? `“${caption.text}”` : '';
      const times = r.times === 2 ? '两' : String(r.times);
      const missing = r.missing.map((m) => `“${m}”`).join('、');
      found.push({
        target: r.table,
        cells: cells.map((c) => c.id),
        section: table.section,
        message: `${tableName(ctx.template, r.table)}${where}的表头“${r.label}”印了${times}次，没有${missing}：应有一列是${missing}，请按格式改正表头`,
      });
    }
    return found;
  },
});

/**
 * An imported table whose header printed one of its labels changed into another word, one
 * character off (real: 临沂市公路事业发展中心 2021 heads 表三's applicant column `事业企业` for
 * `商业企业`): the format's label was altered (warning). The importer records it
 * (`ImportedSource.changedHeaders`). A data row's label recorded so (a word of it dropped, real:
 * 凯里市万潮镇 2023 `规范性文件` for 2021's `行政规范性文件`) is told as a row's (`rowLabelChanged`).
 */
export const headerChangedCheck = defineCheck({
  id: 'table-header-changed',
  severity: 'warning',
  spec: '4.5',
  title: '表头栏目名称被改动',
  run(ctx) {
    const changed = [...(ctx.report.source?.changedHeaders ?? []), ...captionLinesIn(ctx)];
    const added = ctx.report.source?.addedRows ?? [];
    if (changed.length === 0 && added.length === 0) return [];
    const found: Finding[] = [];
    for (const table of ctx.template.tables) {
      // Each caption once, were it read both in a table and as text.
      const captions = changed.filter(
        (c, i) =>
          c.table === table.id &&
          isCaption(table, c.label) &&
          changed.findIndex((d) => d.table === c.table && d.label === c.label) === i,
      );
      if (captions.length > 0) found.push(captionsChanged(ctx, table, captions));
    }
    for (const c of changed) {
      const table = ctx.template.tables.find((t) => t.id === c.table);
      if (!table || isCaption(table, c.label)) continue;
      const rowCells = table.cells.filter((cell) => cell.rowLabels.at(-1) === c.label);
      if (rowCells.length > 0) {
        found.push(rowLabelChanged(ctx, table, c, rowCells));
        continue;
      }
      found.push({
        target: `${c.table}:${c.label}`,
        cells: table.cells.filter((cell) => cell.columnLabels.includes(c.label)).map((x) => x.id),
        section: table.section,
        message: `${tableName(ctx.template, c.table)}的表头把“${c.label}”印成了“${c.printed}”：格式的栏目名称不能改动，请按格式改为“${c.label}”`,
      });
    }
    // Since a fix of stop 69 after the measure of 2846–2890: rows the format lacks (`AddedRow`),
    // once a table, unless its captions were said above.
    for (const table of ctx.template.tables) {
      const rows = added.filter((r) => r.table === table.id);
      const first = rows[0];
      if (first === undefined || found.some((f) => f.target === table.id)) continue;
      found.push({
        target: table.id,
        cells: [],
        section: table.section,
        message: `${tableName(ctx.template, table.id)}在“${first.after}”之后多出${rows.map((r) => `“${r.label}”`).join('')}一行（印有一行数字，没有导入）：格式没有这一行，请按格式填写，不要增加行`,
      });
    }
    return found;
  },
});

/**
 * A line that is an article's item with the item's 第 lost (`第二十条(五)项`): its article and item.
 * Only a line of its own (a table's block caption read as text), never a sentence citing 条例
 * (`第二十条(一)(五)(六)`, real: 通州区西集镇 2024, lists items, no slip).
 */
// Since a fix of stop 63 after the measure of 2576–2620: so with the article's 第 lost or the item's
// number (`二十条第()项`, real: 民和县广播电视局 2022, 表二's first block caption read as a line of text):
// an item left blank is the article's caption in the order the lines print them.
const ITEM_LINE_WITHOUT_MARK =
  /^[ \t\u3000]*(第?)([一二三四五六七八九十百]+)条[ \t\u3000]*(第?)[ \t\u3000]*[(（][ \t\u3000]*([一二三四五六七八九十]*)[ \t\u3000]*[)）][ \t\u3000]*项[ \t\u3000]*$/gm;

/** An article-item caption line with a mark lost: its article, and its item when printed. */
const itemLinesIn = perParagraph('项', (text) => {
  if (!text.includes('项')) return [];
  return [...text.matchAll(ITEM_LINE_WITHOUT_MARK)]
    .filter((m) => m[1] === '' || m[3] === '' || m[4] === '')
    .map((m) => ({ printed: m[0].trim(), article: m[2] ?? '', item: m[4] ?? '' }));
});

/**
 * Since a fix of stop 37 after the measure of 959–988: captions printed with the item's 第 lost in
 * a table the import read as text (real: 大竹县川主乡 2019, `规章000` run together, its 表二's
 * captions `第二十条(五)项` lines of 二's text), as changed captions of the table that prints them.
 */
function captionLinesIn(ctx: CheckContext): ChangedHeader[] {
  const out: ChangedHeader[] = [];
  for (const text of Object.values(ctx.report.narrative)) {
    if (!text) continue;
    const blanks = new Map<string, number>();
    for (const { printed, article, item } of itemLinesIn(text)) {
      const nth = item === '' ? (blanks.get(article) ?? 0) : 0;
      if (item === '') blanks.set(article, nth + 1);
      const caption =
        item !== '' ? `第${article}条第（${item}）项` : articleCaptions(ctx, article)[nth];
      const table =
        caption === undefined ? undefined : ctx.template.tables.find((t) => isCaption(t, caption));
      if (table && caption !== undefined && !out.some((c) => c.label === caption))
        out.push({ table: table.id, printed, label: caption });
    }
  }
  return out;
}

/** The format's block captions of an article's items (`第二十条第（一）项`, …), in the tables' order. */
function articleCaptions(ctx: CheckContext, article: string): string[] {
  const head = `第${article}条第（`;
  return ctx.template.tables.flatMap((t) =>
    t.rows.flatMap((row) =>
      row.kind === 'caption'
        ? row.cells.flatMap((x) => (x.kind === 'label' && x.text.startsWith(head) ? [x.text] : []))
        : [],
    ),
  );
}

const isCaption = (table: TableTemplate, label: string): boolean =>
  table.rows.some(
    (row) =>
      row.kind === 'caption' && row.cells.some((x) => x.kind === 'label' && x.text === label),
  );

/**
 * Since a fix of stop 37 after the measure of 959–988: a table's block captions printed changed
 * (real: 大竹县川主乡 2019 heads 表二's blocks `第二十条(五)项`, `第二十条(六)项`, `第二十条(八)项`,
 * the item's 第 lost), told once for the table.
 */
function captionsChanged(
  ctx: CheckContext,
  table: TableTemplate,
  captions: readonly ChangedHeader[],
): Finding {
  const printed = captions.map((c) => `“${c.printed}”`).join('');
  const labels = captions.map((c) => `“${c.label}”`).join('');
  return {
    target: table.id,
    cells: [],
    section: table.section,
    message: `${tableName(ctx.template, table.id)}的块标题印作${printed}，规定为${labels}：标题不能改动，请按格式改正`,
  };
}

/**
 * Since a fix of stop 34 after the measure of 584–613: a data row's label printed with a word of
 * the format's dropped (real: 凯里市万潮镇 2023 prints 表二's `规范性文件` where the 2021 format
 * says `行政规范性文件`, the 2019 format's label): the row is named as the other format names it.
 */
function rowLabelChanged(
  ctx: CheckContext,
  table: TableTemplate,
  c: ChangedHeader,
  cells: readonly CellTemplate[],
): Finding {
  const at = table.rows.findIndex(
    (row) => row.kind === 'data' && row.cells.some((x) => x.kind === 'label' && x.text === c.label),
  );
  const caption = table.rows
    .slice(0, Math.max(at, 0))
    .filter((row) => row.kind === 'caption')
    .at(-1)
    ?.cells.find((x) => x.kind === 'label');
  const where = caption?.kind === 'label' ? caption.text : '';
  // The other format that names the row as printed (2019's `规范性文件`), a national one first.
  const other = ctx.formats
    .filter(
      (f) =>
        f.id !== ctx.template.id &&
        f.notice.number !== ctx.template.notice.number &&
        f.tables.some(
          (t) => t.id === c.table && t.cells.some((x) => x.rowLabels.at(-1) === c.printed),
        ),
    )
    .sort((a, b) => Number(a.region !== undefined) - Number(b.region !== undefined))[0];
  const older = other && other.years.from < ctx.template.years.from ? '旧' : '';
  const old = other ? `，这是${other.notice.number}${older}格式的行名` : '';
  return {
    target: `${c.table}:${c.label}`,
    cells: cells.map((x) => x.id),
    section: table.section,
    message: `${tableName(ctx.template, c.table)}${where}的行名印作“${c.printed}”${old}；本报告所用${ctx.template.notice.number}格式此行为“${c.label}”，行名不能改动，请按格式改为“${c.label}”`,
  };
}

/**
 * An imported row of counts that printed one string of digits where it has several columns
 * (real: 荆门市政府办公室 2021, `规章 | 104` and `行政规范性文件 | 2729318` under 表二's 本年制发件数、
 * 本年废止件数、现行有效件数): the counts ran together and their split cannot be read (warning,
 * never guessed). The importer records the cell it read the digits into (`ImportedSource.runTogether`);
 * a cell typed again in the form leaves the list.
 */
export const valuesRunTogetherCheck = defineCheck({
  id: 'table-values-run-together',
  severity: 'warning',
  spec: '4.5',
  title: '一行的几个数字连在一起，无法分开',
  run(ctx) {
    const ids = ctx.report.source?.runTogether;
    if (!ids || ids.length === 0) return [];
    const found: Finding[] = [];
    for (const id of ids) {
      const digits = ctx.report.cells[id];
      const table = ctx.template.tables.find((t) => t.cells.some((c) => c.id === id));
      const cell = table?.cells.find((c) => c.id === id);
      if (!table || !cell || digits === undefined) continue;
      // The row's cells: those under the same row labels.
      const row = table.cells.filter(
        (c) => !c.computed && c.rowLabels.join('/') === cell.rowLabels.join('/'),
      );
      const columns = row.map((c) => `“${c.columnLabels.at(-1) ?? c.label}”`).join('');
      const many = '零一两三四五六七八九十'[row.length] ?? String(row.length);
      const label = cell.rowLabels.at(-1) ?? cell.label;
      found.push({
        target: id,
        cells: row.map((c) => c.id),
        section: table.section,
        message: `${tableName(ctx.template, table.id)}“${label}”一行只印了一个数“${digits}”，这一行却有${columns}${many}栏：像是${many}栏的数字连在一起了，看不出各是多少，请按栏分别核对填写`,
      });
    }
    return found;
  },
});
