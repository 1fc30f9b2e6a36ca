import { cleanField } from '../normalise-text';

/**
 * Splits one line of loose table text (copied from a PDF, or a table pasted one cell per line)
 * into label fragments and values: `一、本年新收政府信息公开申请数量   3001   53   0 …` gives the label
 * and seven values; `法提供       2.没有现成信息需要另行制作   11 0 …` gives two fragments (a piece
 * of a wrapped group label, then the row label) and the values. Values are the tokens at the end
 * of the line that are numbers or marks of none (`—`, `/`, `无`), `减4`/`增3` included.
 */

const VALUE_TOKEN =
  /^(?:[-+—－]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?(?:件|个|元|万元|万)?|[减增][\d０-９]+|[—－\-/／]+|无)$/;

/**
 * Since a fix of stop 53 after the measure of 2126–2170: the words a clerk prints for no change in
 * 表二's 本年增/减 (`未增未减`, `无增减`…) are a value, 0 (parse-value.ts reads them), not a header's
 * text: a table a cell a line took them for text, and each row's next number slid into its place
 * (real: 始兴县退役军人事务局 2020, `行政许可 |` / `0 |` / `未增未减 |` / `0 |`).
 */
export const NO_CHANGE_WORDS =
  /^(?:未增未减|未增减|无增减|无增无减|不增不减|没有增减|无变化|未变化)$/;

/** A page number line as PDFs print them: `- 4 -`, `—4—`, `-4-`, `第 4 页`, `4/6`. */
const PAGE_NUMBER =
  /^(?:[-—－–─]\s*\d{1,3}\s*[-—－–─]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(cleanField(line));
}

export function isValueToken(text: string): boolean {
  const t = cleanField(text);
  return VALUE_TOKEN.test(t) || NO_CHANGE_WORDS.test(t);
}

export interface LineTokens {
  /** Label fragments, left to right (runs of two or more spaces separate them). */
  readonly fragments: readonly string[];
  readonly values: readonly string[];
}

export function lineTokens(line: string): LineTokens {
  const text = cleanField(line);
  if (text === '') return { fragments: [], values: [] };
  const parts = text.split(/[\s\u00a0\u3000]+/);
  let cut = parts.length;
  while (cut > 0 && isValueToken(parts[cut - 1] ?? '')) cut -= 1;
  const values = parts.slice(cut);
  if (cut === 0) return { fragments: [], values };
  // The label part is the text before the first value token, split on wide gaps only: a
  // single space may sit inside a label (`(一) 予以公开`, `本年新 公开数量`).
  let labelPart = text;
  if (values.length > 0) {
    let rest = text;
    for (let i = values.length - 1; i >= 0; i -= 1) {
      const v = values[i] ?? '';
      const at = rest.lastIndexOf(v);
      rest = rest.slice(0, at).replace(/[\s\u00a0\u3000]+$/, '');
    }
    labelPart = rest;
  }
  const fragments = labelPart
    .split(/\s{2,}|[\u3000\u00a0]+|\t/)
    .map(cleanField)
    .filter((f) => f !== '');
  return { fragments, values };
}
