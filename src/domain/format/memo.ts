import { anchorMarks, anchorMask, holdsAnyOf, marksCurrent } from './anchors';

/**
 * Memoises a pure function of a string. On a keystroke only one text of the report changes;
 * the checks read all of them, so the unchanged ones are answered from here. Bounded: cleared
 * when full.
 */
export function memoByText<T>(fn: (text: string) => T, size = 64): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= size) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/**
 * A text with what has been worked out about it (issue 17): every analysis made with `perText`
 * (its compact form, its sentences, the numbers it states, the notices it cites …) is kept
 * with the text, so that the checks of one evaluation, and every later evaluation that meets
 * the same text, work each out once. Holding one (a check's `ReportText`) answers an analysis
 * without looking the text up.
 */
export interface AnalysedText {
  readonly text: string;
  /** Results by analysis (`perText`'s slot); not for reading directly. */
  readonly analyses: unknown[];
}

/**
 * A map from text to what is kept about it, bounded by generations: entries go into the young
 * map; when it holds `size`, it becomes the old one (the older one is dropped) and a new young
 * map starts. An entry found in the old map moves to the young one. So whatever was met within
 * the last `size` distinct texts is kept (the open report's texts and last year's, while the
 * clerk types), and at most `2 × size` are held: fewer than a cache cleared when full at a
 * larger size, which a reviewer's batch fills with texts never met again, and which the
 * garbage collector then copies at each scavenge (issue 17, docs/performance.md, stop 26).
 */
class Generations<T> {
  private young = new Map<string, T>();
  private old = new Map<string, T>();
  constructor(private readonly size: number) {}

  get(key: string): T | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined || this.old.size === 0) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.set(key, aged);
    }
    return aged;
  }

  set(key: string, value: T): void {
    if (this.young.size >= this.size) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}

/**
 * The texts met lately and their analyses. Bounded (`Generations`: a reviewer checks thousands
 * of reports; the open report's texts, last year's and the one being typed are a few dozen).
 * Analyses are pure functions of the text, so whatever report a text comes from, what is kept
 * is right for it.
 */
const texts = new Generations<AnalysedText>(48);

/** The text with its analyses so far (new when not met lately). */
export function analysedText(text: string): AnalysedText {
  let entry = texts.get(text);
  if (!entry) {
    entry = { text, analyses: [] };
    texts.set(text, entry);
  }
  return entry;
}

let slots = 0;
/** Kept for an analysis whose result is `undefined` (an empty slot reads `undefined`). */
const UNDEFINED = Symbol('undefined');
/** The slot of a text's anchors (`anchorMarks`), made when a gated analysis first asks. */
const MARKS = slots++;

/**
 * An analysis's anchors (anchors.ts): it finds nothing, and answers `otherwise`, in a text that
 * holds none of the characters of `anyOf`.
 */
export interface Gate<T> {
  readonly anyOf: string;
  readonly otherwise: T;
}

/** Whether the text of `entry` holds any anchor of `mask` (its marks made once per text). */
function holds(entry: AnalysedText, mask: Uint32Array): boolean {
  return holdsAnyOf(marksOf(entry), mask);
}

/**
 * The anchors a text holds (`anchorMarks`), kept with it. A text analysed by paragraph
 * (`byParagraph`: a keystroke in one paragraph of a text met before) has its paragraphs' marks
 * joined, each paragraph's kept with the paragraph, so only the edited paragraph's characters are
 * read again (issue 17, stop 63: marking the bench's 216-character overview cost 1.5–3 µs a
 * keystroke). The same marks either way: an anchor is one character and never white space
 * (`anchorMask` refuses both), so a text holds it exactly when one of its lines does, the line
 * breaks where `paragraphsOf` splits (`\n`, `\r`) being no anchor.
 */
function marksOf(entry: AnalysedText): Uint32Array {
  const kept = entry.analyses[MARKS] as Uint32Array | undefined;
  if (kept !== undefined && marksCurrent(kept)) return kept;
  const marks = byParagraph(entry) ? joinedMarks(paragraphsOf(entry)) : anchorMarks(entry.text);
  entry.analyses[MARKS] = marks;
  return marks;
}

/**
 * The union of the paragraphs' marks: each word OR-ed into an empty text's marks; the last word,
 * the number of anchors known (`marksCurrent`), is the same in every current mark and so in their
 * union.
 */
function joinedMarks(parts: readonly AnalysedText[]): Uint32Array {
  const marks = anchorMarks('');
  for (const part of parts) {
    const own = marksOf(part);
    for (let w = 0; w < marks.length; w += 1) marks[w] = (marks[w] as number) | (own[w] as number);
  }
  return marks;
}

