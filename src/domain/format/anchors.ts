/**
 * The rules' anchors (issue 17, docs/performance.md stop 45): characters without which an analysis
 * of a text finds nothing, declared with the analysis (`perText(fn, { anyOf, otherwise })` and its
 * kin in memo.ts). One pass over each new text notes which of all the declared anchors it holds, a
 * bit each (`anchorMarks`); an analysis none of whose anchors the text holds is answered by a bit
 * test (`holdsAnyOf`) instead of a call and a scan. The answer is the same either way: a text's
 * marks are exactly `text.includes(anchor)` for each anchor, and an anchor is a character that
 * compacting a text (`compactText`: spaces dropped, full-width digits made half-width) neither
 * adds nor drops, so the raw text and its compact form hold the same anchors.
 */

/**
 * Bit + 1 of each anchor character by its code unit (0: no anchor). Sixteen bits a code unit: a byte
 * held 255 anchors, all declared by stop 70, and its fixers had to narrow readings to characters
 * already declared; the marks grow by a word for each 32 anchors declared.
 */
const bitOf = new Uint16Array(0x10000);
const MOST_ANCHORS = 0xffff;
let anchorCount = 0;

/** What compacting changes (see `compactUncached` in text.ts): never an anchor. */
const NOT_AN_ANCHOR = /[\s0-9%.|０-９％．]/;

/**
 * The mask of `anyOf`'s characters' bits (`sparse`), each registered as an anchor when first
 * declared.
 */
export function anchorMask(anyOf: string): Uint32Array {
  const bits: number[] = [];
  for (const ch of anyOf) {
    const code = ch.charCodeAt(0);
    if (ch.length !== 1 || NOT_AN_ANCHOR.test(ch))
      throw new Error(`not an anchor: ${JSON.stringify(ch)} (compacting a text may change it)`);
    if (bitOf[code] === 0) {
      if (anchorCount === MOST_ANCHORS) throw new Error(`more than ${MOST_ANCHORS} anchors`);
      anchorCount += 1;
      bitOf[code] = anchorCount;
    }
    bits.push((bitOf[code] as number) - 1);
  }
  const words = new Uint32Array((Math.max(...bits) >>> 5) + 1);
  for (const bit of bits) words[bit >>> 5] = (words[bit >>> 5] as number) | (1 << (bit & 31));
  return sparse(words);
}

/**
 * A mask as the pairs (word, bits) of its words that are not 0 (issue 17, stop 64). Most masks have
 * one such word, but the anchors declared late have their bits in the marks' sixth or seventh
 * word, which a mask of every word reached only after testing the empty words before it, at every
 * gate of every new text and line.
 */
function sparse(words: Uint32Array): Uint32Array {
  const pairs: number[] = [];
  words.forEach((bits, w) => {
    if (bits !== 0) pairs.push(w, bits);
  });
  return Uint32Array.from(pairs);
}

/**
 * Which anchors `text` holds: bit `b` of word `b >>> 5` for the anchor of bit `b`. Its last word
 * is the number of anchors declared when it was made (`marksCurrent`).
 */
export function anchorMarks(text: string): Uint32Array {
  const marks = new Uint32Array(((anchorCount + 31) >>> 5) + 1);
  for (let i = 0; i < text.length; i += 1) {
    const b = bitOf[text.charCodeAt(i)] as number;
    if (b !== 0) marks[(b - 1) >>> 5] = (marks[(b - 1) >>> 5] as number) | (1 << ((b - 1) & 31));
  }
  marks[marks.length - 1] = anchorCount;
  return marks;
}

/** Whether `marks` were made knowing every anchor declared so far (else: to be made again). */
export const marksCurrent = (marks: Uint32Array): boolean =>
  marks[marks.length - 1] === anchorCount;

/** Whether the text of `marks` holds any anchor of `mask` (pairs of word and bits, `sparse`). */
export function holdsAnyOf(marks: Uint32Array, mask: Uint32Array): boolean {
  for (let k = 0; k < mask.length; k += 2)
    if (((marks[mask[k] as number] as number) & (mask[k + 1] as number)) !== 0) return true;
  return false;
}

/**
 * Whether the text of `marks` may hold `ch`: false only when `ch` is an anchor the marks were made
 * knowing and the text does not hold it. A literal gate (`text.includes(word)`) can ask this of one
 * character of its word first, a bit test instead of a search of the text; a character that is not
 * (or not yet) an anchor answers true, so the gate's own test decides as before.
 */
export function mayHold(marks: Uint32Array, ch: string): boolean {
  const b = bitOf[ch.charCodeAt(0)] as number;
  if (b === 0 || b > (marks[marks.length - 1] as number)) return true;
  return ((marks[(b - 1) >>> 5] as number) & (1 << ((b - 1) & 31))) !== 0;
}
