import { create, type StateCreator } from 'zustand';
import { emptyReport } from '@/domain/report/empty-report';
import type { ContactBlock, ImportedSource, Report, ReportMeta } from '@/domain/report/types';
import { readCell, valueText } from '@/domain/report/read-cell';
import type { CellId, CellTemplate, MoneyUnit, SectionId } from '@/domain/template/types';

/**
 * The report being edited, with undo/redo. Every edit goes through `apply`, so undo covers
 * cells, paste, fill-zero, narrative and metadata alike. Persistence (drafts) subscribes to
 * this store; it does not live here.
 */

const HISTORY_LIMIT = 200;
/** Consecutive edits with the same coalesce key within this window form one undo step. */
const COALESCE_MS = 1000;

export interface CellWrite {
  readonly id: CellId;
  /**
   * What the cell stores: the canonical value when the text reads as one, else the text as
   * typed (SPEC §7: a draft stores what was typed; the checks report it); null blanks the cell.
   */
  readonly value: string | null;
  /** Money written in a unit other than the column's. */
  readonly unit?: MoneyUnit;
}

export interface EditorState {
  /** Id of the open draft, or null when none is open (start page). */
  readonly draftId: string | null;
  readonly report: Report;
  /** Last year's report when known: the cross-year checks run against it. */
  readonly lastYear: Report | null;
  readonly past: readonly Report[];
  readonly future: readonly Report[];
  /** Bumped on every change of `report` (edits, undo, redo, open). */
  readonly revision: number;
  readonly lastEdit: { readonly key: string; readonly at: number } | null;

  open(draftId: string | null, report: Report, lastYear?: Report | null): void;
  /** Applies a change as one undo step (merged with the previous one when `coalesceKey` repeats quickly). */
  apply(change: (report: Report) => Report, coalesceKey?: string): void;
  setCells(writes: readonly CellWrite[]): void;
  setNarrative(section: SectionId, text: string): void;
  setMeta(patch: Partial<Omit<ReportMeta, 'contact'>>): void;
  setContact(patch: Partial<ContactBlock>): void;
  setLastYear(report: Report | null): void;
  dismiss(issueKey: string, reason: string): void;
  restore(issueKey: string): void;
  undo(): void;
  redo(): void;
}

/**
 * The write for `text` typed or pasted into `cell`: read by the one reader (`readCell`), so
 * `２件` is stored as `2`, `533.41万` as `533.41` in 万元, `12.50元` as `12.50`, and `12.5` in a
 * count as typed.
 */
export function cellWrite(cell: CellTemplate, text: string): CellWrite {
  const reading = readCell(cell, text);
  if (reading.kind === 'blank') return { id: cell.id, value: null };
  if (reading.kind === 'invalid') return { id: cell.id, value: text };
  // Money keeps its printed decimals (`12.50`); the checks and totals read its value.
  const value = valueText(reading);
  return reading.unit ? { id: cell.id, value, unit: reading.unit } : { id: cell.id, value };
}

/**
 * The report with `writes` applied; the same object when they change nothing, so that no empty
 * undo step is recorded (found by the undo/redo model test: blanking a blank cell was a step).
 */
export function writeCells(report: Report, writes: readonly CellWrite[]): Report {
  const unchanged = writes.every(
    (w) =>
      (w.value === null ? !(w.id in report.cells) : report.cells[w.id] === w.value) &&
      report.cellUnits[w.id] === (w.value === null ? undefined : w.unit) &&
      !report.source?.unitsUnstated?.includes(w.id) &&
      !report.source?.runTogether?.includes(w.id),
  );
  if (unchanged) return report;
  const cells = { ...report.cells };
  const cellUnits = { ...report.cellUnits };
  for (const w of writes) {
    if (w.value === null) delete cells[w.id];
    else cells[w.id] = w.value;
    if (w.unit && w.value !== null) cellUnits[w.id] = w.unit;
    else delete cellUnits[w.id];
  }
  // A cell typed in the form is in the column's unit, which the form states: it is no longer a
  // bare amount of the imported source; nor is it the source's counts run together.
  const { source, ...rest } = report;
  return { ...rest, cells, cellUnits, ...sourceAfterWrites(source, writes) };
}