/** Every analysis declared with a gate, for the test that its anchors are right (anchors.test.ts). */
export const gatedAnalyses: {
  readonly fn: (text: string, analysed: AnalysedText) => unknown;
  readonly gate: Gate<unknown>;
}[] = [];

/**
 * The anchors of a reading its caller gates itself (not a `perText` analysis): the caller marks its
 * text once (`anchorMarks`) and calls `fn` only when the marks hold one of `anyOf`, so a reading
 * of a list is skipped on a bit test instead of being called to test its own words (issue 17,
 * stop 61). `fn` must find nothing (null) in a text holding none of `anyOf`: it is listed with the
 * gated analyses, which anchors.test.ts holds to their anchors.
 */
export function readingAnchors(anyOf: string, fn: (text: string) => unknown): Uint32Array {
  gatedAnalyses.push({ fn, gate: { anyOf, otherwise: null } });
  return anchorMask(anyOf);
}

/**
 * Memoises a pure function of a text with the text (see `AnalysedText`): called with a string,
 * it looks the text up; called with an `AnalysedText`, it reads the slot directly. `fn` gets the
 * text and its entry, to ask other analyses of the same text without a look-up. With a `gate`,
 * `fn` is not called on a text holding none of its anchors.
 */
export function perText<T>(
  fn: (text: string, analysed: AnalysedText) => T,
): (text: string | AnalysedText) => T;
export function perText<T>(
  gate: Gate<T>,
  fn: (text: string, analysed: AnalysedText) => T,
): (text: string | AnalysedText) => T;
export function perText<T>(
  first: Gate<T> | ((text: string, analysed: AnalysedText) => T),
  second?: (text: string, analysed: AnalysedText) => T,
): (text: string | AnalysedText) => T {
  if (typeof first === 'function') return analysis(first);
  if (second === undefined) throw new TypeError('perText: a gate without its analysis');
  return analysis(second, first);
}

/** `perText` (an analysis kept in a slot of each text), with its gate if it has one. */
function analysis<T>(
  fn: (text: string, analysed: AnalysedText) => T,
  gate?: Gate<T>,
): (text: string | AnalysedText) => T {
  const slot = slots++;
  const mask = gate ? anchorMask(gate.anyOf) : null;
  if (gate) gatedAnalyses.push({ fn, gate });
  return (of) => {
    const entry = typeof of === 'string' ? analysedText(of) : of;
    const kept = entry.analyses[slot];
    if (kept !== undefined) return (kept === UNDEFINED ? undefined : kept) as T;
    const value =
      mask !== null && !holds(entry, mask) ? (gate as Gate<T>).otherwise : fn(entry.text, entry);
    entry.analyses[slot] = value === undefined ? UNDEFINED : value;
    return value;
  };
}

/**
 * The paragraphs met lately (lines of the texts, issue 17), each with its own analyses: a
 * keystroke changes one paragraph of a text, and an analysis made paragraph by paragraph
 * (`perParagraph`) works out only that one again. Kept apart from the texts, not to crowd them
 * out; bounded the same way.
 */
const paragraphs = new Generations<AnalysedText>(384);

interface Paragraphs {
  readonly text: string;
  /** Its paragraphs, noted (`noteParagraphs`); null until asked for or met again (see `paragraphing`). */
  parts: readonly AnalysedText[] | null;
  /** Whether the text's analyses are made paragraph by paragraph (see `byParagraph`). */
  readonly reuse: boolean;
}

/** The lines of `text`, each looked up among the paragraphs met (noted when new), and how many were met. */
function noteParagraphs(text: string): {
  readonly parts: readonly AnalysedText[];
  readonly known: number;
  readonly fresh: number;
} {
  let known = 0;
  let fresh = 0;
  // `split('\n')` where there is no `\r` (most texts): the same lines, without the expression.
  const lines = text.includes('\r') ? text.split(/\r\n?|\n/) : text.split('\n');
  const parts = lines.map((line) => {
    let entry = paragraphs.get(line);
    if (entry) {
      if (line !== '') known += 1;
      return entry;
    }
    if (line !== '') fresh += 1;
    entry = { text: line, analyses: [] };
    paragraphs.set(line, entry);
    return entry;
  });
  return { parts, known, fresh };
}

/**
 * New texts of several lines whose first and last lines had not been met, by those two lines:
 * their paragraphs are noted only when a text with the same first or last line comes (an edit of
 * one paragraph keeps the other edge), not for every new text (issue 17, docs/performance.md, stop
 * 45: a reviewer's batch, where no text is met again, split and noted each text's every line).
 */
const byEdge = new Generations<Paragraphs>(96);

