import type { TableId } from '@/domain/template/types';
import type { LabelIndex, RowEntry } from './label-index';
import { matchRow } from './match-row';
import { cleanField, labelKey } from './normalise-text';
import { MEASURED_COUNT } from './parse-value';
import type { TableCollector } from './table-collector';

/**
 * Reads tables that arrive as a stream of loose pieces rather than rows: text copied from a PDF
 * (a label, then its values on the same or the next lines, labels wrapped round the values),
 * one value per line, one cell per line ending in `|`. A row label opens a row; the values and
 * blank cells that follow fill it left to right until it has as many as the row has cells.
 * Text that is no label while a row waits for its values is a piece of a wrapped label and is
 * skipped. Values that no label precedes are never guessed into a row: the unlabelled row of
 * the table they stand in (表四's) takes one unbroken run of them; otherwise they are kept aside, and given to the rows
 * that follow only when the counts match exactly (a PDF viewer puts the labels of tall cells
 * after their values), with a warning.
 */

/** The fewest rows with bars before their value from which the bars are read as blanks. */
const BLANK_BEFORE_VALUE_ROWS = 2;

interface OpenRow {
  readonly entry: RowEntry;
  readonly values: string[];
  /** True for a table's unlabelled row (表四's), opened by values rather than a label. */
  readonly unlabelled: boolean;
  /** The line the row's label was on (`TableStream.line`). */
  readonly line: number;
  /** True once a value of the row came on its label's line (not a cell a line). */
  onLabelLine?: boolean;
}

interface Orphans {
  readonly table: TableId | null;
  readonly values: string[];
  /** The text read right before the first value (a label the format lacks), or ''. */
  readonly label: string;
  /** The row closed last before them (the format's row the text came under), or null. */
  readonly after: RowEntry | null;
  /** Rows that were opened by a label and closed without any value since these values came. */
  readonly emptyRows: RowEntry[];
}

/**
 * Since a fix of stop 69 after the measure of 2846–2890: a row the format does not have, its own words
 * for a label and a whole row's values after them, right after a row of the format (`其他对外管理服务事项 |` /
 * `行政检查 |` / `0 |` ×3 / `行政确认 |` / `0 |` ×3, real: 新华街道 2019's 表二 第二十条第(五)项): the
 * second added row's values are left with no row to go to. Only a short name of words (no figure, no
 * mark: a wrapped label's piece or a note carries them, `(指行政许可以外的…`), and exactly as many
 * values as the row before has cells, in its table.
 */
const ROW_NAME = /^[\u4e00-\u9fff]{2,10}$/;
/**
 * Not a catch-all row of a province's form (`其他主动公开文件 | 1 | 1 | 1` under 规范性文件, real: 汉南区医保局
 * 2020, Hubei's 表样, passed by its gatherer as 087's and 2160's were): the province's table, not a slip.
 */
const CATCH_ALL = /^其[他它]/;
function addedRow(o: Orphans): boolean {
  const label = cleanField(o.label);
  return (
    o.after !== null &&
    o.table === o.after.table &&
    ROW_NAME.test(label) &&
    !CATCH_ALL.test(label) &&
    o.values.length === o.after.cells.length
  );
}

