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
 * The texts met lately and their analyses. Bounded: cleared when full (a reviewer checks
 * thousands of reports; the open report's texts, last year's and the one being typed are a
 * dozen). Analyses are pure functions of the text, so whatever report a text comes from, what is
 * kept is right for it.
 */
const TEXTS_KEPT = 128;
const texts = new Map<string, AnalysedText>();

/** The text with its analyses so far (new when not met lately). */
export function analysedText(text: string): AnalysedText {
  let entry = texts.get(text);
  if (!entry) {
    if (texts.size >= TEXTS_KEPT) texts.clear();
    entry = { text, analyses: [] };
    texts.set(text, entry);
  }
  return entry;
}

let slots = 0;
/** Kept for an analysis whose result is `undefined` (an empty slot reads `undefined`). */
const UNDEFINED = Symbol('undefined');

/**
 * Memoises a pure function of a text with the text (see `AnalysedText`): called with a string,
 * it looks the text up; called with an `AnalysedText`, it reads the slot directly. `fn` gets the
 * text and its entry, to ask other analyses of the same text without a look-up.
 */
export function perText<T>(
  fn: (text: string, analysed: AnalysedText) => T,
): (text: string | AnalysedText) => T {
  const slot = slots++;
  return (of) => {
    const entry = typeof of === 'string' ? analysedText(of) : of;
    const kept = entry.analyses[slot];
    if (kept !== undefined) return (kept === UNDEFINED ? undefined : kept) as T;
    const value = fn(entry.text, entry);
    entry.analyses[slot] = value === undefined ? UNDEFINED : value;
    return value;
  };
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
