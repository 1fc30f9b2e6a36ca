import type { BrokenLine } from '@/domain/report/line-breaks';
import { tableBorder } from '@/domain/report/print-layout';
import type { Block } from './document-blocks';

/** What a block measures (twips). */
export type Measured =
  /** The title: one unbreakable box, its printed lines. */
  | { readonly kind: 'box'; readonly height: number; readonly lines: readonly string[] }
  /** A paragraph: its lines as character ranges, each one grid line high. */
  | { readonly kind: 'lines'; readonly lines: readonly BrokenLine[] }
  /** A table: the height of each grid row, the leading header rows, keep-with-next per row. */
  | {
      readonly kind: 'rows';
      readonly heights: readonly number[];
      readonly headers: number;
      readonly keep: readonly boolean[];
    };

/** Lines of a paragraph kept together at the foot and at the head of a page (w:widowControl). */
const ORPHANS = 2;

/** Lines of a paragraph that must share the page it begins on: all of a short one. */
const firstPiece = (lines: number): number => (lines <= 2 * ORPHANS - 1 ? lines : ORPHANS);

/** A piece of a block on one page: lines `from`..`to` of a paragraph, or table rows. */
export interface PageSlice {
  readonly block: number;
  readonly from: number;
  readonly to: number;
  /** Table rows shown, header rows first when the table continues from a previous page. */
  readonly rows?: readonly number[];
}

/**
 * Breaks the measured blocks into pages of `height`, with the rules the Word export sets and
 * Word and LibreOffice follow: a paragraph breaks between lines, never leaving one line alone
 * at the foot or head of a page (widow and orphan control); a keep-with-next paragraph (a
 * heading, a `（二）` lead-in alone, the 落款) goes to the next page unless what follows it starts
 * on its page; table rows never split; rows kept with the next (header rows and the first data
 * row, 表二/表四 whole, the rows of a merged group) move together; a table continued on a new
 * page repeats its header rows.
 */
export function paginate(
  measured: readonly Measured[],
  blocks: readonly Block[],
  page: { readonly height: number; readonly line: number },
): PageSlice[][] {
  const H = page.height + 0.5;
  const pages: PageSlice[][] = [[]];
  let y = 0;
  const newPage = (): void => {
    pages.push([]);
    y = 0;
  };
  const current = (): PageSlice[] => pages[pages.length - 1] ?? [];

  /** Height of the first piece of block `j` that must share a page with what keeps with it. */
  const leadHeight = (j: number, depth = 0): number => {
    const m = measured[j];
    const b = blocks[j];
    if (!m || !b || depth > 20) return 0;
    if (m.kind === 'box') return m.height;
    if (m.kind === 'rows') {
      let h = 0;
      for (let r = 0; r < m.heights.length; r += 1) {
        h += m.heights[r] ?? 0;
        if (!m.keep[r]) break;
      }
      return h;
    }
    const keeps = (b.kind === 'para' || b.kind === 'blank') && b.keepNext;
    return keeps
      ? m.lines.length * page.line + leadHeight(j + 1, depth + 1)
      : firstPiece(m.lines.length) * page.line;
  };

  measured.forEach((m, i) => {
    const block = blocks[i];
    if (!block) return;
    if (m.kind === 'box') {
      if (y > 0 && y + m.height > H) newPage();
      current().push({ block: i, from: 0, to: 1 });
      y += m.height;
      return;
    }
    if (m.kind === 'lines') {
      const n = m.lines.length;
      const keeps = (block.kind === 'para' || block.kind === 'blank') && block.keepNext;
      if (y > 0) {
        const need = keeps ? n * page.line + leadHeight(i + 1) : firstPiece(n) * page.line;
        if (y + need > H && need <= H) newPage();
      }
      let from = 0;
      while (from < n) {
        const left = n - from;
        const room = Math.floor((H - y) / page.line);
        if (left <= room) {
          current().push({ block: i, from, to: n });
          y += left * page.line;
          break;
        }
        // Widow and orphan control: at least two lines on each side of a page break.
        let k = left - room < ORPHANS ? left - ORPHANS : room;
        if (k < ORPHANS && y > 0) k = 0;
        k = Math.max(k, y > 0 ? 0 : 1);
        if (k > 0) current().push({ block: i, from, to: from + k });
        newPage();
        from += k;
      }
      return;
    }
    // A table: chains of rows kept together.
    const headerRows = Array.from({ length: m.headers }, (_, r) => r);
    const headerHeight = headerRows.reduce((a, r) => a + (m.heights[r] ?? 0), 0);
    let rows: number[] = [];
    let started = false;
    const flush = (): void => {
      if (rows.length > 0) {
        current().push({ block: i, from: rows[0] ?? 0, to: (rows.at(-1) ?? 0) + 1, rows });
      }
      rows = [];
    };
    const continueOnNewPage = (): void => {
      flush();
      newPage();
      if (started) {
        rows = [...headerRows];
        y = headerHeight;
      }
    };
    let r = 0;
    while (r < m.heights.length) {
      let end = r;
      while (m.keep[end] && end + 1 < m.heights.length) end += 1;
      const chain = Array.from({ length: end - r + 1 }, (_, k) => r + k);
      const h = chain.reduce((a, k) => a + (m.heights[k] ?? 0), 0);
      const fresh = y <= (started ? headerHeight : 0) + 0.5;
      if (y + h > H && !fresh && h <= H - (started ? headerHeight : 0)) continueOnNewPage();
      for (const k of chain) {
        const rh = m.heights[k] ?? 0;
        const freshNow = y <= (started ? headerHeight : 0) + 0.5;
        if (y + rh > H && !freshNow) continueOnNewPage();
        rows.push(k);
        y += rh;
        if (k >= m.headers) started = true;
      }
      r = end + 1;
    }
    flush();
    // The table's bottom rule.
    y += tableBorder;
  });
  return pages.filter((p, i) => p.length > 0 || i === 0);
}