export class TableStream {
  private open: OpenRow | null = null;
  private pending = '';
  private orphans: Orphans | null = null;
  /** The line being read (`newLine`): a row whose cells all came on its label's line is whole. */
  private line = 0;
  /**
   * Rows whose every cell came as a blank cell on a line of its own (`规章 |` / `|` / `|` / `|`),
   * by table: whether they were printed blank is decided at the end (`finish`).
   */
  private readonly blankOnOwnLines = new Map<TableId, RowEntry[]>();
  /**
   * Since a fix of stop 64 after the measure of 2621–2665: rows of `blankOnOwnLines` below rows
   * printed on one line with values (`TableCollector.filledInRows`), with the places those filled
   * above them (see `finish`).
   */
  private readonly blankBelowRows: { entry: RowEntry; places: ReadonlySet<number> }[] = [];
  /**
   * Since a fix of stop 54 after the measure of 2126–2170: rows given whole a cell a line whose
   * places before their first value came as lone `|` lines (`一、本年新收… |` / six `|` / `0 |`), with
   * those places, by table: whether they were printed blank is decided at the end (`finish`).
   */
  private readonly blankBeforeValue = new Map<
    TableId,
    { entry: RowEntry; places: Set<number> }[]
  >();
  /** The positions in a row that some row of the table filled with a value, by table. */
  private readonly filledPositions = new Map<TableId, Set<number>>();
  /**
   * The table of the row closed last when that row was given whole a cell a line (its values on
   * lines after its label's), else null: the copy keeps each cell on its own line there.
   */
  private wholeOnOwnLines: TableId | null = null;
  /** The labelled row closed last (see `Orphans.after`). */
  private lastClosed: RowEntry | null = null;
  /** How many captions with their item lost (`第二十条第`) were read, by key. */
  private readonly cutCaptionsSeen = new Map<string, number>();
  /** The table the stream is in (from the last label), or null. */
  context: TableId | null = null;
  /** True once a label or row of a table was seen since the last section heading. */
  inTable = false;

  constructor(
    private readonly index: LabelIndex,
    private readonly collector: TableCollector,
  ) {}

  /** A new section starts: close what is open; `table` is the section's table, if any. */
  section(table: TableId | null): void {
    this.close();
    this.flushOrphans();
    this.context = table;
    this.inTable = false;
    this.pending = '';
  }

  /** True when the text names a row or another label of the format (alone or as a prefix). */
  knows(text: string): boolean {
    const key = labelKey(text);
    return key !== '' && (matchRow(this.index, key) !== null || this.index.labels.has(key));
  }

  text(text: string): void {
    const key = labelKey(text);
    if (key === '') return;
    const alone = matchRow(this.index, key);
    // The label as printed: this text, or the wrapped label's pieces put together.
    const printed = alone || !this.pending ? text : this.pending + text;
    const match = alone ?? (printed === text ? null : matchRow(this.index, labelKey(printed)));
    if (match) {
      const row = match.row;
      if (match.near) this.collector.readAs(row, printed);
      if (match.shortened) this.collector.shortenedLabel(row, printed);
      if (match.renamed) this.collector.renamedLabel(row, printed);
      this.collector.printedLabel(row, printed);
      this.close(true);
      this.collector.headers.end();
      this.collector.seen(row);
      this.open = { entry: row, values: [], unlabelled: false, line: this.line };
      this.context = row.table;
      this.collector.found.add(row.table);
      this.inTable = true;
      this.pending = '';
      return;
    }
    const table = this.index.labels.get(key);
    if (table) {
      this.close(true);
      this.collector.headers.label(table, text);
      this.context = table;
      this.collector.found.add(table);
      this.inTable = true;
      this.pending = '';
      return;
    }
    // A caption with its item's 第 lost (`第二十条(五)项`): read as the caption, recorded as changed.
    const caption = this.index.captionsWithoutItemMark.get(key);
    if (caption) {
      this.close(true);
      this.collector.headers.end();
      this.collector.headers.caption(caption.table, cleanField(text), caption.label);
      this.context = caption.table;
      this.collector.found.add(caption.table);
      this.inTable = true;
      this.pending = '';
      return;
    }
    // Since a fix of stop 47 after the measure of 1634–1678: a caption with its item lost whole
    // (`第二十条第`, real: 汉台区河东店镇 2025's 表二): read as the next caption of the format's
    // order, recorded as changed.
    const cut = this.index.captionsWithoutItem.get(key);
    if (cut) {
      const seen = this.cutCaptionsSeen.get(key) ?? 0;
      const next = cut[Math.min(seen, cut.length - 1)];
      this.cutCaptionsSeen.set(key, seen + 1);
      if (next) {
        this.close(true);
        this.collector.headers.end();
        this.collector.headers.caption(next.table, cleanField(text), next.label);
        this.context = next.table;
        this.collector.found.add(next.table);
        this.inTable = true;
        this.pending = '';
        return;
      }
    }
    // A count with its measure word where the open row waits for a count (`政府集中采购` / `31批次` /
    // `709455.9元`, real: 舟山市退役军人事务局 2020): the row's value, not a piece of a label (else
    // the amount after it took the count's place).
    const open = this.open;
    if (
      open &&
      !open.unlabelled &&
      open.entry.cells[open.values.length]?.type === 'count' &&
      MEASURED_COUNT.test(cleanField(text))
    ) {
      this.value(text);
      return;
    }
    this.collector.headerText(text);
    this.collector.headers.other(text);
    // Unknown text: a piece of a wrapped label or header, or stray text between rows. An
    // unlabelled run of values (表四's) ends here.
    if (this.open?.unlabelled) this.close();
    this.pending = this.open && this.open.values.length === 0 ? '' : this.pending + text;
    if (this.pending.length > 60) this.pending = '';
  }

