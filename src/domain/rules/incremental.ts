import {
  changedCells,
  computeReport,
  keepReadings,
  recomputeReport,
  sameComputed,
  type ComputedValues,
} from '../compute/compute-report';
import type { Report } from '../report/types';
import { indexTemplate } from '../template/lookup';
import type { CellId, FormatTemplate } from '../template/types';
import {
  KEY_BITS,
  newReadLog,
  noteReadId,
  readKeyCount,
  readKeyId,
  readKeyName,
  withReads,
  VALUES,
  type CheckContext,
  type CheckDeclaration,
  type Finding,
  type ReadLog,
} from './check-context';
import { builtInChecks } from './checks';
import { issuesOf, type EvaluateOptions } from './evaluate-checks';
import { ReportValues, TrackedComputed } from './report-values';
import type { Issue } from './types';

/**
 * Incremental evaluation (issue 17): the same issues as `computeReport` + `evaluateChecks`, but
 * after an edit only what depends on the edited part runs again.
 *
 * - Computed cells: `recomputeReport` recomputes only the totals whose formulas (the template's
 *   dependencies) reach an input cell whose text changed.
 * - Checks: while a check runs, what it reads is noted — the report's parts (`cells`, `meta`,
 *   `cellUnits`, …), each narrative section on its own, the computed values, last year's report,
 *   today, the formats. A check none of whose reads changed keeps its findings. So a key in a
 *   table does not run the checks that read only text, and a key in 总体情况 does not run the
 *   checks that read only the tables or other sections.
 *
 * Reads are noted by the context itself (getters, the narrative's sections one by one), so a
 * check needs no declaration that could go stale; work shared between checks (`perContext`)
 * passes its reads on to every check that uses it. Checks are pure functions of their context
 * (the engine's rule), which is what makes keeping their findings correct.
 */
export interface IncrementalResult {
  readonly computed: ComputedValues;
  readonly issues: Issue[];
}

export type IncrementalEvaluator = (
  template: FormatTemplate,
  report: Report,
  options: Omit<EvaluateOptions, 'computed'>,
) => IncrementalResult;

interface Inputs {
  readonly template: FormatTemplate;
  readonly report: Report;
  readonly computed: ComputedValues;
  readonly formats: readonly FormatTemplate[];
  readonly lastYear: Report | undefined;
  readonly today: string;
}

interface Kept {
  readonly findings: readonly Finding[];
  readonly reads: ReadLog;
  /** The findings as issues (kept while the dismissals are the same object). */
  readonly issues: readonly Issue[];
}

interface Last {
  readonly inputs: Inputs;
  readonly list: CellList;
  readonly values: ReportValues;
  /** The checks run, and what each found and read (by the check's place in `checks`). */
  readonly checks: readonly CheckDeclaration[];
  readonly kept: readonly Kept[];
  /** The keys each check read, in one array (`KeyRows`), by the check's place in `checks`. */
  readonly rows: KeyRows;
}

/**
 * The read keys of an evaluation's checks in one array: `words` words a check, row `i` holding the
 * words of `kept[i].reads.keys` (zeros past its length). Whether a kept check read a key that
 * changed is then a test of one contiguous array, not of each check's own log: walking the 108
 * logs (a few dependent loads each, in objects made at different times) was about 3 % of a
 * keystroke in 总体情况 (docs/performance.md, stop 68). A row is copied from the last evaluation for
 * a check kept, written again for a check run again.
 */
interface KeyRows {
  readonly words: number;
  readonly bits: Int32Array;
}

/**
 * The parts of a report a check may read; each is one dependency (by identity). Every key of
 * `Report`, optional ones included (the type makes a new part fail to compile until it is listed
 * here), so a part a report does not have yet is still noted when read.
 */
const REPORT_PARTS = Object.keys({
  formatId: true,
  meta: true,
  narrative: true,
  cells: true,
  cellUnits: true,
  reportedTotals: true,
  source: true,
  dismissed: true,
  rulePack: true,
} satisfies Record<keyof Report, true>);

