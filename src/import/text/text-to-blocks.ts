import type { Block } from '../types';
import { cleanField, isRuleField } from '../normalise-text';
import { isPageNumber } from './line-tokens';

/**
 * Splits pasted text into paragraphs and table rows. Two table layouts occur in published
 * reports: one cell per line (each line starts with a tab, rows separated by a blank line) and
 * one row per line (cells separated by tabs or `|`). A line without a tab inside a one-cell-per-
 * line row continues the previous cell (labels broken across lines), unless it is a number.
 */

const VALUE_LIKE =
  /^(?:[-+—－]?[\d０-９][\d０-９,，.．\s]*(?:件|个|元|万元|万)?(?:[（(]单位[:：]\s*(?:元|万元)[)）])?|[—－\-/／无]+)$/;

export function isValueLike(text: string): boolean {
  const t = cleanField(text);
  return t === '' || VALUE_LIKE.test(t);
}

function pipeFields(line: string): string[] {
  return line
    .replace(/^\s*[|｜]/, '')
    .replace(/[|｜]\s*$/, '')
    .split(/[|｜]/);
}

/** The fewest empty lines in a run between a label and a value read as blank cells. */
const BLANK_RUN_LEAST = 3;

/**
 * Whether the line at `at` is set off from the text line above it by one empty line (a cell's
 * gap) or two (a row's: `其他` / two empty lines / `一、本年新收…` / seven / ` 0`, real: 驼峰路街道办事处
 * 2020's 表三, whose first row after the header keeps the gap a row gets there). More (`规章` /
 * four empty lines / `行政规范性文件`) is no such page's gap.
 */
function setOffAsCell(lines: readonly string[], at: number): boolean {
  if (lines[at - 1] !== '') return false;
  const gap = lines[at - 2] === '' ? 2 : 1;
  return cleanField(lines[at - 1 - gap] ?? '') !== '';
}

/**
 * Since a fix of stop 54 after the measure of 2126–2170: a run of empty lines, in a page copied a
 * line a cell with each line set off by one empty line, between a row's label and a value (`一、本年
 * 新收…` / seven empty lines / `0`, real: 舟山市政务服务办公室 2020's 表三, each row's total after
 * six empty cells): the run, less the one line that sets off every line, is the empty cells before
 * the value. Not after a label itself set off by more empty lines (`规章` / four empty lines /
 * `行政规范性文件` / three / `3`, real: 子洲县交通运输局 2021): the text keeps no one gap there.
 * Only empty lines (a line of spaces is a cell of its own, above), three at least, after a text line
 * that is no value and is itself set off as a cell (`setOffAsCell`: one empty line, or a row's
 * two). The count of blank cells when `at` opens such a run, else 0.
 */
function blankRunBeforeValue(lines: readonly string[], at: number): number {
  const before = lines[at - 1];
  if (lines[at] !== '' || before === undefined || cleanField(before) === '') return 0;
  if (isValueLike(before) || !setOffAsCell(lines, at - 1)) return 0;
  let end = at;
  while (lines[end] === '') end += 1;
  const after = lines[end];
  if (end - at < BLANK_RUN_LEAST || after === undefined || !isValueLike(after)) return 0;
  return end - at - 1;
}

/** A line that is one field after a tab: a cell of the one-cell-per-line layout, or an indented line. */
const TAB_LED = /^\t+[^\t]*$/;
/** The fewest characters of a tab-led line that is prose rather than a cell. */
const PROSE_LEAST = 40;
const isProse = (field: string): boolean =>
  cleanField(field).length >= PROSE_LEAST && /[。，,；;]/.test(field);

/**
 * Since a fix of stop 57 after the measure of 2306–2350: a page that indents every line with a tab
 * (`\t一、总体情况 `, `\t2019年,我局严格按照…`, real: 利州区退役军人事务局 2019) is not a table printed
 * a cell a line: its tab-led lines are paragraphs of prose, which no table's cell is. When some
 * tab-led line is prose (a sentence of 40 characters or more), every tab-led line loses its tabs
 * (a line of a tab alone is then an empty line); otherwise the lines are as given.
 */
