import { SaxesParser } from 'saxes';
import type { Block } from '../types';
import { DocxError } from './read-zip';
import { scanEvents, scanXml, XmlScan, type XmlElement } from './scan-xml';
import { BlockReader, TOO_DEEP } from './stream-blocks';

/**
 * `word/document.xml` → paragraphs and table rows in reading order.
 * Paragraph text is the `w:t` runs plus tabs; `w:br`/`w:cr` split a paragraph into lines.
 * Table rows: one field per `w:tc` (a cell spanning columns via `w:gridSpan` is one field; a
 * `w:vMerge` continuation is '' because its text belongs to the cell above). Content controls
 * (`w:sdt`), smart tags and custom XML wrappers are looked through.
 *
 * The fast scanner of scan-xml.ts reads the plain XML Word writes from its bytes (issue 17: a
 * 45 MB document.xml), and the blocks are made as it reads (stream-blocks.ts), without a tree.
 * Anything outside its subset is read by saxes, a conforming streaming (SAX) parser that rejects
 * what is not well formed (about ten times faster than the W3C DOM it replaced), into a light
 * tree of element names, attributes and `w:t` text, walked below by the same rules; the walk is
 * the reference the streaming reader is tested against. Run properties and paragraph properties
 * (`w:rPr`, `w:pPr`, the bulk of Word's XML) are never read here, so their contents are not kept.
 */

