import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads a .docx for tests: unzips it (fflate) and parses its parts with a real XML parser
 * (@xmldom/xmldom) that fails on any malformed XML.
 */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

export function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

export const children = (el: Element, tag: string): Element[] =>
  Array.from(el.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).tagName === tag,
  );

export const child = (el: Element, tag: string): Element | undefined => children(el, tag)[0];

export const all = (el: Element | Document, tag: string): Element[] =>
  Array.from(el.getElementsByTagName(tag));

/** Text of the `w:t` elements below `el`, in order. */
export const textOf = (el: Element): string =>
  all(el, 'w:t')
    .map((t) => t.textContent ?? '')
    .join('');

export interface DocxCell {
  readonly text: string;
  readonly gridSpan: number;
  /** `restart` | `continue` | null (no vertical merge). */
  readonly vMerge: 'restart' | 'continue' | null;
  /** `w:tcW` in twips, or null when missing. */
  readonly width: number | null;
  readonly widthType: string | null;
}
export interface DocxRow {
  readonly header: boolean;
  readonly cantSplit: boolean;
  readonly cells: readonly DocxCell[];
}
export interface DocxTable {
  readonly gridColumns: readonly number[];
  readonly width: number | null;
  readonly layout: string | null;
  readonly rows: readonly DocxRow[];
}

const attr = (el: Element | undefined, name: string): string | null =>
  el?.getAttribute(name) ?? null;

export function readTables(doc: Document): DocxTable[] {
  return all(doc, 'w:tbl').map((tbl) => {
    const grid = child(tbl, 'w:tblGrid');
    const tblPr = child(tbl, 'w:tblPr');
    return {
      gridColumns: grid ? children(grid, 'w:gridCol').map((g) => Number(attr(g, 'w:w'))) : [],
      width: tblPr && child(tblPr, 'w:tblW') ? Number(attr(child(tblPr, 'w:tblW'), 'w:w')) : null,
      layout: tblPr ? attr(child(tblPr, 'w:tblLayout'), 'w:type') : null,
      rows: children(tbl, 'w:tr').map((tr) => {
        const trPr = child(tr, 'w:trPr');
        return {
          header: !!trPr && !!child(trPr, 'w:tblHeader'),
          cantSplit: !!trPr && !!child(trPr, 'w:cantSplit'),
          cells: children(tr, 'w:tc').map((tc) => {
            const pr = child(tc, 'w:tcPr');
            const vMerge = pr ? child(pr, 'w:vMerge') : undefined;
            const tcW = pr ? child(pr, 'w:tcW') : undefined;
            return {
              text: textOf(tc),
              gridSpan: Number(attr(pr && child(pr, 'w:gridSpan'), 'w:val') ?? 1),
              vMerge: vMerge
                ? attr(vMerge, 'w:val') === 'restart'
                  ? 'restart'
                  : 'continue'
                : null,
              width: tcW ? Number(attr(tcW, 'w:w')) : null,
              widthType: attr(tcW, 'w:type'),
            };
          }),
        };
      }),
    };
  });
}

export interface GridText {
  text: string;
  rowspan?: number;
  colspan?: number;
}

/** The table as printed cells with spans (continuation cells folded into their restart). */
export function foldMerges(table: DocxTable): GridText[][] {
  const out: GridText[][] = [];
  const openAt = new Map<number, GridText>();
  for (const row of table.rows) {
    const cells: GridText[] = [];
    let col = 0;
    for (const c of row.cells) {
      if (c.vMerge === 'continue') {
        const top = openAt.get(col);
        if (!top) throw new Error(`vMerge continue without restart at column ${col}`);
        top.rowspan = (top.rowspan ?? 1) + 1;
      } else {
        const cell: GridText = { text: c.text, ...(c.gridSpan > 1 ? { colspan: c.gridSpan } : {}) };
        cells.push(cell);
        if (c.vMerge === 'restart') openAt.set(col, cell);
        else openAt.delete(col);
      }
      col += c.gridSpan;
    }
    out.push(cells);
  }
  return out;
}