/** Where the first line of a text with a line break ends (its first `\n` or `\r`). */
function firstLineEnd(text: string): number {
  const n = text.indexOf('\n');
  const r = text.indexOf('\r');
  return n < 0 ? r : r < 0 ? n : Math.min(n, r);
}

/** Where the last line of a text with a line break starts (after its last `\n` or `\r`). */
function lastLineStart(text: string): number {
  return Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
}

const paragraphing = perText((text, analysed): Paragraphs => {
  if (!text.includes('\n') && !text.includes('\r'))
    return { text, parts: [{ text, analyses: analysed.analyses }], reuse: false };
  const first = text.slice(0, firstLineEnd(text));
  const last = text.slice(lastLineStart(text));
  const sameFirst = byEdge.get(first);
  const sameLast = byEdge.get(last);
  if (
    sameFirst === undefined &&
    sameLast === undefined &&
    paragraphs.get(first) === undefined &&
    paragraphs.get(last) === undefined
  ) {
    // Neither edge met: a new text, analysed whole (as when most of its lines are new); its
    // paragraphs are noted when asked for or when a text sharing an edge comes.
    const kept: Paragraphs = { text, parts: null, reuse: false };
    byEdge.set(first, kept);
    byEdge.set(last, kept);
    return kept;
  }
  // An edit of a text met lately: its paragraphs noted now, as they would have been when it came.
  if (sameFirst) sameFirst.parts ??= noteParagraphs(sameFirst.text).parts;
  if (sameLast) sameLast.parts ??= noteParagraphs(sameLast.text).parts;
  const { parts, known, fresh } = noteParagraphs(text);
  return { text, parts, reuse: known > fresh };
});

/**
 * The paragraphs of a text: its lines (split at `\n`, `\r\n` and `\r`, as `compactText` turns
 * them into `\n`), each with its analyses. A text of one line is its own only paragraph.
 */
export const paragraphsOf = (text: string | AnalysedText): readonly AnalysedText[] => {
  const p = paragraphing(text);
  return (p.parts ??= noteParagraphs(p.text).parts);
};

/**
 * Whether a text's analyses are made paragraph by paragraph: when it has several and most of
 * them were met before (a keystroke changes one paragraph of a text met before). A text none of
 * whose paragraphs was met (a reviewer's batch) is analysed whole, which costs less than
 * paragraph by paragraph; so is a text whose first and last lines were both not met, without
 * splitting it: its paragraphs are noted when a text keeping one of those lines comes (the next
 * keystroke), see `paragraphing`. Either way the analyses are the same. In a batch
 * (`analyseWholeTexts`) every text is analysed whole, and nothing is split or noted.
 */
export const byParagraph = (text: string | AnalysedText): boolean =>
  wholeTexts ? false : paragraphing(text).reuse;

let wholeTexts = false;

/**
 * Forgets every text and paragraph met, with their analyses: for a test that compares a text's
 * analyses made whole with the same text's made paragraph by paragraph (each would otherwise be
 * answered from what the other kept).
 */
export function forgetTexts(): void {
  texts.clear();
  paragraphs.clear();
  byEdge.clear();
}

/**
 * For a batch of reports none of whose texts is edited after (`nianbao check`): texts are
 * analysed whole, without splitting each into its lines, looking each line up and noting it for
 * a keystroke that never comes (issue 17). The analyses are the same either way
 * (`byParagraph`); `paragraphsOf` still gives a text's paragraphs when asked.
 */
export function analyseWholeTexts(on: boolean): void {
  wholeTexts = on;
}

/** What a gated `perParagraph` answers for a text without its anchors. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * An analysis that is a list made line by line: the text's list is its paragraphs' lists one
 * after the other, each paragraph's kept with the paragraph (`paragraphsOf`), when the text is
 * analysed by paragraph (`byParagraph`). `fn` gets a paragraph, or the whole text when it is
 * analysed whole: its list for a text must be its lists for the text's lines joined (an
 * analysis that never looks across a line break, e.g. one made sentence by sentence).
 */
export function perParagraph<T>(
  fn: (paragraph: string, analysed: AnalysedText) => readonly T[],
): (text: string | AnalysedText) => readonly T[];
/** `perParagraph` of an analysis that finds nothing in a text holding no character of `anyOf`. */
export function perParagraph<T>(
  anyOf: string,
  fn: (paragraph: string, analysed: AnalysedText) => readonly T[],
): (text: string | AnalysedText) => readonly T[];
export function perParagraph<T>(
  first: string | ((paragraph: string, analysed: AnalysedText) => readonly T[]),
  second?: (paragraph: string, analysed: AnalysedText) => readonly T[],
): (text: string | AnalysedText) => readonly T[] {
  const anyOf = typeof first === 'string' ? first : undefined;
  const fn = typeof first === 'string' ? second : first;
  if (fn === undefined) throw new TypeError('a gate without its analysis');
  const each = analysis(
    (text, analysed): readonly T[] => {
      if (!byParagraph(analysed)) return fn(text, analysed);
      const out: T[] = [];
      for (const part of paragraphsOf(analysed)) for (const x of each(part)) out.push(x);
      return out;
    },
    anyOf === undefined ? undefined : { anyOf, otherwise: NONE },
  );
  return each;
}

