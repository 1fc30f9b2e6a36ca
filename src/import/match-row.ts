import type { LabelIndex, RowEntry } from './label-index';

/**
 * Finds the data row a table cell's text names, tolerating what copying and retyping do to
 * labels: the exact label first; then the label without its numbering (`予以公开` for
 * `（一）予以公开`, when Word numbered the list itself or the number was lost); then a label cut
 * short (`（二）部分公开` for the long official text), when only one row fits; a label with a
 * note after it (`规范性文件(指…的文件)`) as the label; last, a label one character off the
 * official one (`7.属于行政执法案件` for `7.属于行政执法案卷`, real: 平潭综合实验区市场监督管理局
 * 2025), when it is long enough and no other label of the format is as close (see `nearMiss`).
 * Texts that are other printed labels (`其他`, `总计`, headers) never match a row.
 */

const NUMBERING = /^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[、,]|\d{1,2}\.)/;
const MIN_PREFIX = 4;
/** Shortest label (without its numbering) read despite one character off. */
const MIN_NEAR_MISS = 6;
/** Shortest label (without its numbering) read despite a two-character word dropped. */
const MIN_WORD_DROPPED = 10;
/**
 * A bracketed word after a row's label that renames the row rather than notes on it: two or three
 * Han characters, no unit and no word of a note (`(制度)` in `规章(制度)`, against `(县级无此项)`,
 * `(指…的文件)`).
 */
const RENAMING_WORD =
  /^(?![^()]*(?:无|含|指|即|注|包括|等|件|个|项|次|人|份|年|数))[\u4e00-\u9fff]{2,3}$/;
/** Numbers, Arabic or Chinese: an edit that touches one names another item, not a typo. */
const NUMERAL = /[\d零〇一二三四五六七八九十百]/;

/** The row a key names, and how it was found. */
export interface RowMatch {
  readonly row: RowEntry;
  /**
   * True when the key is one character off the row's official label (a typo such as
   * `7.属于行政执法案件`): the row is assumed, and the caller tells the reader which.
   */
  readonly near: boolean;
  /**
   * True when the key is the row's label with a word dropped from its front, as the other format
   * prints the row (`规范性文件` for 2021's `行政规范性文件`): the row is read, and the caller
   * records the label as changed.
   */
  readonly shortened?: true;
  /**
   * Since a fix of stop 37 after the measure of 989–1018: true when the key is the row's label
   * with a short word put after it in brackets, naming another thing (`规章(制度)` for `规章`,
   * real: 科右中旗哈日诺尔苏木 2019): the row is read, and the caller records the label as changed.
   */
  readonly renamed?: true;
}

interface Fallbacks {
  /** Each row's match by its own label, made once: the other usual rules return these too. */
  readonly exact: ReadonlyMap<string, RowMatch>;
  readonly stripped: ReadonlyMap<string, RowMatch | null>;
  /**
   * What the keys asked lately matched, near misses and "no row" included: the one-edit search
   * runs once per kept key (issue 17: a long source asks the same keys again).
   */
  readonly found: Map<string, RowMatch | null>;
  readonly entries: readonly {
    readonly key: string;
    readonly stripped: string;
    readonly match: RowMatch;
  }[];
}

const cache = new WeakMap<LabelIndex, Fallbacks>();

function fallbacks(index: LabelIndex): Fallbacks {
  const hit = cache.get(index);
  if (hit) return hit;
  const exact = new Map([...index.rows].map(([key, row]) => [key, { row, near: false }]));
  const stripped = new Map<string, RowMatch | null>();
  const otherLabels = new Set(
    [...index.labels.keys()].flatMap((k) => [k, k.replace(NUMBERING, '')]),
  );
  const entries = [...exact].map(([key, match]) => ({
    key,
    stripped: key.replace(NUMBERING, ''),
    match,
  }));
  for (const e of entries) {
    if (otherLabels.has(e.stripped)) continue;
    stripped.set(e.stripped, stripped.has(e.stripped) ? null : e.match);
  }
  const out = { exact, stripped, entries, found: new Map<string, RowMatch | null>() };
  cache.set(index, out);
  return out;
}

/** Keys whose match is kept (per label index), and the longest kept (labels are short). */
const FOUND_KEPT = 4096;
const LONGEST_KEPT = 200;

/** The row a key (`labelKey` of a cell's text) names, or null when it names none. */
export function matchRow(index: LabelIndex, key: string): RowMatch | null {
  const f = fallbacks(index);
  if (key.length > LONGEST_KEPT) return decide(f, index, key);
  const kept = f.found.get(key);
  if (kept !== undefined) return kept;
  const match = decide(f, index, key);
  if (f.found.size >= FOUND_KEPT) f.found.clear();
  f.found.set(key, match);
  return match;
}

/** The usual rules' match; the near miss only when none of them fits. */
function decide(f: Fallbacks, index: LabelIndex, key: string): RowMatch | null {
  const match = usual(f, index, key);
  return match === undefined ? nearMiss(f, index, key) : match;
}

