import type { MoneyUnit, TableId } from '@/domain/template/types';
import type { labelIndex } from './label-index';
import { matchRow } from './match-row';
import { cleanField, labelKey } from './normalise-text';
import type { TableCollector } from './table-collector';
import { isValueLike } from './text/text-to-blocks';

type Index = ReturnType<typeof labelIndex>;

/** A label with a unit in brackets after it: the label and the unit. */
const ROW_UNIT = /^(.+?)[（(]\s*(万元|元)\s*[)）]$/;

/**
 * Reads one table row: the last field that names a data row decides the row, the fields after
 * it are its cells. A row of numbers without a label is the unlabelled row of the table it
 * stands in (表四's), when that table prints one; otherwise it is listed, not guessed. Returns the table context for the next row.
 */
export function readRow(
  fields: readonly string[],
  index: Index,
  collector: TableCollector,
  context: TableId | null,
  sectionTable: TableId | null,
): TableId | null {
  const keys = fields.map(labelKey);
  let rowAt = -1;
  let table: TableId | null = null;
  // A row's label with a unit after it (`政府集中采购（元）`): the label without it names the row.
  const units: (MoneyUnit | undefined)[] = [];
  const matches = keys.map((k, i) => {
    const match = matchRow(index, k);
    if (match || index.labels.has(k)) return match;
    const unit = ROW_UNIT.exec(cleanField(fields[i] ?? ''));
    const bare = unit?.[1] ? matchRow(index, labelKey(unit[1])) : null;
    if (bare && !bare.near) units[i] = unit?.[2] as MoneyUnit;
    return bare && !bare.near ? bare : null;
  });
  keys.forEach((k, i) => {
    // A caption with its item's 第 lost (`第二十条(五)项`), recorded as changed.
    const caption = index.captionsWithoutItemMark.get(k);
    if (caption)
      collector.headers.caption(caption.table, cleanField(fields[i] ?? ''), caption.label);
  });
  keys.forEach((k, i) => {
    const match = matches[i];
    if (match) {
      rowAt = i;
      table = match.row.table;
    } else if (index.labels.has(k)) table ??= index.labels.get(k) ?? null;
  });
  const isLabel = (i: number): boolean => matches[i] != null || index.labels.has(keys[i] ?? '');
  const unknownText = (i: number): boolean => !isLabel(i) && !isValueLike(fields[i] ?? '');
  fields.forEach((f, i) => {
    if (unknownText(i)) collector.headerText(f);
  });

  if (rowAt >= 0) {
    const match = matches[rowAt];
    if (!match) return context;
    const entry = match.row;
    if (match.near) collector.readAs(entry, fields[rowAt] ?? '');
    if (match.shortened) collector.shortenedLabel(entry, fields[rowAt] ?? '');
    if (match.renamed) collector.renamedLabel(entry, fields[rowAt] ?? '');
    collector.printedLabel(entry, fields[rowAt] ?? '');
    // Every field after the row label is a cell, in order; text that is not a number keeps its
    // place (and is reported) so the numbers after it do not shift.
    collector.place(
      entry,
      fields.filter((_, i) => i > rowAt && !isLabel(i)),
      units[rowAt],
      true,
    );
    return entry.table;
  }
  const here: TableId | null = table ?? context ?? sectionTable;
  if (table) collector.found.add(table);
  const hasNumber = fields.some((f, i) => !isLabel(i) && cleanField(f) !== '' && isValueLike(f));
  const allLabelsOrBlank = fields.every((f, i) => isLabel(i) || cleanField(f) === '');
  if (allLabelsOrBlank) {
    // A header row (or one row of a header over several).
    fields.forEach((f, i) => {
      const of = matches[i] ? undefined : index.labels.get(keys[i] ?? '');
      if (of) collector.headers.label(of, f);
    });
    return here;
  }
  if (!hasNumber && fields.some((_, i) => isLabel(i))) {
    // A header row with a text among its labels (`信息内容 | 本年处理绝对数量`, real: 临潼区 开发区
    // 2021): perhaps a label changed into another word (`HeaderRuns.other`).
    fields.forEach((f, i) => {
      const of = matches[i] ? undefined : index.labels.get(keys[i] ?? '');
      if (of) collector.headers.label(of, f);
      else if (unknownText(i)) collector.headers.other(f);
    });
  }
  const numbers = fields.filter((f, i) => !isLabel(i) && cleanField(f) !== '' && isValueLike(f));
  const texts = fields.filter((_, i) => unknownText(i));
  // A table's unlabelled row (表四's): numbers (a short bad value such as `一` among them), never
  // a row that starts with words (a 表三 row whose label was not recognised must not land in 表四).
  const unlabelled = here === null ? undefined : index.unlabelledRows.get(here);
  if (
    hasNumber &&
    unlabelled &&
    table === null &&
    numbers.length >= 2 * texts.length &&
    texts.every((t) => cleanField(t).length <= 4)
  ) {
    collector.place(unlabelled, fields);
    return unlabelled.table;
  }
  if (hasNumber) collector.unplaced(fields, here);
  else
    collector.unrecognised.push(
      fields
        .map(cleanField)
        .filter((f) => f !== '')
        .join(' '),
    );
  return here;
}

