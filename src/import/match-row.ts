import type { LabelIndex, RowEntry } from './label-index';

/**
 * Finds the data row a table cell's text names, tolerating what copying and retyping do to
 * labels: the exact label first; then the label without its numbering (`予以公开` for
 * `（一）予以公开`, when Word numbered the list itself or the number was lost); then a label cut
 * short (`（二）部分公开` for the long official text), when only one row fits; a label with a
 * note after it (`规范性文件(指…的文件)`) as the label. Texts that are
 * other printed labels (`其他`, `总计`, headers) never match a row.
 */

const NUMBERING = /^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[、,]|\d{1,2}\.)/;
const MIN_PREFIX = 4;

interface Fallbacks {
  readonly stripped: ReadonlyMap<string, RowEntry | null>;
  /** What the keys asked lately matched (issue 17: a long source asks the same keys again). */
  readonly found: Map<string, RowEntry | null>;
  readonly entries: readonly {
    readonly key: string;
    readonly stripped: string;
    readonly entry: RowEntry;
  }[];
}

const cache = new WeakMap<LabelIndex, Fallbacks>();

function fallbacks(index: LabelIndex): Fallbacks {
  const hit = cache.get(index);
  if (hit) return hit;
  const stripped = new Map<string, RowEntry | null>();
  const otherLabels = new Set(
    [...index.labels.keys()].flatMap((k) => [k, k.replace(NUMBERING, '')]),
  );
  const entries = [...index.rows].map(([key, entry]) => ({
    key,
    stripped: key.replace(NUMBERING, ''),
    entry,
  }));
  for (const e of entries) {
    if (otherLabels.has(e.stripped)) continue;
    stripped.set(e.stripped, stripped.has(e.stripped) ? null : e.entry);
  }
  const out = { stripped, entries, found: new Map<string, RowEntry | null>() };
  cache.set(index, out);
  return out;
}

/** Keys whose match is kept (per label index), and the longest kept (labels are short). */
const FOUND_KEPT = 4096;
const LONGEST_KEPT = 200;

export function findRow(index: LabelIndex, key: string): RowEntry | null {
  if (key === '') return null;
  const exact = index.rows.get(key);
  if (exact) return exact;
  if (index.labels.has(key)) return null;
  if (key.length > LONGEST_KEPT) return fallbackRow(index, key);
  const { found } = fallbacks(index);
  let entry = found.get(key);
  if (entry === undefined) {
    entry = fallbackRow(index, key);
    if (found.size >= FOUND_KEPT) found.clear();
    found.set(key, entry);
  }
  return entry;
}

/** A row for a key that is no label of the format: by its numbering, a note, a prefix, a variant. */
function fallbackRow(index: LabelIndex, key: string): RowEntry | null {
  const f = fallbacks(index);
  const bare = key.replace(NUMBERING, '');
  const byStripped = f.stripped.get(bare);
  if (byStripped) return byStripped;
  // A note the clerk put after the label: `规范性文件(指各行政机关印发的有正式文号的文件)`.
  const noted = /^(.{2,}?)\((?:指|含|即|注|包括)[^()]*\)$/.exec(key);
  if (noted?.[1]) return findRow(index, noted[1]);
  if (bare.length < MIN_PREFIX || /^[\d.,+-]+$/.test(bare)) return null;
  const candidates = f.entries.filter((e) => e.key.startsWith(key) || e.stripped.startsWith(bare));
  if (candidates.length === 1) return candidates[0]?.entry ?? null;
  if (candidates.length > 1) return null;
  // The other format's wording of the same row: `规范性文件` for `行政规范性文件` and back.
  const variants = f.entries.filter(
    (e) =>
      e.stripped.length >= MIN_PREFIX &&
      Math.abs(e.stripped.length - bare.length) <= 2 &&
      (e.stripped.endsWith(bare) || bare.endsWith(e.stripped)),
  );
  return variants.length === 1 ? (variants[0]?.entry ?? null) : null;
}
