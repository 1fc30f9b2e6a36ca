import type { FormatTemplate, MoneyUnit } from '@/domain/template/types';
import type { CellId, TableId } from '@/domain/template/types';
import type { RowEntry } from './label-index';
import type { AddedRow } from '@/domain/report/types';
import { HeaderRuns } from './header-runs';
import { valueText } from '@/domain/report/read-cell';
import { parseValue } from './parse-value';
import { cleanField, labelKey } from './normalise-text';

/** A row label's note naming who must provide its data (`(设区的市、自治州人民政府应提供相关数据)`). */
const PROVIDERS_NAMED = /[（(]([^（()）]{2,30}?)应(?:当)?提供[^（()）]*[)）]/;

/** The kind of agency a list of providers ends in (`…自治州人民政府`). */
const PROVIDER_KIND = /(人民政府|政府)$/;

/**
 * Whether an agency is among the providers a row's label names (`设区的市、自治州人民政府`): its
 * name ends in the kind they end in (`…市人民政府`). A list of another shape is taken to include it.
 * An agency the import could not name (real: 武湖街道 2020, no title) is not taken for one of them:
 * a government reports under its name.
 */
export function providedBy(providers: string, agency: string): boolean {
  const kind = PROVIDER_KIND.exec(providers)?.[1];
  return kind === undefined || agency.endsWith(kind);
}

/** Longest non-numeric text kept in a cell as written (longer text is listed as unrecognised). */
const MAX_RAW_LENGTH = 20;

/** Collects the values read from table rows into cells and printed totals, with notes. */
export class TableCollector {
  readonly cells: Record<CellId, string> = {};
  readonly cellUnits: Record<CellId, MoneyUnit> = {};
  readonly reportedTotals: Record<CellId, string> = {};
  /** Totals whose place in a full row was printed empty (`| 合计 | 3 | 2 | |`). */
  readonly blankTotals = new Set<CellId>();
  /**
   * The input cells of rows printed whole with every cell empty (`规章 | | | |`, real: 开江县信访局
   * 2019): left blank in the source, not lost by the reader (`ImportedSource.printedBlank`).
   */
  readonly printedBlank = new Set<CellId>();
  /**
   * Since a fix of stop 36 after the measure of 839–868: the input cells of rows whose printed
   * label says who must provide their data (`规章(设区的市、自治州人民政府应提供相关数据)`, real:
   * 黄陂区武湖街道 2020), with those it names (`设区的市、自治州人民政府`): a blank there is no slip of
   * an agency the label leaves out (`providedBy`).
   */
  readonly providers = new Map<CellId, string>();
  /** Money printed as a bare number in a column whose header prints no unit (2019 采购总金额). */
  readonly unitsUnstated: CellId[] = [];
  /** A row's only value, digits enough for its counts run together (`ImportedSource.runTogether`). */
  readonly runTogether: CellId[] = [];
  /** Units a source prints after a column's label (`采购总金额（元）`), by the label's key. */
  private readonly headerUnits = new Map<string, MoneyUnit>();
  /** The tables' headers as printed, for a label printed in another's place. */
  readonly headers: HeaderRuns;
  readonly found = new Set<TableId>();
  /**
   * Since a fix of stop 64 after the measure of 2621–2665: the places (column positions) of each
   * table that rows printed on one line filled with a value (`行政处罚 | 0 | ||`), as the table
   * stream notes those of rows given a cell a line (`TableStream.filledPositions`).
   */
  readonly filledInRows = new Map<TableId, Set<number>>();
  /** Rows whose label was found in the source (`t3.granted`), with or without values. */
  readonly rowsSeen = new Set<string>();
  readonly placeholders: string[] = [];
  readonly warnings: string[] = [];
  /** Cells given again after their first value: the value kept, the second, how many times. */
  private readonly repeats = new Map<
    string,
    { readonly label: string; readonly kept: string; readonly second: string; times: number }
  >();
  readonly unrecognised: string[] = [];
  private readonly unplacedRows = new Map<string, number>();

  /** `template` names the tables in notes (`importName`: 依申请公开表). */
  constructor(private readonly template: FormatTemplate) {
    this.headers = new HeaderRuns(template);
  }

