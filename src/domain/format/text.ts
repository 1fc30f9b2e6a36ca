import { perText, type AnalysedText } from './memo';

/**
 * Text helpers for reading the narrative: normalisation that makes `2020 年 1 月 1 日`,
 * `２０２０年` and `2020年` the same, and splitting into sentences and clauses.
 */

/**
 * Full-width digits, `％` and `．` to half-width (by NFKC), leaving the rest alone: prose keeps
 * its full-width punctuation (`（一）`, `，`), which the checks read as written.
 */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９％．]/g, (ch) => ch.normalize('NFKC'));
}

/**
 * Half-width digits and no whitespace but line breaks, except a single space between two Latin
 * letters (Chinese text needs no spaces; converted documents add them around numbers).
 */
export const compactText: (text: string | AnalysedText) => string = perText(compactUncached);

/** `compactText` without keeping the result (for texts made on the way, e.g. masked ones). */
export function compactUncached(text: string): string {
  return toHalfWidthDigits(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, (space: string, at: number, all: string) =>
      /[A-Za-z]/.test(all[at - 1] ?? '') && /[A-Za-z]/.test(all[at + space.length] ?? '')
        ? ' '
        : '',
    );
}

/** Sentences: split at 。！？ and line breaks. Empty pieces are dropped. */
export function sentences(text: string): string[] {
  return text.split(/[。！？!?\n]+/).filter((s) => s.trim() !== '');
}

/** Clauses: sentences further split at ，；： (not at 、, which joins items of one list). */
export function clauses(sentence: string): string[] {
  return sentence.split(/[，,；;：:]+/).filter((s) => s !== '');
}

/** Text with everything inside 《…》 and “…” blanked out (same length, so indices still match). */
export function maskQuoted(text: string): string {
  return text.replace(/《[^》]*》|“[^”]*”/g, (m) => '＿'.repeat(m.length));
}

/** The sentences of a text after `compactText`, memoised (several checks read them). */
export const compactSentences: (text: string | AnalysedText) => readonly string[] = perText(
  (_, analysed) => sentences(compactText(analysed)),
);

/** `maskQuoted(compactText(text))`, memoised. */
export const maskedCompact: (text: string | AnalysedText) => string = perText((_, analysed) =>
  maskQuoted(compactText(analysed)),
);

/** The sentences of a text with its quotations masked first (`maskQuoted`, then compacted), memoised. */
export const maskedSentences: (text: string | AnalysedText) => readonly string[] = perText(
  (text, analysed) =>
    // Nothing to mask: the same as the text's own sentences.
    text.includes('《') || text.includes('“')
      ? sentences(compactUncached(maskQuoted(text)))
      : compactSentences(analysed),
);