function unindented(lines: readonly string[]): readonly string[] {
  const indented = lines.some((line) => TAB_LED.test(line) && isProse(line));
  return indented
    ? lines.map((line) => (TAB_LED.test(line) ? line.replace(/^\t+/, '') : line))
    : lines;
}

export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let group: string[] | null = null;
  const flush = (): void => {
    if (group && group.length > 0) blocks.push({ kind: 'row', fields: group });
    group = null;
  };
  const emitRow = (fields: string[]): void => {
    flush();
    if (fields.every((f) => isRuleField(f) || cleanField(f) === '')) return;
    blocks.push({ kind: 'row', fields: fields.map((f) => (isRuleField(f) ? '' : f)) });
  };

  // Whether the last line left a cell open (text without a closing `|`): a line of bars then
  // closes it with its first bar instead of adding a blank cell.
  let cellOpen = false;
  const lines = unindented(text.replace(/\r\n?/g, '\n').split('\n'));
  for (const [at, line] of lines.entries()) {
    if (isPageNumber(line)) continue;
    if (/[|｜]/.test(line)) {
      const fields = pipeFields(line).flatMap((f) => f.split('\t'));
      const filled = fields.filter((f) => cleanField(f) !== '' && !isRuleField(f));
      if (filled.length > 1) {
        emitRow(fields);
        cellOpen = false;
        continue;
      }
      if (fields.every((f) => isRuleField(f) || cleanField(f) === '') && filled.length === 0) {
        // Only bars: one blank cell per bar (`||` after a row: the empty cells of merged columns).
        let bars = (line.match(/[|｜]/g) ?? []).length;
        if (cellOpen) bars -= 1;
        flush();
        if (bars > 0)
          blocks.push({ kind: 'cells', fields: Array.from({ length: bars }, () => '') });
        cellOpen = false;
        continue;
      }
      // One cell with its closing bar (`规章 |`), possibly after blank cells (`| | 0 |`).
      const cells = line
        .replace(/^\s*[|｜]/, '')
        .split(/[|｜]/)
        .slice(0, -1)
        .map((f) => (cleanField(f) === '' ? '' : f));
      const endsOpen = !/[|｜]\s*$/.test(line);
      const last = line.replace(/^.*[|｜]/, '');
      if (endsOpen && cleanField(last) !== '') cells.push(last);
      flush();
      blocks.push({ kind: 'cells', fields: cells });
      cellOpen = endsOpen;
      continue;
    }
    cellOpen = cleanField(line) !== '' ? true : cellOpen;
    if (line.includes('\t')) {
      if (/^\t[^\t]*$/.test(line)) {
        group ??= [];
        group.push(line.slice(1));
      } else {
        emitRow(line.split('\t'));
      }
      continue;
    }
    const clean = cleanField(line);
    // Since a fix of stop 38 after the measure of 1049–1078: a page copied a line a cell, each
    // line set off by an empty one, prints an empty cell as a line of spaces (`行政处罚` / ` ` /
    // ` ` / ` `, real: 互助县政务服务中心 2020's 表二): a blank cell, where an empty line is
    // none.
    if (clean === '' && line !== '' && lines[at - 1] === '' && lines[at + 1] === '') {
      flush();
      blocks.push({ kind: 'cells', fields: [''] });
      continue;
    }
    if (clean === '') {
      flush();
      const run = blankRunBeforeValue(lines, at);
      if (run > 0) blocks.push({ kind: 'cells', fields: Array.from({ length: run }, () => '') });
      continue;
    }
    if (group) {
      const last = group.length - 1;
      const continues =
        last >= 0 && !isValueLike(line) && clean.length <= 30 && !/^[一二三四五六]、/.test(clean);
      if (isValueLike(line)) {
        group.push(line);
        continue;
      }
      if (continues) {
        group[last] = `${group[last] ?? ''}${clean}`;
        continue;
      }
      flush();
    }
    blocks.push({ kind: 'paragraph', text: line });
  }
  flush();
  return blocks;
}