  /** Places the value fields that follow a row's label into the row's cells, left to right. */
  /**
   * Places a row's values; `rowUnit` is a unit printed after the row's label (`政府集中采购（元）`,
   * real: 平潭综合实验区综合执法与应急管理局 2020), which states it for the row's bare amounts.
   */
  /**
   * `wholeRow`: the values are the row as printed, every column in its place (a table's row, not
   * values gathered from a stream of loose pieces, where an empty piece may be a lost one).
   */
  place(
    entry: RowEntry,
    rawValues: readonly string[],
    rowUnit?: MoneyUnit,
    wholeRow = false,
  ): void {
    this.headers.end();
    this.found.add(entry.table);
    this.seen(entry);
    const k = entry.cells.length;
    const table = this.template.tables.find((t) => t.id === entry.table);
    // A table's only unlabelled row (表四's) is named by the table's title: no 行.
    const name = `${table?.importName ?? ''}“${entry.label}”${entry.label === table?.title ? '' : '行'}`;
    let values = rawValues.map(cleanField);
    while (values.length > k && values[0] === '') values = values.slice(1);
    while (values.length > k && values.at(-1) === '') values = values.slice(0, -1);
    if (values.length > k) {
      const extra = values.slice(0, values.length - k).filter((v) => v !== '');
      values = values.slice(values.length - k);
      this.warnings.push(
        `${name}有 ${values.length + extra.length} 个值，多于 ${k} 列：按右对齐读取，左侧多出的“${extra.join('、')}”未导入。`,
      );
      for (const v of extra) this.unrecognised.push(`${entry.label}：${v}`);
    }
    const moved = amountsInCountCells(entry, values);
    if (moved)
      this.warnings.push(
        `${name}的“${moved.value}”是金额，不是“${moved.from}”，已读入“${moved.to}”，请核对。`,
      );
    else if (values.length < k && values.some((v) => v !== '')) {
      this.warnings.push(
        `${name}只有 ${values.length} 个值，少于 ${k} 列：按从左到右读取，其余单元格留空，请核对。`,
      );
      const together = runTogether(entry, values);
      if (together && !this.runTogether.includes(together)) this.runTogether.push(together);
    }
    if (wholeRow) {
      const filled = this.filledInRows.get(entry.table) ?? new Set<number>();
      values.forEach((v, i) => {
        if (v !== '' && i < k) filled.add(i);
      });
      if (filled.size > 0) this.filledInRows.set(entry.table, filled);
    }
    if (wholeRow && values.length === k && values.every((v) => v === '')) this.blankRow(entry);
    // A row printed whole with some columns empty (`行政规范性文件 | 2 | ||`, real: 大同市气象部门
    // 2023): those cells were printed blank too.
    else if (wholeRow && values.length === k)
      entry.cells.forEach((cell, i) => {
        if (!cell.computed && values[i] === '') this.printedBlank.add(cell.id);
      });
    const placed = moved?.values ?? values;
    entry.cells.forEach((cell, i) => {
      const parsed = parseValue(placed[i] ?? '', cell);
      if (parsed.kind === 'blank') {
        // Only a row that shows every column says a cell was printed empty; a short row may
        // simply have lost it.
        if (cell.computed && values.length === k) this.blankTotals.add(cell.id);
        return;
      }
      if (parsed.kind === 'bad') {
        // Short text stays in its cell as written, so the form shows it with the wrong-value
        // error and the clerk corrects it there; anything longer is not a cell value at all.
        if (
          parsed.text.length <= MAX_RAW_LENGTH &&
          !cell.computed &&
          this.cells[cell.id] === undefined
        ) {
          this.cells[cell.id] = parsed.text;
          this.warnings.push(
            `“${cell.label}”写的是“${parsed.text}”，${parsed.message}，已原样导入，请在草稿中改正。`,
          );
        } else {
          this.unrecognised.push(`${cell.label}：${parsed.text}`);
          this.warnings.push(
            `“${cell.label}”写的是“${parsed.text.slice(0, 30)}”，${parsed.message}，未导入。`,
          );
        }
        return;
      }
      const target = cell.computed ? this.reportedTotals : this.cells;
      const kept = target[cell.id];
      if (kept !== undefined) {
        const repeat = this.repeats.get(cell.id);
        if (repeat) repeat.times += 1;
        else
          this.repeats.set(cell.id, {
            label: cell.label,
            kept,
            second: valueText(parsed),
            times: 2,
          });
        return;
      }
      // An amount is kept as printed (`73802895.90元` → `73802895.90`), computed with its value.
      target[cell.id] = valueText(parsed);
      if (parsed.unit) this.cellUnits[cell.id] = parsed.unit;
      if (parsed.unitless && cell.unit && !cell.unitInHeader) {
        // A header that prints the unit the format leaves out says it for the column's numbers.
        const printed =
          rowUnit ?? this.headerUnits.get(labelKey(cell.columnLabels.at(-1) ?? cell.label));
        if (printed === undefined) this.unitsUnstated.push(cell.id);
        else if (printed !== cell.unit) this.cellUnits[cell.id] = printed;
      }
      if (parsed.placeholder) this.placeholders.push(cell.label);
    });
  }