/** Elements whose contents no reader below looks at. */
const UNREAD = new Set(['rPr', 'pPr', 'sectPr', 'tblPr', 'tblGrid', 'trPr']);

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Parses `text` into a light tree with saxes; throws on XML that is not well formed. */
function parseTreeSaxes(text: string): XmlElement | undefined {
  const parser = new SaxesParser({ position: false });
  let root: XmlElement | undefined;
  const open: XmlElement[] = [];
  /** Depth inside an element whose contents are not kept (0: keeping). */
  let skipping = 0;
  parser.on('opentag', (tag) => {
    if (skipping > 0) {
      if (!tag.isSelfClosing) skipping += 1;
      return;
    }
    const el: XmlElement = {
      localName: localName(tag.name),
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    const parent = open[open.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    if (tag.isSelfClosing) return;
    if (UNREAD.has(el.localName)) skipping = 1;
    else open.push(el);
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    if (skipping > 0) skipping -= 1;
    else open.pop();
  });
  const onText = (t: string): void => {
    const top = open[open.length - 1];
    if (top?.localName === 't' && skipping === 0) top.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(text).close();
  return root;
}

const WRAPPERS = new Set([
  'sdt',
  'sdtContent',
  'customXml',
  'smartTag',
  'ins',
  'hyperlink',
  'fldSimple',
  'r',
]);

function elements(node: XmlElement): readonly XmlElement[] {
  return node.children;
}

/** Lines of one paragraph (split at breaks). */
function paragraphLines(p: XmlElement): string[] {
  const lines: string[] = [''];
  const walk = (el: XmlElement): void => {
    for (const c of elements(el)) {
      const name = c.localName;
      if (name === 't') lines[lines.length - 1] += c.text;
      else if (name === 'tab') lines[lines.length - 1] += '\t';
      else if (name === 'noBreakHyphen') lines[lines.length - 1] += '-';
      else if (name === 'br' || name === 'cr') lines.push('');
      else if (
        name === 'del' ||
        name === 'pPr' ||
        name === 'rPr' ||
        name === 'instrText' ||
        name === 'delText'
      )
        continue;
      else walk(c);
    }
  };
  walk(p);
  return lines;
}

function cellText(tc: XmlElement): string {
  const parts: string[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of elements(el)) {
      if (c.localName === 'p') parts.push(paragraphLines(c).join(''));
      else if (c.localName === 'tbl') for (const row of tableRows(c)) parts.push(row.join(''));
      else if (c.localName !== 'tcPr') walk(c);
    }
  };
  walk(tc);
  return parts.join('');
}

function property(el: XmlElement, prop: string): XmlElement | undefined {
  const pr = elements(el).find((c) => c.localName === 'tcPr');
  return pr ? elements(pr).find((c) => c.localName === prop) : undefined;
}

function tableRows(tbl: XmlElement): string[][] {
  const rows: string[][] = [];
  const collectRows = (el: XmlElement): void => {
    for (const c of elements(el)) {
      if (c.localName === 'tr') rows.push(rowFields(c));
      else if (c.localName !== 'tblPr' && c.localName !== 'tblGrid') collectRows(c);
    }
  };
  collectRows(tbl);
  return rows;
}

function rowFields(tr: XmlElement): string[] {
  const fields: string[] = [];
  const collectCells = (el: XmlElement): void => {
    for (const c of elements(el)) {
      if (c.localName === 'tc') {
        const vMerge = property(c, 'vMerge');
        const continues =
          vMerge !== undefined && (vMerge.attributes['w:val'] ?? 'continue') !== 'restart';
        fields.push(continues ? '' : cellText(c));
      } else if (c.localName !== 'trPr' && c.localName !== 'tblPrEx') collectCells(c);
    }
  };
  collectCells(tr);
  return fields;
}

/** The only cell of a 1×1 table, or undefined. */
function singleCell(tbl: XmlElement): XmlElement | undefined {
  const trs = elements(tbl).filter((c) => c.localName === 'tr');
  if (trs.length !== 1 || !trs[0]) return undefined;
  const tcs = elements(trs[0]).filter((c) => c.localName === 'tc');
  return tcs.length === 1 ? tcs[0] : undefined;
}

/**
 * The light tree of the UTF-8 `xml`: read from the bytes by the fast scanner (scan-xml.ts) when
 * it is in the plain subset of XML it knows (what Word writes), else decoded and read by saxes.
 * `reader: 'saxes'` forces saxes (tests compare the two). Throws on XML that is not well formed.
 */
function parseTree(xml: Uint8Array, reader: 'fast' | 'saxes'): XmlElement | undefined {
  return (
    (reader === 'fast' ? scanXml(xml, UNREAD) : null) ??
    parseTreeSaxes(new TextDecoder('utf-8', { fatal: false }).decode(xml))
  );
}

/** The blocks of a tree's body; null when the root has no `w:body`. */
function treeBlocks(root: XmlElement | undefined): { blocks: Block[]; tables: number } | null {
  const body = root ? elements(root).find((c) => c.localName === 'body') : undefined;
  if (!body) return null;
  const blocks: Block[] = [];
  let tables = 0;
  const walk = (el: XmlElement): void => {
    for (const c of elements(el)) {
      if (c.localName === 'p') {
        for (const line of paragraphLines(c)) blocks.push({ kind: 'paragraph', text: line });
      } else if (c.localName === 'tbl') {
        // A one-cell table used as a frame around the whole report: read what is inside.
        const frame = singleCell(c);
        if (frame) {
          walk(frame);
          continue;
        }
        tables += 1;
        for (const fields of tableRows(c)) blocks.push({ kind: 'row', fields });
      } else if (WRAPPERS.has(c.localName)) walk(c);
    }
  };
  walk(body);
  return { blocks, tables };
}

/**
 * The blocks, streamed from the fast scanner (stream-blocks.ts: no tree) when the text is in
 * its subset and frames are not nested too deep; else from the tree (`'tree'`: the fast scanner's
 * tree, or saxes's). Null when there is no `w:body`. Throws on XML that is not well formed.
 */
function readBlocks(
  xml: Uint8Array,
  reader: DocumentReader,
): { blocks: Block[]; tables: number } | null {
  if (reader === 'fast') {
    const streamed = new BlockReader();
    try {
      if (scanEvents(xml, streamed)) return streamed.sawBody ? streamed : null;
      // Outside the fast scanner's subset: saxes reads it, or refuses it.
      return treeBlocks(parseTree(xml, 'saxes'));
    } catch (e) {
      if (e !== TOO_DEEP) throw e;
    }
  }
  return treeBlocks(parseTree(xml, reader === 'saxes' ? 'saxes' : 'fast'));
}

/** Which reader: the streaming one (the app's), the fast scanner's tree, or saxes's (tests). */
export type DocumentReader = 'fast' | 'tree' | 'saxes';

const NO_BODY = '这不是 Word 文档（.docx）的正文结构，无法读取。';

export function documentBlocks(
  xml: Uint8Array,
  reader: DocumentReader = 'fast',
): { blocks: Block[]; tables: number } {
  let read: { blocks: Block[]; tables: number } | null;
  try {
    read = readBlocks(xml, reader);
  } catch {
    throw new DocxError(
      '文件已损坏：Word 文档（.docx）的正文不是有效的 XML，无法读取。请在 Word/WPS 中重新打开并另存后再导入。',
    );
  }
  if (!read) throw new DocxError(NO_BODY);
  return { blocks: read.blocks, tables: read.tables };
}

/**
 * The blocks of a document.xml given in slices as it is inflated, cut anywhere (issue 17: the
 * document is never whole in memory; scan-xml.ts's `XmlScan`), read by the streaming reader:
 * what `documentBlocks` gives for the whole, when the streaming reader is the one that reads
 * it. Otherwise — the text outside the fast scanner's subset (saxes is to read it or refuse
 * it), frames nested too deep — `push` answers false or `end` null, and the caller reads the
 * whole document with `documentBlocks`, which then gives the result or the message.
 */
export class SlicedDocumentBlocks {
  private readonly reader = new BlockReader();
  private readonly scan: XmlScan;
  private failed = false;

  /** `window`: the scanner's window in bytes (tests make it small). */
  constructor(window?: number) {
    this.scan = new XmlScan(this.reader, window);
  }

  /** The next bytes of document.xml; false: stop, the document is to be read whole. */
  push(slice: Uint8Array): boolean {
    if (this.failed) return false;
    try {
      if (this.scan.push(slice)) return true;
    } catch {
      // Frames too deep (TOO_DEEP): the tree reads them, from the whole document.
    }
    this.failed = true;
    return false;
  }

  /** The document has ended: its blocks, or null (to be read whole). Throws a DocxError. */
  end(): { blocks: Block[]; tables: number } | null {
    if (this.failed) return null;
    try {
      if (!this.scan.end()) return null;
    } catch {
      return null;
    }
    if (!this.reader.sawBody) throw new DocxError(NO_BODY);
    return { blocks: this.reader.blocks, tables: this.reader.tables };
  }
}