  value(value: string): void {
    const pending = this.pending;
    this.pending = '';
    this.collector.headers.end();
    const unlabelled =
      this.context === null ? undefined : this.index.unlabelledRows.get(this.context);
    if (!this.open && unlabelled && !this.orphans) {
      this.open = { entry: unlabelled, values: [], unlabelled: true, line: this.line };
      this.collector.found.add(unlabelled.table);
    }
    if (this.open) {
      if (this.line === this.open.line) this.open.onLabelLine = true;
      this.open.values.push(value);
      if (this.open.values.length >= this.open.entry.cells.length) this.close();
      return;
    }
    this.orphans ??= {
      table: this.context,
      values: [],
      emptyRows: [],
      label: pending,
      after: this.lastClosed,
    };
    this.orphans.values.push(value);
  }

  /** The next line of the source begins. */
  newLine(): void {
    this.line += 1;
  }

  /** A blank cell (a lone `|` in a table pasted one cell per line): counts only inside a row. */
  blank(): void {
    if (this.open) {
      this.open.values.push('');
      if (this.open.values.length >= this.open.entry.cells.length) this.close();
    }
  }

  /**
   * Ends the open row. `byNextLabel`: the next row, a table's label or a caption follows it, so the
   * row was printed whole before it (not cut by a heading or the text's end).
   */
  close(byNextLabel = false): void {
    const open = this.open;
    this.open = null;
    if (!open) return;
    if (!open.unlabelled) this.lastClosed = open.entry;
    const hasValue = open.values.some((v) => v !== '');
    const followsWholeRow = this.wholeOnOwnLines === open.entry.table;
    this.wholeOnOwnLines = null;
    if (open.unlabelled && open.values.length < open.entry.cells.length) {
      // A broken run of unlabelled numbers is not the table's unlabelled row.
      if (hasValue) this.collector.unplaced(open.values, open.entry.table);
      return;
    }
    if (hasValue) {
      const filled = this.filledPositions.get(open.entry.table) ?? new Set<number>();
      open.values.forEach((v, i) => {
        if (v !== '') filled.add(i);
      });
      this.filledPositions.set(open.entry.table, filled);
      this.collector.place(open.entry, open.values);
      // Since a fix of stop 36 after the measure of 839–868: a row given whole, a cell a line,
      // with a lone `|` after one of its values (`行政许可 |` / `0 |` / `|` / `0 |`, real: 得荣县卫生
      // 健康局 2019's 表二): the copy kept the row's values up to there, so that cell was printed
      // blank. Blanks before the row's first value may be a column the copy lost (see `finish`).
      if (!open.unlabelled && open.values.length >= open.entry.cells.length) {
        const first = open.values.findIndex((v) => v !== '');
        const after = new Set<number>();
        open.values.forEach((v, i) => {
          if (v === '' && i > first && i < open.entry.cells.length) after.add(i);
        });
        if (after.size > 0) this.collector.printedBlankAt(open.entry, after);
        if (first > 0 && !open.onLabelLine) {
          const before = new Set<number>();
          for (let i = 0; i < first; i++) before.add(i);
          const rows = this.blankBeforeValue.get(open.entry.table) ?? [];
          rows.push({ entry: open.entry, places: before });
          this.blankBeforeValue.set(open.entry.table, rows);
        }
      }
      if (byNextLabel) this.shortRowPrintedBlank(open, filled);
      if (!open.unlabelled && !open.onLabelLine && open.values.length >= open.entry.cells.length)
        this.wholeOnOwnLines = open.entry.table;
      return;
    }
    if (byNextLabel && followsWholeRow && this.emptyRowPrintedBlank(open))
      this.wholeOnOwnLines = open.entry.table;
    // Every cell printed empty on the label's own line (`规章 | |||`, real: 开江县信访局 2019): the
    // row was printed blank; blank cells on lines of their own may be values a copy lost.
    if (
      !open.unlabelled &&
      open.line === this.line &&
      open.values.length >= open.entry.cells.length
    )
      this.collector.blankRow(open.entry);
    else if (!open.unlabelled && open.values.length >= open.entry.cells.length) {
      const above = this.collector.filledInRows.get(open.entry.table);
      if (above !== undefined)
        this.blankBelowRows.push({ entry: open.entry, places: new Set(above) });
      const rows = this.blankOnOwnLines.get(open.entry.table) ?? [];
      rows.push(open.entry);
      this.blankOnOwnLines.set(open.entry.table, rows);
    }
    if (
      open.values.length === 0 &&
      this.orphans &&
      this.orphans.table === open.entry.table &&
      this.orphans.emptyRows.at(-1) !== open.entry
    )
      this.orphans.emptyRows.push(open.entry);
  }