  /**
   * Text met among a table's labels: a column label printed with a unit (real: 平潭综合实验区交通与
   * 建设局 2020 heads its 2019 表二 column `采购总金额（元）`) states the unit of that column's numbers.
   */
  headerText(text: string): void {
    const m = /^(.+?)[（(]\s*(?:单位\s*[:：]\s*)?(万元|元)\s*[)）]$/.exec(cleanField(text));
    if (m?.[1] && (m[2] === '元' || m[2] === '万元')) this.headerUnits.set(labelKey(m[1]), m[2]);
  }

  /**
   * A row was read from a label one character off its official label (`RowMatch.near`): the
   * reader is told which row was assumed, once per printed label.
   */
  readAs(entry: RowEntry, printed: string): void {
    const table = this.template.tables.find((t) => t.id === entry.table);
    // One character off, or a two-character word dropped (see `nearMiss`).
    const off =
      labelKey(entry.label).length - labelKey(printed).length === 2 ? '少两字' : '相差一字';
    const note = `${table?.shortName ?? '表格'}“${cleanField(printed)}”与模板行名“${entry.label}”${off}，已按“${entry.label}”行读取，请核对。`;
    if (!this.warnings.includes(note)) this.warnings.push(note);
  }

  /**
   * A row was read from its label with a word dropped (`RowMatch.shortened`, `规范性文件` in
   * 2021's 表二): recorded as a changed label (`ImportedSource.changedHeaders`), its note left out.
   */
  shortenedLabel(entry: RowEntry, printed: string): void {
    const text = cleanField(printed).replace(/\s*[（(][^（()）]*[)）]$/, '');
    this.headers.rowLabel(entry.table, text, entry.label);
  }

  /**
   * Since a fix of stop 37 after the measure of 989–1018: a row read from its label with a word
   * put after it in brackets (`RowMatch.renamed`, `规章(制度)`): recorded as a changed label, whole.
   */
  renamedLabel(entry: RowEntry, printed: string): void {
    this.headers.rowLabel(entry.table, cleanField(printed), entry.label);
  }

  /** A row's label as printed: the providers it names, if any (`providers`). */
  printedLabel(entry: RowEntry, printed: string): void {
    const named = PROVIDERS_NAMED.exec(cleanField(printed))?.[1];
    if (named) for (const cell of entry.cells) this.providers.set(cell.id, named);
  }

  /** A row printed whole, its label and every cell, with nothing in any cell. */
  blankRow(entry: RowEntry): void {
    this.seen(entry);
    this.found.add(entry.table);
    for (const cell of entry.cells) if (!cell.computed) this.printedBlank.add(cell.id);
  }

  /** The input cells of a row printed blank at the given places (0 for its first cell). */
  printedBlankAt(entry: RowEntry, places: ReadonlySet<number>): void {
    entry.cells.forEach((cell, i) => {
      if (!cell.computed && places.has(i)) this.printedBlank.add(cell.id);
    });
  }

  /** A row's label was found (its values may all be blank). */
  seen(entry: RowEntry): void {
    this.rowsSeen.add(`${entry.table}.${entry.row}`);
  }

  /** Rows printed that the format does not have (`TableStream`'s `addedRow`), in order. */
  readonly addedRows: AddedRow[] = [];

