import { DOMParser } from '@xmldom/xmldom';
import type { Block } from '../types';
import { DocxError } from './read-zip';

/**
 * `word/document.xml` → paragraphs and table rows in reading order, with a real XML parser.
 * Paragraph text is the `w:t` runs plus tabs; `w:br`/`w:cr` split a paragraph into lines.
 * Table rows: one field per `w:tc` (a cell spanning columns via `w:gridSpan` is one field; a
 * `w:vMerge` continuation is '' because its text belongs to the cell above). Content controls
 * (`w:sdt`), smart tags and custom XML wrappers are looked through.
 */

interface XmlElement {
  readonly localName: string | null;
  readonly childNodes: ArrayLike<XmlNode>;
  getAttribute(name: string): string | null;
}
interface XmlNode {
  readonly nodeType: number;
  readonly localName?: string | null;
  readonly textContent?: string | null;
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

function elements(node: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = 0; i < node.childNodes.length; i++) {
    const c = node.childNodes[i];
    if (c && c.nodeType === 1) out.push(c as unknown as XmlElement);
  }
  return out;
}

/** Lines of one paragraph (split at breaks). */
function paragraphLines(p: XmlElement): string[] {
  const lines: string[] = [''];
  const walk = (el: XmlElement): void => {
    for (const c of elements(el)) {
      const name = c.localName;
      if (name === 't') lines[lines.length - 1] += (c as unknown as XmlNode).textContent ?? '';
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
          vMerge !== undefined && (vMerge.getAttribute('w:val') ?? 'continue') !== 'restart';
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

export function documentBlocks(xml: Uint8Array): { blocks: Block[]; tables: number } {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(xml);
  let doc;
  try {
    doc = new DOMParser({
      onError: (level) => {
        if (level !== 'warning') throw new Error('xml');
      },
    }).parseFromString(text, 'text/xml');
  } catch {
    throw new DocxError(
      '文件已损坏：Word 文档（.docx）的正文不是有效的 XML，无法读取。请在 Word/WPS 中重新打开并另存后再导入。',
    );
  }
  const root = doc.documentElement as unknown as XmlElement | null;
  const body = root ? elements(root).find((c) => c.localName === 'body') : undefined;
  if (!body) throw new DocxError('这不是 Word 文档（.docx）的正文结构，无法读取。');
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
      } else if (c.localName && WRAPPERS.has(c.localName)) walk(c);
    }
  };
  walk(body);
  return { blocks, tables };
}
