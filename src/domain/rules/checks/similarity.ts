/**
 * A text's character bigrams, whitespace removed, as sorted codes (each bigram one number:
 * its first character's code × 65536 + its second's): two texts' shared bigrams are then
 * counted by walking both lists once, without a table of counts.
 */
export interface Bigrams {
  /** The text without whitespace. */
  readonly text: string;
  /** Its bigrams' codes, ascending (one per bigram, repeats kept). */
  readonly codes: Uint32Array;
}

const WHITESPACE = /\s+/g;

export function bigrams(text: string): Bigrams {
  const x = text.replace(WHITESPACE, '');
  const codes = new Uint32Array(Math.max(0, x.length - 1));
  for (let i = 0; i < codes.length; i += 1)
    codes[i] = x.charCodeAt(i) * 65536 + x.charCodeAt(i + 1);
  codes.sort();
  return { text: x, codes };
}

/** `textSimilarity` of two texts' bigrams (see `bigrams`). */
export function bigramSimilarity(a: Bigrams, b: Bigrams): number {
  if (a.text === b.text) return 1;
  if (a.text.length < 2 || b.text.length < 2) return 0;
  const x = a.codes;
  const y = b.codes;
  // Bigrams in common, each as many times as it is in both.
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const p = x[i] as number;
    const q = y[j] as number;
    if (p === q) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (p < q) i += 1;
    else j += 1;
  }
  return (2 * shared) / (a.text.length - 1 + b.text.length - 1);
}

/**
 * Similarity of two texts as the Dice coefficient of their character bigrams (0–1), ignoring
 * whitespace. Good enough to tell a narrative copied from last year.
 */
export function textSimilarity(a: string, b: string): number {
  return bigramSimilarity(bigrams(a), bigrams(b));
}

/** Counts by character code, for `similarityCeiling` (left all zero after each use). */
let charCounts: Int32Array | null = null;

/**
 * A bound on `bigramSimilarity(a, b)` counted by characters, not bigrams (no sorting): each
 * shared bigram is a pair of positions, one in each text, whose first characters are the same
 * and are each taken once, so there are no more of them than such characters (the bigrams'
 * first characters, counted in both texts, the smaller count of each).
 */
export function similarityCeiling(a: Bigrams, b: string): number {
  const x = a.text;
  const y = b.replace(WHITESPACE, '');
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const counts = (charCounts ??= new Int32Array(65536));
  for (let i = 0; i < x.length - 1; i += 1) {
    const c = x.charCodeAt(i);
    counts[c] = (counts[c] as number) + 1;
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i += 1) {
    const c = y.charCodeAt(i);
    const n = counts[c] as number;
    if (n > 0) {
      shared += 1;
      counts[c] = n - 1;
    }
  }
  for (let i = 0; i < x.length - 1; i += 1) counts[x.charCodeAt(i)] = 0;
  return (2 * shared) / (x.length - 1 + y.length - 1);
}

/**
 * The highest Dice coefficient two texts of these lengths can reach: a cheap bound that spares
 * the comparison when the lengths alone rule a copy out.
 */
export function similarityBound(lengthA: number, lengthB: number): number {
  const total = lengthA + lengthB - 2;
  return total <= 0 ? 1 : (2 * (Math.min(lengthA, lengthB) - 1)) / total;
}