/** The lists of `ImportedSource` a cell typed in the form leaves. */
const LEFT_BY_TYPING = ['unitsUnstated', 'runTogether'] as const;

/**
 * `Report.source` after `writes`: the cells written taken out of the lists a typed cell leaves
 * (`LEFT_BY_TYPING`), a list left empty dropped, and `source` dropped when nothing is left.
 */
function sourceAfterWrites(
  source: ImportedSource | undefined,
  writes: readonly CellWrite[],
): Pick<Report, 'source'> {
  if (!source) return {};
  if (!LEFT_BY_TYPING.some((key) => source[key] !== undefined)) return { source };
  const next: { -readonly [K in keyof ImportedSource]: ImportedSource[K] } = { ...source };
  for (const key of LEFT_BY_TYPING) {
    const left = source[key]?.filter((id) => !writes.some((w) => w.id === id));
    if (left && left.length > 0) next[key] = left;
    else delete next[key];
  }
  return Object.keys(next).length > 0 ? { source: next } : {};
}

const editorState: StateCreator<EditorState> = (set, get) => ({
  draftId: null,
  report: emptyReport('2021'),
  lastYear: null,
  past: [],
  future: [],
  revision: 0,
  lastEdit: null,

  open: (draftId, report, lastYear = null) =>
    set((s) => ({
      draftId,
      report,
      lastYear,
      past: [],
      future: [],
      revision: s.revision + 1,
      lastEdit: null,
    })),

  apply: (change, coalesceKey) => {
    const s = get();
    const next = change(s.report);
    if (next === s.report) return;
    const now = Date.now();
    const merge =
      coalesceKey !== undefined &&
      s.lastEdit?.key === coalesceKey &&
      now - s.lastEdit.at < COALESCE_MS &&
      s.past.length > 0;
    set({
      report: next,
      past: merge ? s.past : [...s.past, s.report].slice(-HISTORY_LIMIT),
      future: [],
      revision: s.revision + 1,
      lastEdit: coalesceKey === undefined ? null : { key: coalesceKey, at: now },
    });
  },

  setCells: (writes) => get().apply((r) => writeCells(r, writes)),
  setNarrative: (section, text) =>
    get().apply(
      (r) => ({ ...r, narrative: { ...r.narrative, [section]: text } }),
      `narrative.${section}`,
    ),
  setMeta: (patch) =>
    get().apply(
      (r) => ({ ...r, meta: { ...r.meta, ...patch } }),
      `meta.${Object.keys(patch).join(',')}`,
    ),
  setContact: (patch) =>
    get().apply(
      (r) => ({ ...r, meta: { ...r.meta, contact: { ...r.meta.contact, ...patch } } }),
      `contact.${Object.keys(patch).join(',')}`,
    ),
  setLastYear: (report) => set({ lastYear: report }),
  dismiss: (issueKey, reason) =>
    get().apply((r) => ({
      ...r,
      dismissed: { ...r.dismissed, [issueKey]: { reason, at: new Date().toISOString() } },
    })),
  restore: (issueKey) =>
    get().apply((r) => {
      const dismissed = { ...r.dismissed };
      delete dismissed[issueKey];
      return { ...r, dismissed };
    }),

  undo: () => {
    const s = get();
    const prev = s.past.at(-1);
    if (!prev) return;
    set({
      report: prev,
      past: s.past.slice(0, -1),
      future: [s.report, ...s.future],
      revision: s.revision + 1,
      lastEdit: null,
    });
  },
  redo: () => {
    const s = get();
    const next = s.future[0];
    if (!next) return;
    set({
      report: next,
      past: [...s.past, s.report],
      future: s.future.slice(1),
      revision: s.revision + 1,
      lastEdit: null,
    });
  },
});

export const useEditorStore = create<EditorState>()(editorState);

/** Another, independent editor (a model test's second tab). */
export const createEditorStore = () => create<EditorState>()(editorState);