/** A new evaluator with its own memory of the last evaluation (one per open report). */
export function createIncrementalEvaluator(): IncrementalEvaluator {
  let last: Last | null = null;
  let view: TrackedView | null = null;
  return (template, report, options) => {
    // Another format: nothing of the last evaluation is kept (cell positions differ too).
    const before = last && last.inputs.template === template ? last : null;
    const list = last && last.list.cells === report.cells ? last.list : cellList(report.cells);
    const edited = before ? editedCells(before.list, list) : null;
    const changed = before && edited ? editedPositions(before, report, edited) : null;
    // The readings of the cells not edited are kept, and shared with the totals' computation
    // (when neither the cells nor their units are new objects, they are the last ones as they are).
    const prior = before?.values.readings.report;
    if (
      before &&
      changed &&
      !(prior?.cells === report.cells && prior.cellUnits === report.cellUnits)
    )
      keepReadings(before.values.readings.without(changed, report));
    const computed =
      before && edited
        ? recomputeReport(template, report, before.inputs, edited)
        : computeReport(template, report);
    const inputs: Inputs = {
      template,
      report,
      computed,
      formats: options.formats,
      lastYear: options.lastYear,
      today: options.today,
    };
    if (before && changed) markMovedTotals(changed, before.inputs.computed, inputs);
    const values = new ReportValues(template, report, computed, true);
    if (!view || !sameParts(view.parts, report)) view = trackedView(Object.keys(report));
    const sameSections = view.show(report);
    const ctx = trackedContext(inputs, values, view.report);
    const kept: Kept[] = [];
    const issues: Issue[] = [];
    const all = options.extraChecks ? [...builtInChecks, ...options.extraChecks] : builtInChecks;
    // A section added or removed: every check runs (the narrative's view notes no listing of it).
    const differ = before && changed && sameSections ? differingKeys(before.inputs, inputs) : null;
    const sameDismissals = before?.inputs.report.dismissed === report.dismissed;
    const sameChecks = before !== null && sameCheckList(before.checks, all);
    const keptOf = before ? keptByCheck(before, sameChecks) : null;
    const cellsChanged = changed && anySet(changed);
    // The rows of keys: the last evaluation's, each check run again writing its own (`keyRows`).
    const words = sameChecks ? before.rows.words : 0;
    const bits = sameChecks ? before.rows.bits.slice() : null;
    for (let i = 0; i < all.length; i += 1) {
      const check = all[i] as CheckDeclaration;
      const old = keptOf?.(check, i);
      let entry: Kept;
      if (
        old &&
        changed &&
        differ &&
        !(sameChecks ? rowDiffers(before.rows, i, differ) : logDiffers(old.reads.keys, differ)) &&
        !cellsRead(old, cellsChanged)
      ) {
        // The same findings; the same issues too unless a dismissal changed.
        entry = sameDismissals ? old : { ...old, issues: issuesOf(check, old.findings, report) };
      } else {
        const reads = newReadLog();
        const findings = withReads(reads, () => check.run(ctx));
        entry = { findings, reads, issues: issuesOf(check, findings, report) };
        if (bits) writeRow(bits, i, words, reads.keys);
      }
      kept.push(entry);
      for (const issue of entry.issues) issues.push(issue);
    }
    const rows = keyRows(kept, words, bits);
    last = { inputs, values, checks: all, kept, list, rows };
    return { computed, issues };
  };
}

/**
 * The positions of the cells whose value may differ from the last evaluation's (a bit each):
 * here the input cells whose text or written unit changed; `markMovedTotals` adds the totals.
 */
function editedPositions(last: Last, report: Report, edited: ReadonlySet<CellId>): Uint32Array {
  const { position, all } = indexTemplate(last.inputs.template);
  const bits = new Uint32Array((all.length + 31) >>> 5);
  const mark = (id: CellId): void => {
    const p = position.get(id);
    if (p !== undefined) bits[p >>> 5] = (bits[p >>> 5] ?? 0) | (1 << (p & 31));
  };
  for (const id of edited) mark(id);
  for (const id of changedCells(last.inputs.report.cellUnits, report.cellUnits)) mark(id);
  return bits;
}

