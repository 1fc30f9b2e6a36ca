import { useCallback, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { sameComputed, type ComputedCell } from '@/domain/compute/compute-report';
import type { MoneyUnit } from '@/domain/template/types';
import { analysisOf } from '@/store/analysis';
import { useEditorStore, type EditorState } from '@/store/editor-store';
import { marksOf, type Mark } from './cell-marks';

/**
 * What one grid cell shows: its stored text and unit, its mark (open issues) and, for a total,
 * its computed value. The same object while none of them changes.
 */
export interface CellView {
  readonly stored: string | undefined;
  readonly unit: MoneyUnit | undefined;
  readonly mark: Mark | undefined;
  readonly value: ComputedCell | undefined;
}

/**
 * The grid's cells subscribe here, each by its id, instead of each running its own selectors
 * against the editor store: a store change is diffed once, here, over the cells on screen
 * (a few Map reads each), and only the cells whose view changed are told. With a selector per
 * cell, React ran every cell's selectors (~600 in 表三) on every keystroke to find the few that
 * changed (`checkIfSnapshotChanged`, the largest part of the keystroke's JavaScript after the
 * commit itself, in a Chromium trace).
 */
const listeners = new Map<string, Set<() => void>>();
const views = new Map<string, CellView>();
/** The store state `views` reflect. */
let seen: EditorState | null = null;

function sameValue(a: ComputedCell | undefined, b: ComputedCell | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && sameComputed(a, b));
}

interface Derived {
  readonly state: EditorState;
  readonly marks: ReadonlyMap<string, Mark>;
  readonly computed: ReadonlyMap<string, ComputedCell>;
}

function derive(state: EditorState): Derived {
  const analysis = analysisOf(state.report, state.lastYear);
  return { state, marks: marksOf(analysis), computed: analysis.computed };
}

function viewIn(d: Derived, id: string, before: CellView | undefined): CellView {
  const stored = d.state.report.cells[id];
  const unit = d.state.report.cellUnits[id];
  const mark = d.marks.get(id);
  const value = d.computed.get(id);
  if (
    before &&
    before.stored === stored &&
    before.unit === unit &&
    before.mark === mark &&
    sameValue(before.value, value)
  ) {
    return before;
  }
  return { stored, unit, mark, value };
}

/** Brings every view up to `state`; returns the listeners of the cells whose view changed. */
function refresh(state: EditorState): (() => void)[] {
  const prev = seen;
  seen = state;
  if (views.size === 0) return [];
  if (prev && prev.report === state.report && prev.lastYear === state.lastYear) return [];
  const d = derive(state);
  const told: (() => void)[] = [];
  // forEach, not for…of: an entry array per cell per keystroke otherwise (175 in 表三).
  views.forEach((before, id) => {
    const next = viewIn(d, id, before);
    if (next === before) return;
    views.set(id, next);
    listeners.get(id)?.forEach((listener) => told.push(listener));
  });
  return told;
}

// Subscribed when this module loads, before any cell: the views are current by the time React's
// own store subscriptions (and renders) run.
useEditorStore.subscribe((state) => {
  for (const listener of refresh(state)) listener();
});

function snapshot(id: string): CellView {
  const state = useEditorStore.getState();
  if (state !== seen) refresh(state);
  let view = views.get(id);
  if (!view) views.set(id, (view = viewIn(derive(state), id, undefined)));
  return view;
}

function subscribe(id: string, listener: () => void): () => void {
  let set = listeners.get(id);
  if (!set) listeners.set(id, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size > 0) return;
    listeners.delete(id);
    views.delete(id);
  };
}

/**
 * Subscribes to cell `id`'s changes and writes each view `live` has not shown yet with
 * `live.current.write` (the writer of `useCellViewText` and `useCellViewLive`), except those
 * `reactRenders` leaves to React; writes at once a change made before the subscription. Returns
 * the unsubscribe, for a layout effect.
 */
function writeChanges(
  id: string,
  live: { readonly current: { write: (view: CellView) => void; shown: CellView | null } },
  reactRenders: (next: CellView, shown: CellView) => boolean = () => false,
): () => void {
  const check = (): void => {
    const l = live.current;
    const next = snapshot(id);
    if (next === l.shown || l.shown === null || reactRenders(next, l.shown)) return;
    l.shown = next;
    l.write(next);
  };
  const unsubscribe = subscribe(id, check);
  // A change between the render and this subscription.
  check();
  return unsubscribe;
}

/** The view of cell `id` as it is now (for an event handler: a render reads its hook's). */
export function snapshotOf(id: string): CellView {
  return snapshot(id);
}

/** The view of cell `id`: re-renders the caller only when that cell's view changes. */
export function useCellView(id: string): CellView {
  const sub = useCallback((listener: () => void) => subscribe(id, listener), [id]);
  const get = useCallback(() => snapshot(id), [id]);
  return useSyncExternalStore(sub, get, get);
}

/**
 * The view of cell `id` as it is now, for a component that writes the view's changes into the
 * DOM itself (`write`, called in the store's change with each new view) rather than being
 * re-rendered by React — as `useAnalysisText` (`@/store/live-text`) does for a slice of the
 * analysis, and with the same guarantee: whenever React renders the caller, it renders the
 * current view.
 */
export function useCellViewText(id: string, write: (view: CellView) => void): CellView {
  const view = snapshot(id);
  const live = useRef({ write, shown: view });
  // After each commit the screen is to show this render's view (see `useAnalysisText`).
  useLayoutEffect(() => {
    if (live.current.shown !== view) write(view);
    live.current = { write, shown: view };
  });
  useLayoutEffect(() => writeChanges(id, live), [id]);
  return view;
}

/**
 * The view of cell `id` for a component that React renders only when `renderKey` of the view
 * changes (what its structure depends on: an input cell's validity, typing error and unit) and
 * that writes every other change (its mark: a class, a title, a tip; its text) into the DOM
 * itself (`write`, called in the store's change with each new view), as `useCellViewText` does.
 * Whenever React renders the caller, it renders the current view; after a commit that followed
 * a write, the render's view is written whole, so React (which writes what differs from its own
 * last render) and the writer never leave an older value on screen. `renderKey` and `write` may
 * be new functions on every render; `renderKey` may read state of the caller's besides the view
 * (an input cell's typing) as long as the caller renders itself when that state changes the key:
 * a view is left to React when its key differs from the key of React's last render.
 */
export function useCellViewLive(
  id: string,
  renderKey: (view: CellView) => string,
  write: (view: CellView) => void,
): CellView {
  const live = useRef({
    write,
    renderKey,
    shown: null as CellView | null,
    rendered: null as CellView | null,
    renderedKey: null as string | null,
  });
  const sub = useCallback((listener: () => void) => subscribe(id, listener), [id]);
  // This render's `renderKey` (React calls a new snapshot function as the render's own).
  const key = (): string => renderKey(snapshot(id));
  const renderedKey = useSyncExternalStore(sub, key, key);
  const view = snapshot(id);
  useLayoutEffect(() => {
    const l = live.current;
    // Written since React's last render, and not what this render shows: React wrote only what
    // differs from its last render, so write this render's view.
    if (l.shown !== l.rendered && l.shown !== view) write(view);
    live.current = { write, renderKey, shown: view, rendered: view, renderedKey };
  });
  useLayoutEffect(
    () =>
      // React renders a view whose render key differs from its last render's (its store
      // subscription, above).
      writeChanges(id, live, (next) => {
        const l = live.current;
        return l.renderKey(next) !== l.renderedKey;
      }),
    [id],
  );
  return view;
}