/**
 * Since a fix of stop 56 after the measure of 2261–2305: a whole table printed on one line of a
 * page, its rows run together (`第二十条第(一)项 | 信息内容 | 本年新 制发数量 | … | 规章 | 0 | 0 | 0 |
 * 规范性文件 | 0 | 0 | 0 | 第二十条第(五)项 | … | 行政许可 | 650 | …`, real: 徐水区交通运输局 2021): one
 * row for each field that names a data row and has numbers right after it, and one row for the
 * header fields before each (a caption, its labels, a label cut where the page's excerpt ends). A
 * row with fewer than two such labels is one row, as printed (a group's label before its row's,
 * `（三）不予公开 | 1.属于国家秘密 | 0 | …`, has no number after it).
 */
export function splitJoinedRows(fields: readonly string[], index: Index): string[][] {
  const value = (i: number): boolean =>
    cleanField(fields[i] ?? '') !== '' && isValueLike(fields[i] ?? '');
  const starts = new Set(
    fields.flatMap((f, i) =>
      !value(i) && value(i + 1) && matchRow(index, labelKey(f)) !== null ? [i] : [],
    ),
  );
  if (starts.size < 2) return [[...fields]];
  const rows: string[][] = [];
  let header: string[] = [];
  let row: string[] | null = null;
  fields.forEach((f, i) => {
    if (starts.has(i)) {
      if (row) rows.push(row);
      if (header.length > 0) rows.push(header);
      header = [];
      row = [f];
    } else if (row && header.length === 0 && (value(i) || cleanField(f) === '')) row.push(f);
    else header.push(f);
  });
  if (row) rows.push(row);
  if (header.some((f) => cleanField(f) !== '')) rows.push(header);
  return rows;
}

/** Sentence punctuation: a line holding it is prose, never a table's row. */
const SENTENCE_MARK = /[。，,；;：:、]/;
const SPACES = /[\s\u00a0\u3000]+/;

/**
 * Since a fix of stop 70 after the measure of 2891–2935: the same whole table printed on one line,
 * its cells parted by single spaces instead of bars (`第二十条第(一)项 信息内容 本年制发件数 本年废止件数
 * 现行有效件数 规章 0 0 0 行政规范性文件 0 0 0 第二十条第(五)项 信息内容 本年处理决定数量 行政许可 0 …`,
 * real: 2903 汉中市汉台区林业局 2024): a paragraph is no table, as a single space may sit inside a
 * label, so the line is read so only in a table's section, with no sentence's punctuation, and only
 * when two of its words at least name a data row with a value right after it (`splitJoinedRows`).
 * The rows as `splitJoinedRows` parts them, or null.
 */
export function spacedJoinedRows(text: string, index: Index): string[][] | null {
  if (SENTENCE_MARK.test(text)) return null;
  const fields = cleanField(text).split(SPACES);
  if (fields.length < 4) return null;
  const rows = splitJoinedRows(fields, index);
  return rows.length >= 2 ? rows : null;
}

/**
 * A row of a table that is none of the format's (real: 平潭综合实验区市场监督管理局 2025 gives its
 * 信息处理费 figures as a small table in 六、其他需要报告的事项) as one line of text, its cells
 * separated by tabs (`信息处理费收取情况\t1\t800\t0`): the form shows a row per line, the Word file
 * and the preview line its columns up (`rowTabStops`), and the checks read a tab next to a digit
 * as a boundary (`compactText`: never one number 18000); empty cells are left out. Null when the
 * row is one of a format's table (a field names a row or label, or a table of the format is
 * being read).
 */
export function foreignRowText(
  fields: readonly string[],
  index: Index,
  context: TableId | null,
): string | null {
  if (context !== null) return null;
  const keys = fields.map(labelKey);
  if (keys.some((k) => index.labels.has(k) || matchRow(index, k) !== null)) return null;
  return fields
    .map(cleanField)
    .filter((f) => f !== '')
    .join('\t');
}
