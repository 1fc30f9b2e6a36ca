import type { Block } from '../types';

/**
 * Reads HTML as a browser's clipboard gives it (`text/html` of a table copied from a government
 * web page, or a saved page) into blocks: every `<table>` row by row, cell by cell, and the text
 * around the tables as paragraphs. A small tolerant reader rather than an XML parser: real HTML
 * leaves tags unclosed (`<p>`, `<td>`, `<tr>`), writes `<br>` without a slash and attributes
 * without quotes. It runs in the import worker (no DOMParser there) and in Node alike.
 *
 * Merges: a cell covered by a `rowspan` from a row above is given as '' in the rows below (as
 * the .docx reader gives a vertically merged cell), so a row's fields keep their order; a
 * `colspan` is one field (pages often put the span on another cell than the header does, and
 * the reader places values by the row's label, not by grid column).
 */

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Elements whose start or end breaks a line of text. */
const BLOCK =
  /^(?:p|div|br|li|ul|ol|h[1-6]|section|article|header|footer|blockquote|pre|hr|dd|dt|dl|center|title)$/;
/** Elements whose content is never text of the page. */
const SKIP = /^(?:script|style|noscript|template|head|iframe|object|svg|select|textarea)$/;

interface Cell {
  text: string;
  rowSpan: number;
}
interface Table {
  rows: Cell[][];
  row: Cell[] | null;
  cell: Cell | null;
}

function attr(tag: string, name: string): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?\\s*(\\d+)`, 'i').exec(tag);
  const n = m ? Number(m[1]) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const tables: Table[] = [];
  let line = '';

  const flushLine = (): void => {
    const text = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    line = '';
    if (text) blocks.push({ kind: 'paragraph', text });
  };
  const text = (t: string): void => {
    const table = tables.at(-1);
    if (table) {
      if (table.cell) table.cell.text += t;
    } else line += t;
  };
  const closeCell = (table: Table): void => {
    if (table.cell && table.row) table.row.push(table.cell);
    table.cell = null;
  };
  const closeRow = (table: Table): void => {
    closeCell(table);
    if (table.row) table.rows.push(table.row);
    table.row = null;
  };
  const emitTable = (table: Table): void => {
    closeRow(table);
    // Rowspans: a cell spanning n rows stands as '' at its position in the n − 1 rows below.
    const spans = new Map<number, number>();
    for (const cells of table.rows) {
      const fields: string[] = [];
      const origin: (Cell | null)[] = [];
      let next = 0;
      for (let pos = 0; ; pos += 1) {
        if ((spans.get(pos) ?? 0) > 0) {
          fields.push('');
          origin.push(null);
          continue;
        }
        const cell = cells[next];
        if (cell) {
          fields.push(cell.text.replace(/[ \t\r\n\f]+/g, ' ').trim());
          origin.push(cell);
          next += 1;
          continue;
        }
        if ([...spans].some(([at, left]) => at > pos && left > 0)) {
          fields.push('');
          origin.push(null);
          continue;
        }
        break;
      }
      for (const [at, left] of spans) {
        if (left <= 1) spans.delete(at);
        else spans.set(at, left - 1);
      }
      origin.forEach((c, at) => {
        if (c && c.rowSpan > 1) spans.set(at, c.rowSpan - 1);
      });
      if (fields.some((f) => f !== '')) blocks.push({ kind: 'row', fields });
    }
  };

  const re =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>|[^<]+|</g;
  let skipping: string | null = null;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    const token = m[0];
    const name = m[1]?.toLowerCase();
    if (skipping) {
      if (name === skipping && token.startsWith('</')) skipping = null;
      continue;
    }
    if (name === undefined) {
      if (token.startsWith('<!') || token === '<') {
        if (token === '<') text('<');
        continue;
      }
      text(decodeEntities(token));
      continue;
    }
    const closing = token.startsWith('</');
    const table = tables.at(-1);
    if (!closing && SKIP.test(name) && !/\/\s*>$/.test(token)) {
      skipping = name;
      continue;
    }
    switch (name) {
      case 'table':
        if (closing) {
          const done = tables.pop();
          if (done) emitTable(done);
        } else {
          if (!table) flushLine();
          else if (table.cell) table.cell.text += ' ';
          tables.push({ rows: [], row: null, cell: null });
        }
        continue;
      case 'tr':
        if (table) {
          closeRow(table);
          if (!closing) table.row = [];
        }
        continue;
      case 'td':
      case 'th':
        if (table) {
          closeCell(table);
          if (!closing) {
            table.row ??= [];
            table.cell = { text: '', rowSpan: attr(m[2] ?? '', 'rowspan') };
          }
        }
        continue;
      default:
        if (BLOCK.test(name)) {
          if (table) {
            if (table.cell) table.cell.text += name === 'br' || name === 'p' ? '' : ' ';
          } else flushLine();
        }
    }
  }
  for (let t = tables.pop(); t; t = tables.pop()) emitTable(t);
  flushLine();
  return blocks;
}
