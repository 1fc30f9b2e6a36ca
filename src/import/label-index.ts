import type { CellTemplate, FormatTemplate, TableId } from '@/domain/template/types';
import { labelKey } from './normalise-text';

/** A data row of a table, found by its label, with its value cells left to right. */
export interface RowEntry {
  readonly table: TableId;
  readonly row: string;
  /** The official label (for messages). */
  readonly label: string;
  readonly cells: readonly CellTemplate[];
}

export interface LabelIndex {
  /** Data rows by the key of their leaf label. */
  readonly rows: ReadonlyMap<string, RowEntry>;
  /** Every other printed label (captions, headers, group labels, the balance rule) → its table. */
  readonly labels: ReadonlyMap<string, TableId>;
  /** Keys of every label of the format (rows and others). */
  readonly all: ReadonlySet<string>;
  /**
   * Data rows printed without a row label (表四's single row of 15 numbers), by table: a run of
   * numbers with no label is read into the row of the table it stands in. Derived from the grid,
   * so a format declares such a row just by printing it.
   */
  readonly unlabelledRows: ReadonlyMap<TableId, RowEntry>;
  /**
   * Since a fix of stop 37 after the measure of 959–988: captions of 条例's items printed with the
   * item's 第 lost (`第二十条(五)项` for `第二十条第（五）项`, real: 大竹县川主乡 2019's 表二), by
   * the key of the words printed: the caption as the format prints it, and its table.
   */
  readonly captionsWithoutItemMark: ReadonlyMap<
    string,
    { readonly table: TableId; readonly label: string }
  >;
  /**
   * Since a fix of stop 47 after the measure of 1634–1678: captions of 条例's items printed with the
   * item lost whole (`第二十条第` for `第二十条第（一）项`, real: 汉台区河东店镇 2025's 表二, every
   * caption so), by the key of the words printed: the captions it may stand for, in the format's
   * order, with their table.
   */
  readonly captionsWithoutItem: ReadonlyMap<
    string,
    readonly { readonly table: TableId; readonly label: string }[]
  >;
}

/** A caption naming an article's item (`第二十条第（五）项`): its key without the item's 第. */
const ITEM_CAPTION = /^(第[一二三四五六七八九十百]+条)第([(（][一二三四五六七八九十]+[)）]项)$/;

const cache = new WeakMap<FormatTemplate, LabelIndex>();

export function labelIndex(template: FormatTemplate): LabelIndex {
  const hit = cache.get(template);
  if (hit) return hit;
  const rows = new Map<string, RowEntry>();
  const labels = new Map<string, TableId>();
  const unlabelledRows = new Map<TableId, RowEntry>();
  const captionsWithoutItemMark = new Map<string, { table: TableId; label: string }>();
  const captionsWithoutItem = new Map<string, { table: TableId; label: string }[]>();
  for (const table of template.tables) {
    for (const gridRow of table.rows) {
      const rowCells = table.cells.filter((c) => c.row === gridRow.row);
      for (const cell of gridRow.cells) {
        if (cell.kind !== 'label') continue;
        const key = labelKey(cell.text);
        if (gridRow.kind === 'data' && rowCells[0]?.rowLabels.at(-1) === cell.text) {
          rows.set(key, {
            table: table.id,
            row: gridRow.row ?? '',
            label: cell.text,
            cells: rowCells,
          });
        } else {
          labels.set(key, table.id);
          const item = gridRow.kind === 'caption' ? ITEM_CAPTION.exec(key) : null;
          if (item) {
            captionsWithoutItemMark.set(`${item[1]}${item[2]}`, {
              table: table.id,
              label: cell.text,
            });
            const cut = `${item[1]}第`;
            captionsWithoutItem.set(cut, [
              ...(captionsWithoutItem.get(cut) ?? []),
              { table: table.id, label: cell.text },
            ]);
          }
        }
      }
      if (gridRow.kind === 'data' && gridRow.cells.every((c) => c.kind === 'value')) {
        if (unlabelledRows.has(table.id))
          throw new Error(`format ${template.id}: ${table.shortName} has two unlabelled rows`);
        const ids = new Set(gridRow.cells.map((c) => (c.kind === 'value' ? c.cell : '')));
        unlabelledRows.set(table.id, {
          table: table.id,
          row: gridRow.row ?? '',
          label: table.title,
          cells: table.cells.filter((c) => ids.has(c.id)),
        });
      }
    }
  }
  const all = new Set([...rows.keys(), ...labels.keys()]);
  const index: LabelIndex = {
    rows,
    labels,
    all,
    unlabelledRows,
    captionsWithoutItemMark,
    captionsWithoutItem,
  };
  cache.set(template, index);
  return index;
}

/** Label keys of `a` that `b` does not print: they identify format `a`. */
export function distinctiveKeys(a: FormatTemplate, b: FormatTemplate): Set<string> {
  const other = labelIndex(b).all;
  return new Set([...labelIndex(a).all].filter((k) => !other.has(k)));
}