/** `perParagraph` for an analysis that also depends on one rarely changing object (`perTextAnd`). */
export function perParagraphAnd<K, T>(
  fn: (paragraph: string, key: K, analysed: AnalysedText) => readonly T[],
): (text: string | AnalysedText, key: K) => readonly T[] {
  const each = perTextAnd((text, key: K, analysed): readonly T[] => {
    if (!byParagraph(analysed)) return fn(text, key, analysed);
    const out: T[] = [];
    for (const part of paragraphsOf(analysed)) for (const x of each(part, key)) out.push(x);
    return out;
  });
  return each;
}

/**
 * The first paragraph's answer that is not null, paragraph by paragraph (see `perParagraph`):
 * for an analysis that looks for the first of something and never across a line break (its
 * answer for a text is its first line's answer that is not null).
 */
export function firstInParagraphs<T>(
  fn: (paragraph: string, analysed: AnalysedText) => T | null,
): (text: string | AnalysedText) => T | null;
/** `firstInParagraphs` of an analysis that finds nothing in a text holding no character of `anyOf`. */
export function firstInParagraphs<T>(
  anyOf: string,
  fn: (paragraph: string, analysed: AnalysedText) => T | null,
): (text: string | AnalysedText) => T | null;
export function firstInParagraphs<T>(
  first: string | ((paragraph: string, analysed: AnalysedText) => T | null),
  second?: (paragraph: string, analysed: AnalysedText) => T | null,
): (text: string | AnalysedText) => T | null {
  const anyOf = typeof first === 'string' ? first : undefined;
  const fn = typeof first === 'string' ? second : first;
  if (fn === undefined) throw new TypeError('a gate without its analysis');
  const each = analysis(
    (text, analysed): T | null => {
      if (!byParagraph(analysed)) return fn(text, analysed);
      for (const part of paragraphsOf(analysed)) {
        const found = each(part);
        if (found !== null) return found;
      }
      return null;
    },
    anyOf === undefined ? undefined : { anyOf, otherwise: null },
  );
  return each;
}

/**
 * Whether some paragraph passes `test`, paragraph by paragraph (see `perParagraph`; `test` of a
 * text must be whether some line of it passes); for a cheap necessary condition of an analysis
 * of the whole text (no paragraph passes: the analysis finds nothing, and is not made).
 */
export function someParagraph(
  test: (paragraph: string, analysed: AnalysedText) => boolean,
): (text: string | AnalysedText) => boolean;
/** `someParagraph` of a test that fails on a text holding no character of `anyOf`. */
export function someParagraph(
  anyOf: string,
  test: (paragraph: string, analysed: AnalysedText) => boolean,
): (text: string | AnalysedText) => boolean;
export function someParagraph(
  first: string | ((paragraph: string, analysed: AnalysedText) => boolean),
  second?: (paragraph: string, analysed: AnalysedText) => boolean,
): (text: string | AnalysedText) => boolean {
  const anyOf = typeof first === 'string' ? first : undefined;
  const test = typeof first === 'string' ? second : first;
  if (test === undefined) throw new TypeError('a gate without its analysis');
  const each = analysis(
    (text, analysed): boolean => {
      if (!byParagraph(analysed)) return test(text, analysed);
      for (const part of paragraphsOf(analysed)) if (each(part)) return true;
      return false;
    },
    anyOf === undefined ? undefined : { anyOf, otherwise: false },
  );
  return each;
}

/**
 * `perText` for an analysis that also depends on one object that rarely changes (the template,
 * the known formats): the result is kept with the text for the last such object it was asked for.
 */
export function perTextAnd<K, T>(
  fn: (text: string, key: K, analysed: AnalysedText) => T,
): (text: string | AnalysedText, key: K) => T {
  const kept = perText((_, analysed) => ({
    analysed,
    key: undefined as K | undefined,
    value: undefined as T,
    set: false,
  }));
  return (of, key) => {
    const entry = kept(of);
    if (!entry.set || entry.key !== key) {
      entry.value = fn(entry.analysed.text, key, entry.analysed);
      entry.key = key;
      entry.set = true;
    }
    return entry.value;
  };
}