  /**
   * Since a fix of stop 46 after the measure of 1574–1633: a row given a cell a line, fewer values
   * than its cells, and the next row's label or the next item's caption right after them (real:
   * 济宁高新区洸河街道 2020 and 西平县焦庄乡 2019, 表二 `行政事业性收费` / `0` / `第二十条第(九)项`,
   * two cells and one value): the copy kept every other row whole, so the row was printed with a
   * cell empty. Which one cannot be told; its last cells are said (the value read into the first).
   * Only places other rows of the table filled, and not values on the label's line (a PDF's text,
   * whose row may run on), nor a row cut by a heading or the text's end.
   */
  private shortRowPrintedBlank(open: OpenRow, filled: ReadonlySet<number>): void {
    const cells = open.entry.cells.length;
    if (open.unlabelled || open.onLabelLine || open.values.length >= cells) return;
    if (open.line === this.line) return;
    const missing = new Set<number>();
    for (let i = open.values.length; i < cells; i++) if (filled.has(i)) missing.add(i);
    if (missing.size > 0) this.collector.printedBlankAt(open.entry, missing);
  }

  /**
   * Since a fix of stop 47 after the measure of 1634–1678: a row with no value at all, its label
   * right before the next row's or the next item's caption, after a row given whole a cell a line
   * (real: 大通湖区审计局 2023, 表二 `行政处罚` / `0` / `行政强制` / `第二十条第(八)项`): the copy kept
   * each cell on its own line, so this row's were printed empty. Not with values waiting for a label
   * (a PDF's text prints them before it), nor a row whose label and the next are on one line.
   */
  private emptyRowPrintedBlank(open: OpenRow): boolean {
    if (open.unlabelled || open.values.length > 0 || this.orphans !== null) return false;
    if (open.line === this.line) return false;
    const filled = this.filledPositions.get(open.entry.table);
    if (filled === undefined) return false;
    const missing = new Set<number>();
    for (let i = 0; i < open.entry.cells.length; i++) if (filled.has(i)) missing.add(i);
    if (missing.size === 0) return false;
    this.collector.printedBlankAt(open.entry, missing);
    return true;
  }