/** Adds to `bits` the totals whose computed value differs from `before`'s. */
function markMovedTotals(bits: Uint32Array, before: ComputedValues, now: Inputs): void {
  if (before === now.computed) return;
  const { position, evaluationOrder } = indexTemplate(now.template);
  for (const cell of evaluationOrder) {
    const a = before.get(cell.id);
    const b = now.computed.get(cell.id);
    const p = position.get(cell.id);
    if (p !== undefined && a !== b && !(a && b && sameComputed(a, b)))
      bits[p >>> 5] = (bits[p >>> 5] ?? 0) | (1 << (p & 31));
  }
}

/** A `cells` record's keys and values, in order (kept for the next evaluation's diff). */
interface CellList {
  readonly cells: Report['cells'];
  readonly keys: readonly string[];
  readonly values: readonly string[];
}

function cellList(cells: Report['cells']): CellList {
  return { cells, keys: Object.keys(cells), values: Object.values(cells) };
}

/**
 * The ids whose text differs between the last evaluation's `cells` and `now`. An edit copies
 * the record with one entry changed or added, keys in the same order: comparing the two lists
 * of values is a few times cheaper than looking every id up in both (records of ~170 keys are
 * hash tables in V8). Otherwise every key of both is compared.
 */
function editedCells(before: CellList, now: CellList): Set<CellId> {
  const edited = new Set<CellId>();
  if (before.cells === now.cells) return edited;
  const { keys, values } = now;
  if (keys.length === before.keys.length && keys.every((k, i) => k === before.keys[i])) {
    for (let i = 0; i < keys.length; i += 1) {
      if (values[i] !== before.values[i]) edited.add(keys[i] ?? '');
    }
    return edited;
  }
  return changedCells(before.cells, now.cells);
}

/**
 * What the last evaluation kept of each check: by the check's place when the list of checks is
 * the same (the usual case: no look-up by check), else by the check.
 */
function keptByCheck(
  last: Last,
  same: boolean,
): (check: CheckDeclaration, i: number) => Kept | undefined {
  if (same) return (_, i) => last.kept[i];
  const byCheck = new Map(last.checks.map((c, i) => [c, last.kept[i]]));
  return (check) => byCheck.get(check);
}

/** Whether two evaluations run the same checks, in the same order. */
function sameCheckList(a: readonly CheckDeclaration[], b: readonly CheckDeclaration[]): boolean {
  return a === b || (a.length === b.length && a.every((c, i) => c === b[i]));
}

/**
 * Whether a kept check read a cell that changed (`changed` null when none did). Asked after its
 * keys (`rowDiffers`): on a keystroke in a text most checks read it and are known to run again
 * without walking the bits of the cells they read.
 */
function cellsRead(kept: Kept, changed: Uint32Array | null): boolean {
  const cells = kept.reads.cells;
  if (cells && changed) {
    for (let i = 0; i < cells.length; i += 1) {
      if (((cells[i] ?? 0) & (changed[i] ?? 0)) !== 0) return true;
    }
  }
  return false;
}

/** Whether row `i` of `rows` holds a key set in `differ` (the keys that differ, `differingKeys`). */
function rowDiffers(rows: KeyRows, i: number, differ: Int32Array): boolean {
  const { words, bits } = rows;
  const n = Math.min(words, differ.length);
  for (let w = 0, at = i * words; w < n; w += 1, at += 1) {
    if (((bits[at] as number) & (differ[w] as number)) !== 0) return true;
  }
  return false;
}

/** `rowDiffers` on a check's own log (when the list of checks changed: no rows by place). */
function logDiffers(keys: readonly number[], differ: Int32Array): boolean {
  const n = Math.min(keys.length, differ.length);
  for (let w = 0; w < n; w += 1) {
    if (((keys[w] as number) & (differ[w] as number)) !== 0) return true;
  }
  return false;
}

/** Writes a check's read keys as row `i` of `bits`, `words` words a row (zeros past its log). */
function writeRow(bits: Int32Array, i: number, words: number, keys: readonly number[]): void {
  for (let w = 0, at = i * words; w < words; w += 1, at += 1) bits[at] = keys[w] ?? 0;
}

/**
 * The rows of keys of an evaluation's checks (`KeyRows`): `bits` as the evaluation left it (the
 * last evaluation's rows, each check run again having written its own) when it has a row for each
 * check and as many words as the keys met so far need (a key met for the first time in a new word
 * is in no row); otherwise every row written from the checks' logs.
 */
