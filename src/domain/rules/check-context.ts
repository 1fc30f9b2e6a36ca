import type { ComputedValues } from '../compute/compute-report';
import type { FieldPath, Report } from '../report/types';
import type { CellId, FormatTemplate, SectionId } from '../template/types';
import type { ReportValues } from './report-values';
import type { Severity } from './types';

/** Where an evaluation keeps the report's values on a check context (see `valuesOf`). */
export const VALUES: unique symbol = Symbol('report values');

/** What every check reads: the report, its format and computed cells, and the surroundings. */
export interface CheckContext {
  readonly template: FormatTemplate;
  readonly report: Report;
  readonly computed: ComputedValues;
  /** Every known format, for the format-vs-year check. */
  readonly formats: readonly FormatTemplate[];
  /** Last year's report, when known (imported or kept as a draft): enables the cross-year checks. */
  readonly lastYear?: Report;
  /** Today as ISO `YYYY-MM-DD` (passed in so checks stay pure and testable). */
  readonly today: string;
  /** The report's cells as read once for all checks (`valuesOf` in report-values.ts). */
  readonly [VALUES]?: ReportValues;
}

/**
 * One thing a check found. The check's id and severity come from its declaration; the issue
 * key is `${id}:${target}` (or the id alone without a target).
 */
export interface Finding {
  readonly target?: string;
  /** Chinese message naming the numbers involved. */
  readonly message: string;
  /** The step the finding belongs to (`meta` is 基本信息). */
  readonly section: SectionId | 'meta';
  readonly cells?: readonly CellId[];
  readonly fields?: readonly FieldPath[];
}

/** SPEC section a check implements (`10` for rule packs). */
export type CheckSpec = '4.1' | '4.2' | '4.3' | '4.4' | '4.5' | '10';

/** A check: one stable id, its severity and title, and a pure function of the context. */
export interface CheckDeclaration {
  /** Stable: dismissals are stored by it. */
  readonly id: string;
  readonly severity: Severity;
  /** Short Chinese title (issues panel, export checklist). */
  readonly title: string;
  readonly spec: CheckSpec;
  readonly run: (ctx: CheckContext) => readonly Finding[];
}

/** Declares a check (identity; gives the declaration its type). */
export function defineCheck(declaration: CheckDeclaration): CheckDeclaration {
  return declaration;
}

/**
 * What a check read while it ran, when an incremental evaluation records it (`incremental.ts`):
 * keys such as `r.cells` or `n.overview`, and the cells read one by one through `valuesOf`
 * (a bit per cell, by the cell's position in its template: `TemplateIndex.position`).
 */
export interface ReadLog {
  /**
   * The keys read, a bit each by the key's id (`readKeyId`): bit `id % KEY_BITS` of word
   * `⌊id / KEY_BITS⌋` (no set of strings to fill, copy and walk on every keystroke).
   */
  readonly keys: number[];
  /** Bit `p` set: the cell at position `p` was read. Null until a cell is read. */
  cells: Uint32Array | null;
}

export function newReadLog(): ReadLog {
  return { keys: [], cells: null };
}

/** Key bits per word of `ReadLog.keys` (30: every word stays a small integer in V8). */
export const KEY_BITS = 30;

/** The read keys met so far, by id: a key's id is its place in `keyNames`. */
const keyIds = new Map<string, number>();
const keyNames: string[] = [];

/** The id of a read key (given when the key is first met; the same for the process's life). */
export function readKeyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = keyNames.length;
    keyNames.push(key);
    keyIds.set(key, id);
  }
  return id;
}

/** How many read keys have been met (every id given so far is below it). */
export function readKeyCount(): number {
  return keyNames.length;
}

/** The key of an id given by `readKeyId`. */
export function readKeyName(id: number): string {
  return keyNames[id] ?? '';
}

/** The log of the check running now; null when nothing records. */
let reads: ReadLog | null = null;

/** Runs `run` with its reads noted into `into` (which may be null: nothing noted). */
export function withReads<T>(into: ReadLog | null, run: () => T): T {
  const outer = reads;
  reads = into;
  try {
    return run();
  } finally {
    reads = outer;
  }
}

/** Notes that the running check read `key` (see `withReads`). */
export function noteRead(key: string): void {
  const log = reads;
  if (log) noteKey(log, readKeyId(key));
}

/** `noteRead` of the key whose id (`readKeyId`) the caller keeps. */
export function noteReadId(id: number): void {
  const log = reads;
  if (log) noteKey(log, id);
}

function noteKey(log: ReadLog, id: number): void {
  const w = (id / KEY_BITS) | 0;
  const words = log.keys;
  while (words.length <= w) words.push(0);
  words[w] = (words[w] as number) | (1 << (id - w * KEY_BITS));
}

/** Notes that the running check read the cell at `position` of a template of `count` cells. */
export function noteCell(position: number, count: number): void {
  const log = reads;
  if (!log) return;
  const bits = log.cells ?? (log.cells = new Uint32Array((count + 31) >>> 5));
  bits[position >>> 5] = (bits[position >>> 5] ?? 0) | (1 << (position & 31));
}

function addReads(into: ReadLog, from: ReadLog): void {
  const words = from.keys;
  const target = into.keys;
  while (target.length < words.length) target.push(0);
  for (let i = 0; i < words.length; i += 1)
    target[i] = (target[i] as number) | (words[i] as number);
  const bits = from.cells;
  if (!bits) return;
  const cells = into.cells ?? (into.cells = new Uint32Array(bits.length));
  for (let i = 0; i < bits.length; i += 1) cells[i] = (cells[i] ?? 0) | (bits[i] ?? 0);
}

/**
 * Work shared by several checks within one evaluation (e.g. the narrative statements read
 * once for two checks): computed on first use, kept with the evaluation (its `ReportValues`,
 * one per evaluation: a slot each, no look-up by context). What the work read is
 * kept with it and noted again for every check that uses it, so an incremental evaluation
 * knows that each of them depends on it.
 */
export function perContext<T>(compute: (ctx: CheckContext) => T): (ctx: CheckContext) => T {
  const slot = sharedSlots++;
  // Contexts made by hand (tests) have no evaluation's values: their work is kept by context.
  const cache = new WeakMap<CheckContext, { readonly value: T; readonly read: ReadLog }>();
  return (ctx) => {
    const shared = ctx[VALUES]?.shared;
    let hit = (shared ? shared[slot] : cache.get(ctx)) as
      { readonly value: T; readonly read: ReadLog } | undefined;
    if (!hit) {
      const read = newReadLog();
      const value = withReads(read, () => compute(ctx));
      hit = { value, read };
      if (shared) shared[slot] = hit;
      else cache.set(ctx, hit);
      if (reads) addReads(reads, read);
      return value;
    }
    if (reads) addReads(reads, hit.read);
    return hit.value;
  };
}

/** Slots of `perContext` work in an evaluation's `ReportValues.shared`. */
let sharedSlots = 0;