  /** Ends the stream: leftover values are matched to empty rows when the counts agree, else listed. */
  finish(): void {
    this.close();
    this.flushOrphans();
    // Since a fix of stop 35 after the measure of 719–748: a row's every cell a blank on a line of
    // its own (`规章 |` / `|` / `|` / `|`) while other rows of the table print their values on such
    // lines in the same places (`行政许可 |` / `109 |` / `-3 |` / `44613 |`, real: 长春新区市场监管
    // 分局 2020): the copy kept those places' values, so these were printed blank. A place no row
    // fills (杨凌区统计局 2023's 表三, six `|` before each row's total `0 |`) may be a column the copy
    // lost: not said.
    for (const [table, rows] of this.blankOnOwnLines) {
      const filled = this.filledPositions.get(table);
      if (filled === undefined) continue;
      for (const row of rows) this.collector.printedBlankAt(row, filled);
    }
    // Since a fix of stop 64 after the measure of 2621–2665: or rows printed on one line each, a
    // row's label closed by its bar and its cells a line of bars under it, below a row printed with
    // its value in those places (`行政处罚 | 0 | ||` / `行政强制 |` / `| ||`, real: 阎良区信访局 2021):
    // the copy kept the row above's values, so this one's were printed blank. Not a table's first
    // row so given (`规章 |` / `|` / `|` / `|` above `规范性文件… | 2 | 0 | 83 |`, real: 胡市镇人民政府 2019,
    // passed by its gatherer as the form's blank, not judged on a text).
    for (const { entry, places } of this.blankBelowRows)
      if (!this.filledPositions.has(entry.table)) this.collector.printedBlankAt(entry, places);
    // Since a fix of stop 54 after the measure of 2126–2170: rows whose places before their value
    // came as lone `|` lines, a cell a line, two rows at least and every row of the table given so
    // carrying a value (`一、本年新收… |` / six `|` / `0 |`, `二、上年结转… |` / six `|` / `0 |`, real:
    // 始兴县退役军人事务局 2020 and 岳阳楼区 2023's 表三): each row's bars and value make its cells
    // exactly, row after row, so the bars stand for its empty cells, printed blank. Not a table
    // with a row of bars alone (杨凌区统计局 2023's `(一)予以公开` / eight `|`, no value): there the
    // bars do not keep to the cells and a place may be a column the copy lost, as said above.
    for (const [table, rows] of this.blankBeforeValue) {
      if (rows.length < BLANK_BEFORE_VALUE_ROWS || this.blankOnOwnLines.has(table)) continue;
      for (const { entry, places } of rows) this.collector.printedBlankAt(entry, places);
    }
  }

  private flushOrphans(): void {
    const o = this.orphans;
    this.orphans = null;
    if (!o || o.values.length === 0) return;
    const need = o.emptyRows.reduce((n, r) => n + r.cells.length, 0);
    if (o.emptyRows.length > 0 && need === o.values.length) {
      let at = 0;
      for (const row of o.emptyRows) {
        this.collector.place(row, o.values.slice(at, at + row.cells.length));
        at += row.cells.length;
      }
      this.collector.warnings.push(
        `${o.values.length} 个数字前面没有行名，而后面的${o.emptyRows.map((r) => `“${r.label}”`).join('')}${o.emptyRows.length} 行只有行名没有数字，个数正好相符，已按顺序填入这些行（从 PDF 复制的文字常把跨行单元格的行名放在数字之后），请核对。`,
      );
      return;
    }
    if (addedRow(o)) this.collector.addedRow(o.after?.table ?? null, o.label, o.after?.label ?? '');
    this.collector.unplaced(o.values, o.table);
  }

  /** Values that came before any row label, when the next section starts or the text ends. */
  hasOrphans(): boolean {
    return this.orphans !== null;
  }
}