function keyRows(kept: readonly Kept[], words: number, bits: Int32Array | null): KeyRows {
  const need = Math.ceil(readKeyCount() / KEY_BITS);
  if (bits && words === need && bits.length === kept.length * words) return { words, bits };
  const rows = new Int32Array(kept.length * need);
  for (let i = 0; i < kept.length; i += 1) writeRow(rows, i, need, (kept[i] as Kept).reads.keys);
  return { words: need, bits: rows };
}

/** `bits`, or null when none is set. */
function anySet(bits: Uint32Array): Uint32Array | null {
  for (let i = 0; i < bits.length; i += 1) if (bits[i] !== 0) return bits;
  return null;
}

/**
 * The keys that name something differing between two evaluations, as bits by key id (as
 * `ReadLog.keys`): every key met so far decided at once (some twenty, each a comparison of two
 * references), so that each check's test is an AND of words (`rowDiffers`).
 */
function differingKeys(a: Inputs, b: Inputs): Int32Array {
  const count = readKeyCount();
  const differ = new Int32Array(Math.ceil(count / KEY_BITS));
  for (let id = 0; id < count; id += 1) {
    if (keyDiffers(id, a, b)) {
      const w = (id / KEY_BITS) | 0;
      differ[w] = (differ[w] as number) | (1 << (id - w * KEY_BITS));
    }
  }
  return differ;
}

/**
 * A read key taken apart once (`keyOf`): a narrative section (`n.<section>`), a part of the report
 * (`r.<part>`), or an input of the evaluation (`formats`, `lastYear`, `today`).
 */
interface ParsedKey {
  readonly kind: 'section' | 'part' | 'input';
  readonly name: string;
}

/** The read keys taken apart, by id: not sliced again on every evaluation. */
const parsedKeys: (ParsedKey | undefined)[] = [];

function keyOf(id: number): ParsedKey {
  let parsed = parsedKeys[id];
  if (parsed === undefined) {
    const key = readKeyName(id);
    parsed = key.startsWith('n.')
      ? { kind: 'section', name: key.slice(2) }
      : key.startsWith('r.')
        ? { kind: 'part', name: key.slice(2) }
        : { kind: 'input', name: key };
    parsedKeys[id] = parsed;
  }
  return parsed;
}

function keyDiffers(id: number, a: Inputs, b: Inputs): boolean {
  const { kind, name } = keyOf(id);
  if (kind === 'section') return narrativeOf(a.report, name) !== narrativeOf(b.report, name);
  if (kind === 'part') return a.report[name as keyof Report] !== b.report[name as keyof Report];
  return a[name as keyof Inputs] !== b[name as keyof Inputs];
}

const narrativeOf = (report: Report, section: string): string | undefined =>
  (report.narrative as Readonly<Record<string, string | undefined>>)[section];

/** The ids of the keys the context's own getters note (`readKeyId`). */
const FORMATS = readKeyId('formats');
const LAST_YEAR = readKeyId('lastYear');
const TODAY = readKeyId('today');

/**
 * A check context that notes what is read of it (see `noteRead`). One class, its getters on the
 * prototype: an object literal with getters, as the context was made before, is an object whose
 * properties V8 keeps in a dictionary, each read of `ctx.template` or `ctx.report` a look-up by
 * hash. The template is not noted: an evaluation keeps nothing of the last one made with another
 * template (`before` is null), so a read of it can never be what changed.
 */
class TrackedContext {
  declare private readonly inputs: Inputs;
  declare private readonly tracked: Report;
  declare private readonly trackedComputed: TrackedComputed;
  /** The evaluation's values (`withValues`), a field of the class: no property defined per context. */
  declare readonly [VALUES]: ReportValues;

  constructor(inputs: Inputs, tracked: Report, values: ReportValues) {
    this.inputs = inputs;
    this.tracked = tracked;
    this.trackedComputed = new TrackedComputed(inputs.computed, values.index);
    this[VALUES] = values;
  }

  get template(): FormatTemplate {
    return this.inputs.template;
  }

  get report(): Report {
    return this.tracked;
  }

  get computed(): ComputedValues {
    // Each total asked for is noted on its own (TrackedComputed).
    return this.trackedComputed;
  }