/** The row the usual rules find; null when they rule a match out; undefined when none fits. */
function usual(f: Fallbacks, index: LabelIndex, key: string): RowMatch | null | undefined {
  if (key === '') return null;
  const exact = f.exact.get(key);
  if (exact) return exact;
  if (index.labels.has(key)) return null;
  return fallbackRow(f, index, key);
}

/** A row for a key that is no label of the format: by its numbering, a note, a prefix, a variant. */
function fallbackRow(f: Fallbacks, index: LabelIndex, key: string): RowMatch | null | undefined {
  const bare = key.replace(NUMBERING, '');
  const byStripped = f.stripped.get(bare);
  if (byStripped) return byStripped;
  // A note the clerk put after the label: `规范性文件(指各行政机关印发的有正式文号的文件)`.
  const noted = /^(.{2,}?)\((?:指|含|即|注|包括)[^()]*\)$/.exec(key);
  if (noted?.[1]) return usual(f, index, noted[1]) ?? null;
  // Any other note after a row's own label (`规章(县级无此项)`, `规章(设区的市、自治州人民政府应
  // 提供相关数据)`): the label before it names the row, when it is the label exactly. A unit in
  // the brackets is left to the caller, which reads the unit.
  const note = /^(.{2,}?)\(([^()]{2,})\)$/.exec(key);
  if (note?.[1] && note[2] && !/元/.test(note[2])) {
    const row = f.exact.get(note[1]) ?? f.stripped.get(note[1].replace(NUMBERING, ''));
    if (row) return RENAMING_WORD.test(note[2]) ? { ...row, renamed: true } : row;
  }
  if (bare.length < MIN_PREFIX || /^[\d.,+-]+$/.test(bare)) return null;
  const candidates = f.entries.filter((e) => e.key.startsWith(key) || e.stripped.startsWith(bare));
  if (candidates.length === 1) return candidates[0]?.match ?? null;
  if (candidates.length > 1) return null;
  // The other format's wording of the same row: `规范性文件` for `行政规范性文件` and back.
  const variants = f.entries.filter(
    (e) =>
      e.stripped.length >= MIN_PREFIX &&
      Math.abs(e.stripped.length - bare.length) <= 2 &&
      (e.stripped.endsWith(bare) || bare.endsWith(e.stripped)),
  );
  if (variants.length > 1) return null;
  const variant = variants[0];
  if (!variant) return undefined;
  return variant.stripped.length > bare.length
    ? { ...variant.match, shortened: true }
    : variant.match;
}

/**
 * The one row whose label is a single edit (a character changed, added or dropped) from the key,
 * numbering included (`7.` stays `7.`: the row of the same number in its group), the edit no
 * numeral; null when the label without its numbering is short (`予以公开` one character off is
 * another word), when two labels of the format are that close, or when the closest is not a row.
 */
function nearMiss(f: Fallbacks, index: LabelIndex, key: string): RowMatch | null {
  const bare = key.replace(NUMBERING, '');
  if (bare.length < MIN_NEAR_MISS) return null;
  const numbered = bare !== key;
  let found: RowEntry | null = null;
  let count = 0;
  for (const e of f.entries) {
    if (oneEdit(key, e.key) || (!numbered && oneEdit(bare, e.stripped))) {
      if (found !== e.match.row) count += 1;
      found = e.match.row;
    }
  }
  for (const other of index.labels.keys()) if (oneEdit(key, other)) count += 1;
  if (count === 0 && bare.length >= MIN_WORD_DROPPED) {
    // No label one character off: a two-character word dropped from a long one
    // (`二、上年结转政府信息公开数量` for `…公开申请数量`, real: 临潼区 开发区 2021).
    for (const e of f.entries) {
      if (wordDropped(key, e.key) || (!numbered && wordDropped(bare, e.stripped))) {
        if (found !== e.match.row) count += 1;
        found = e.match.row;
      }
    }
    for (const other of index.labels.keys()) if (wordDropped(key, other)) count += 1;
  }
  return count === 1 && found ? { row: found, near: true } : null;
}

/** True when `label` becomes `key` by dropping two adjacent characters, neither a numeral. */
function wordDropped(key: string, label: string): boolean {
  if (label.length !== key.length + 2) return false;
  let i = 0;
  while (i < key.length && key[i] === label[i]) i += 1;
  const dropped = label.slice(i, i + 2);
  return label.slice(i + 2) === key.slice(i) && !NUMERAL.test(dropped);
}

/** True when `a` becomes `b` by one edit that is no numeral (never for equal texts). */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j])
    j += 1;
  const fromA = a.slice(i, a.length - j);
  const fromB = b.slice(i, b.length - j);
  return fromA.length <= 1 && fromB.length <= 1 && !NUMERAL.test(fromA + fromB);
}
