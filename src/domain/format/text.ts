import { byParagraph, paragraphsOf, perParagraph, perText, type AnalysedText } from './memo';

/**
 * Text helpers for reading the narrative: normalisation that makes `2020 年 1 月 1 日`,
 * `２０２０年` and `2020年` the same, and splitting into sentences and clauses.
 */

/**
 * Full-width digits, `％` and `．` to half-width (by NFKC), leaving the rest alone: prose keeps
 * its full-width punctuation (`（一）`, `，`), which the checks read as written.
 */
export function toHalfWidthDigits(text: string): string {
  // Most texts and tokens have none: a test, not a replace with a function (a call into the
  // runtime however short the text; issue 17, docs/performance.md stop 32).
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTHS, (ch) => ch.normalize('NFKC')) : text;
}
const FULL_WIDTH = /[０-９％．]/;
const FULL_WIDTHS = /[０-９％．]/g;

/**
 * Half-width digits and no whitespace but line breaks, except a single space between two Latin
 * letters (Chinese text needs no spaces; converted documents add them around numbers).
 */
/**
 * A text's lines (`split('\n')`), split once per text for the checks that read them one by one
 * (since a fix of stop 34 after the measure of the 1,000 drafts: 总体情况 was split six times per
 * report). Shared between the checks: read it, never change it.
 */
export const linesOf: (text: string | AnalysedText) => readonly string[] = perText((text) =>
  text.split('\n'),
);

export const compactText: (text: string | AnalysedText) => string = perText((text, analysed) => {
  // Line by line (a line break is kept and no space next to it survives): a keystroke
  // compacts its own paragraph only.
  return byParagraph(analysed)
    ? paragraphsOf(analysed).map(compactText).join('\n')
    : compactUncached(text);
});

/** What `compactUncached` changes: without any, a text is compact as it is (most lines). */
const NOT_COMPACT = /[０-９％．\r]|[^\S\n]/;

/** `compactText` without keeping the result (for texts made on the way, e.g. masked ones). */
export function compactUncached(text: string): string {
  if (!NOT_COMPACT.test(text)) return text;
  return (
    toHalfWidthDigits(text)
      .replace(/\r\n?/g, '\n')
      // A tab separates the cells of a row kept as text (`信息处理费收取情况\t1\t800\t0`): read
      // `|` as the rows were written before, never one number 18000.
      .replace(TAB, '|')
      .replace(/[^\S\n]+/g, (space: string, at: number, all: string) =>
        /[A-Za-z]/.test(all[at - 1] ?? '') && /[A-Za-z]/.test(all[at + space.length] ?? '')
          ? ' '
          : '',
      )
  );
}

const TAB = /[^\S\n]*\t[^\S\n]*/g;

/** Sentences: split at 。！？ and line breaks. Empty pieces are dropped. */
export function sentences(text: string): string[] {
  return text.split(/[。！？!?\n]+/).filter((s) => s.trim() !== '');
}

/** 。！？!? and the line break: where a sentence ends. */
export const endsSentence = (code: number): boolean =>
  code === 0x3002 ||
  code === 0xff01 ||
  code === 0xff1f ||
  code === 0x21 ||
  code === 0x3f ||
  code === 0x0a;

/** A sentence's end or a semicolon (；;): where a sentence or one of its halves ends. */
export const endsSentenceOrHalf = (code: number): boolean =>
  endsSentence(code) || code === 0xff1b || code === 0x3b;

/**
 * The sentence holding `text[from, to)`, between the nearest ends (`ends`, 。！？ and line breaks
 * unless told) on either side. Scanned by hand: `/[^。！？!?\n]*$/` tries every start and is
 * quadratic on a long text without full stops (1.9 s of a 45 MB .docx's check).
 */
export function sentenceAround(
  text: string,
  from: number,
  to = from,
  ends: (code: number) => boolean = endsSentence,
): string {
  let before = from;
  while (before > 0 && !ends(text.charCodeAt(before - 1))) before -= 1;
  let after = to;
  while (after < text.length && !ends(text.charCodeAt(after))) after += 1;
  return text.slice(before, after);
}

/** Clauses: sentences further split at ，；： (not at 、, which joins items of one list). */
export function clauses(sentence: string): string[] {
  return sentence.split(/[，,；;：:]+/).filter((s) => s !== '');
}

/** Whether a UTF-16 code unit is a CJK unified ideograph (U+4E00–U+9FFF). */
/** `s` as a regular expression's literal text: its special characters escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const isHanCode = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/**
 * The matches of a global expression in `text`, as `text.matchAll(re)` gives them, without the
 * copy of the expression `matchAll` makes on every call (a new object, most of whose calls find
 * nothing, on every text read). All found before they are read: the caller may use `re` again.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global expression: ${re.source}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // An empty match moves on by one character, as `matchAll` does.
    if (m[0] === '') re.lastIndex += 1;
    out.push(m);
  }
  return out;
}

/** Text with everything inside 《…》 and “…” blanked out (same length, so indices still match). */
export function maskQuoted(text: string): string {
  // Most texts and sentences quote nothing: no pass over them.
  if (!text.includes('《') && !text.includes('“')) return text;
  return text.replace(QUOTED, (m) => '＿'.repeat(m.length));
}
const QUOTED = /《[^》]*》|“[^”]*”/g;

/**
 * The sentences of a text after `compactText`, memoised (several checks read them), paragraph
 * by paragraph (sentences end at line breaks).
 */
export const compactSentences: (text: string | AnalysedText) => readonly string[] = perParagraph(
  (_, analysed) => sentences(compactText(analysed)),
);

/**
 * Whether every quotation a paragraph opens (`《`, `“`) closes in it: `maskQuoted` leaves no
 * opening mark. When each paragraph of a text is so, masking the text masks each paragraph as
 * on its own (every mask ends at the first closing mark after its opening one, in the same
 * line), so the masked forms below are made paragraph by paragraph.
 */
export const quotesClosed: (text: string | AnalysedText) => boolean = perText(
  (text) => !(text.includes('《') || text.includes('“')) || !/[《“]/.test(maskQuoted(text)),
);

/** Whether `maskQuoted` masks a text paragraph by paragraph (see `quotesClosed`). */
export const maskedByParagraph = (text: AnalysedText): boolean =>
  byParagraph(text) && paragraphsOf(text).every(quotesClosed);

/** `maskQuoted(compactText(text))`, memoised. */
export const maskedCompact: (text: string | AnalysedText) => string = perText((_, analysed) =>
  maskedByParagraph(analysed)
    ? paragraphsOf(analysed).map(maskedCompact).join('\n')
    : maskQuoted(compactText(analysed)),
);

/** The sentences of a text with its quotations masked first (`maskQuoted`, then compacted), memoised. */
export const maskedSentences: (text: string | AnalysedText) => readonly string[] = perText(
  (text, analysed) => {
    if (maskedByParagraph(analysed)) {
      const out: string[] = [];
      for (const part of paragraphsOf(analysed)) for (const s of maskedSentences(part)) out.push(s);
      return out;
    }
    // Nothing to mask: the same as the text's own sentences.
    return text.includes('《') || text.includes('“')
      ? sentences(compactUncached(maskQuoted(text)))
      : compactSentences(analysed);
  },
);

/**
 * Whether every character of `short` occurs in `long` in order (`区财政局` in `XX区财政局`): a short
 * form's characters in its whole name, a clause's in the clause it was cut from.
 */
export function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at === -1) return false;
    at += ch.length;
  }
  return true;
}
