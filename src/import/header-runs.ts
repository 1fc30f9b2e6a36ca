import type { RepeatedHeader } from '@/domain/report/types';
import type { FormatTemplate, TableId } from '@/domain/template/types';
import { labelKey } from './normalise-text';

/**
 * A table's header as the source prints it: the header labels met one after another, with no
 * data row or value between them. A label printed more often than any header of the format
 * prints it, where a label of that header is missing, was printed in another's place (real:
 * 康乐县上湾乡 2019 heads 表二's 第二十条第（一）项 `本年新制作数量 | 本年新制作数量 | 对外公开总数量`).
 * A header printed whole twice (a page break) misses nothing and is not recorded, nor is one whose
 * labels were cut or wrapped out of reach (more labels missing than printed too often).
 */
export class HeaderRuns {
  readonly repeated: RepeatedHeader[] = [];
  private run: { readonly table: TableId; readonly keys: string[] } | null = null;

  constructor(private readonly template: FormatTemplate) {}

  /** A printed label that is no data row's: counted when it is a header label of `table`. */
  label(table: TableId, text: string): void {
    const key = labelKey(text);
    if (!headerBlocks(this.template, table).some((b) => b.some((l) => l.key === key))) return;
    if (this.run?.table !== table) {
      this.end();
      this.run = { table, keys: [] };
    }
    this.run.keys.push(key);
  }

  /** A data row or a value: the header before it is complete. */
  end(): void {
    const run = this.run;
    this.run = null;
    if (!run) return;
    const printed = new Map<string, number>();
    for (const k of run.keys) printed.set(k, (printed.get(k) ?? 0) + 1);
    const blocks = headerBlocks(this.template, run.table);
    for (const [key, times] of printed) {
      const holding = blocks.filter((b) => b.some((l) => l.key === key));
      const most = Math.max(...holding.map((b) => b.filter((l) => l.key === key).length));
      if (times <= most) continue;
      // The header the run stands for: the one it prints most labels of.
      const overlap = (b: readonly HeaderLabel[]) => b.filter((l) => printed.has(l.key)).length;
      const block = holding.reduce((a, b) => (overlap(b) > overlap(a) ? b : a));
      const missing = [...new Set(block.filter((l) => !printed.has(l.key)).map((l) => l.text))];
      const label = block.find((l) => l.key === key)?.text;
      // Printed in another's place: as many labels missing as extra prints (a header cut or
      // wrapped so that its words are not read misses more).
      if (
        label &&
        missing.length > 0 &&
        missing.length <= times - most &&
        !this.repeated.some((r) => r.label === label)
      )
        this.repeated.push({ table: run.table, label, times, missing });
    }
  }
}

interface HeaderLabel {
  readonly key: string;
  readonly text: string;
}

const blocksCache = new WeakMap<
  FormatTemplate,
  Map<TableId, readonly (readonly HeaderLabel[])[]>
>();

/** The headers of a table: each run of consecutive header rows of its grid, as its labels. */
function headerBlocks(
  template: FormatTemplate,
  table: TableId,
): readonly (readonly HeaderLabel[])[] {
  let byTable = blocksCache.get(template);
  if (!byTable) {
    byTable = new Map();
    for (const t of template.tables) {
      const blocks: HeaderLabel[][] = [];
      let current: HeaderLabel[] | null = null;
      for (const row of t.rows) {
        if (row.kind !== 'header') {
          current = null;
          continue;
        }
        if (!current) blocks.push((current = []));
        for (const c of row.cells)
          if (c.kind === 'label') current.push({ key: labelKey(c.text), text: c.text });
      }
      byTable.set(t.id, blocks);
    }
    blocksCache.set(template, byTable);
  }
  return byTable.get(table) ?? [];
}