  /** A row the format lacks, named `label`, printed after the format's row `after`. */
  addedRow(table: TableId | null, label: string, after: string): void {
    if (table !== null) this.addedRows.push({ table, label: cleanField(label), after });
  }

  /** Values found in a row whose label is missing or unknown: listed, never guessed. */
  unplaced(fields: readonly string[], table: TableId | null): void {
    this.headers.end();
    const text = fields
      .map(cleanField)
      .filter((f) => f !== '')
      .join(' ');
    this.unrecognised.push(text);
    const where = (table && this.template.tables.find((t) => t.id === table)?.importName) || '表格';
    this.unplacedRows.set(where, (this.unplacedRows.get(where) ?? 0) + 1);
  }

  summary(): string[] {
    const out = [...this.warnings];
    // One line per cell however often a (copied, repeated) table gives it again.
    for (const { label, kept, second, times } of this.repeats.values()) {
      out.push(
        times === 2
          ? `“${label}”出现了两次（${kept} 和 ${second}），保留第一次的 ${kept}。`
          : `“${label}”出现了 ${times} 次，保留第一次的 ${kept}。`,
      );
    }
    for (const [where, n] of this.unplacedRows) {
      out.push(
        `${where}中有 ${n} 行数字找不到对应的行标签（行名缺失或错位），没有导入，相应单元格留空；原文见“未识别的内容”。`,
      );
    }
    if (this.placeholders.length > 0) {
      const list = this.placeholders.slice(0, 3).join('、');
      const more = this.placeholders.length > 3 ? ` 等 ${this.placeholders.length} 个单元格` : '';
      out.push(`${list}${more}写的是“—”“/”或“无”，已按 0 导入（在填好的表格中表示没有），请核对。`);
    }
    return out;
  }
}

/**
 * A row of counts printed with one value where it has several columns, that value a string of
 * digits at least as long as the columns are many (`规章 | 104`, `行政规范性文件 | 2729318` under
 * 本年制发件数、本年废止件数、现行有效件数, real: 荆门市政府办公室 2021): the counts ran together,
 * their split unknown. The cell it was read into, or `null` (a short row holding `0` or `12` lost
 * its other values, real: 雄县 2019's `规章 | 0`).
 */
function runTogether(entry: RowEntry, values: readonly string[]): CellId | null {
  const k = entry.cells.length;
  const given = values.filter((v) => v !== '');
  const [only] = given;
  const [first] = entry.cells;
  if (k < 2 || given.length !== 1 || only === undefined || values[0] !== only || !first)
    return null;
  if (!entry.cells.every((c) => c.type === 'count' && !c.computed)) return null;
  return /^\d+$/.test(only) && only.length >= k ? first.id : null;
}

/** An amount as clerks print it: with 元 or 万元, or with decimals (`709455.9元`, `70.95`). */
const AMOUNT_LIKE = /^[\d０-９][\d０-９,，]*(?:(?:[.．][\d０-９]+)?\s*万?元|[.．][\d０-９]+)$/;

/**
 * Since a fix of stop 44 after the measure of 1379–1423: an amount (`709455.9元`) where a row's
 * count should be, and the row's amount cell after it left empty (2019 政府集中采购 printed
 * `31批次` / `709455.9元`, the count's measure word once not read, real: 舟山市退役军人事务局 2020):
 * the amount is the amount cell's; a count is never an amount. The values to place, or `null`.
 */
function amountsInCountCells(
  entry: RowEntry,
  values: readonly string[],
): { values: string[]; value: string; from: string; to: string } | null {
  const cells = entry.cells;
  for (const [i, cell] of cells.entries()) {
    const v = values[i] ?? '';
    if (cell.type !== 'count' || cell.computed || v === '' || !AMOUNT_LIKE.test(v)) continue;
    const j = cells.findIndex((c, at) => at > i && c.type === 'money' && (values[at] ?? '') === '');
    const to = cells[j];
    if (!to) continue;
    const placed = cells.map((_, at) => values[at] ?? '');
    placed[i] = '';
    placed[j] = v;
    return {
      values: placed,
      value: v,
      from: cell.columnLabels.at(-1) ?? cell.label,
      to: to.columnLabels.at(-1) ?? to.label,
    };
  }
  return null;
}
