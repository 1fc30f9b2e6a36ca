/**
 * Text normalisation for matching labels copied from web pages, PDFs and Word files:
 * full-width/half-width forms, spaces inside words, stray markdown and table marks, quotes.
 */

const QUOTES = /[“”„‟"'‘’「」『』]/g;
const BOOKMARK = /\[bookmark:[^\]]*\]/gi;

/** NFKC plus the unifications NFKC does not do. Keeps spaces. */
export function unifyForms(text: string): string {
  return text
    .replace(BOOKMARK, '')
    .normalize('NFKC')
    .replace(QUOTES, '"')
    .replace(/[‐‑‒–—―－﹣−]/g, '-')
    .replace(/[．。](?=\d)/g, '.')
    .replace(/[、]/g, '、');
}

/** Keys worked out lately (issue 17: a long source gives the same labels and values again and again). */
const KEYS_KEPT = 4096;
const keys = new Map<string, string>();

/** Key used to compare labels: unified forms, no whitespace, no markdown or table marks. */
export function labelKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = labelKeyOf(text);
    if (keys.size >= KEYS_KEPT) keys.clear();
    keys.set(text, key);
  }
  return key;
}

function labelKeyOf(text: string): string {
  return (
    unifyForms(text)
      .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
      .replace(/[|*#`>]/g, '')
      .replace(/^(\d{1,2})[、,]/, '$1.')
      // `不补正, 行政机关` (ASCII comma) and `不补正、行政机关` are the same label.
      .replace(/[、,]/g, ',')
      .replace(/^[-:]+$/, '')
  );
}

/** Trims every kind of space (incl. no-break and ideographic) and removes bookmarks. */
export function cleanField(text: string): string {
  // Most fields have neither (issue 17: every cell of the 45 MB bench file went through both):
  // no `[` (no bookmark) and no space at either end (nothing to trim) give the text itself.
  const unmarked = text.indexOf('[') < 0 ? text : text.replace(BOOKMARK, '');
  const last = unmarked.length - 1;
  if (last < 0 || (!EDGE_SPACE.test(unmarked[0] ?? '') && !EDGE_SPACE.test(unmarked[last] ?? '')))
    return unmarked;
  return unmarked.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, '');
}

/** A character `cleanField` trims. */
const EDGE_SPACE = /^[\s\u00a0\u3000\u200b\ufeff]$/;

/** Strips markdown heading/emphasis marks around a line and trims it. */
export function stripMarkdown(line: string): string {
  return cleanField(line.replace(/^\s*#{1,6}\s*/, '').replace(/\*\*|__/g, ''));
}

/** Removes spaces between digits and 年/月/日 (`2020 年 1 月 1 日` → `2020年1月1日`), after NFKC. */
export function compactDates(text: string): string {
  return unifyForms(text)
    .replace(/(\d)[\s\u00a0\u3000]+(?=[\d年月日])/g, '$1')
    .replace(/([年月])[\s\u00a0\u3000]+(?=\d)/g, '$1');
}

/** True for a table mark-up line of markdown (`---`, `:---:`) or an empty separator. */
export function isRuleField(text: string): boolean {
  return /^[\s|:-]*-{3,}[\s|:-]*$/.test(text);
}