  get formats(): readonly FormatTemplate[] {
    noteReadId(FORMATS);
    return this.inputs.formats;
  }

  get lastYear(): Report | undefined {
    noteReadId(LAST_YEAR);
    return this.inputs.lastYear;
  }

  get today(): string {
    noteReadId(TODAY);
    return this.inputs.today;
  }
}

function trackedContext(inputs: Inputs, values: ReportValues, report: Report): CheckContext {
  return new TrackedContext(inputs, report, values) as CheckContext;
}

/**
 * The report as the checks of an evaluation see it: each part read is noted (`r.<part>`), the
 * narrative's sections one by one. Made once per evaluator and set of parts (defining a getter
 * per part on every keystroke cost more than the checks a text keystroke runs), and shown the
 * report of each evaluation (`show`).
 */
interface TrackedView {
  /** The report's own keys, in order (another set makes another view). */
  readonly parts: readonly string[];
  readonly report: Report;
  /**
   * Shows `report` to the checks; whether its narrative has the same sections, in the same order,
   * as the report shown before (false the first time).
   */
  show(report: Report): boolean;
}

function trackedView(parts: readonly string[]): TrackedView {
  let current: Report | null = null;
  let narrative: NarrativeView | null = null;
  const own = new Set(parts);
  const tracked = {};
  for (const part of new Set<string>([...REPORT_PARTS, ...own])) {
    const id = readKeyId(`r.${part}`);
    Object.defineProperty(tracked, part, {
      // As in the report: a part it does not have is not listed (spread, keys).
      enumerable: own.has(part),
      get() {
        // The narrative's sections are noted one by one, as they are read.
        if (part === 'narrative') return narrative?.narrative;
        noteReadId(id);
        return current?.[part as keyof Report];
      },
    });
  }
  return {
    parts,
    report: tracked as Report,
    show(report) {
      current = report;
      const sections = Object.keys(report.narrative);
      const same = narrative !== null && sameList(narrative.sections, sections);
      if (!same) narrative = narrativeView(sections);
      narrative?.show(report.narrative);
      return same;
    },
  };
}

/**
 * The narrative as the checks see it: an object with the report's sections, in its order, each
 * a getter that notes its read (`n.<section>`). Made once per list of sections and shown each
 * evaluation's narrative, as the report's view is. Not a Proxy: listing a Proxy's sections
 * (`Object.values`, `Object.entries`) ran a trap per section and had V8 check each trap's answer,
 * about 9 µs a listing on every keystroke (docs/performance.md, stop 60). Listing the sections or
 * asking whether one is there (`in`) notes nothing here: an evaluation whose narrative has other
 * sections than the last one's runs every check again (`show` of `TrackedView`).
 */
interface NarrativeView {
  /** The sections, in order. */
  readonly sections: readonly string[];
  readonly narrative: Report['narrative'];
  show(narrative: Report['narrative']): void;
}

function narrativeView(sections: readonly string[]): NarrativeView {
  let current: Readonly<Record<string, string | undefined>> = {};
  const tracked = {};
  for (const section of sections) {
    const id = sectionKeyId(section);
    Object.defineProperty(tracked, section, {
      enumerable: true,
      get() {
        noteReadId(id);
        return current[section];
      },
    });
  }
  return {
    sections,
    narrative: tracked as Report['narrative'],
    show(narrative) {
      current = narrative as Readonly<Record<string, string | undefined>>;
    },
  };
}

/**
 * Whether `report`'s own keys are `parts`, in order: walked, not listed (`Object.keys` and a joined
 * string made on every evaluation, about 0.25 % of a keystroke in 总体情况, docs/performance.md, stop 68).
 * A report is a plain object, so `for…in` meets exactly its own keys, in `Object.keys`' order.
 */
function sameParts(parts: readonly string[], report: Report): boolean {
  let i = 0;
  for (const key in report) {
    if (parts[i] !== key) return false;
    i += 1;
  }
  return i === parts.length;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The ids of the keys `n.<section>`, by section (no key string made per read). */
const sectionKeyIds = new Map<string, number>();
function sectionKeyId(section: string): number {
  let id = sectionKeyIds.get(section);
  if (id === undefined) {
    id = readKeyId(`n.${section}`);
    sectionKeyIds.set(section, id);
  }
  return id;
}
