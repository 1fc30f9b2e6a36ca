import { useLayoutEffect, useRef } from 'react';
import type { Report } from '@/domain/report/types';
import { analysisOf, type ReportAnalysis } from './analysis';
import { useEditorStore, type EditorState } from './editor-store';

/**
 * A slice of the open report's analysis that its component writes into the DOM itself when it
 * changes, instead of React re-rendering the component: the texts and classes that change on
 * nearly every keystroke (totals, balance states, counts). React keeps the structure; a
 * keystroke then costs the DOM write alone, not React's render, diff and commit of the
 * component (issue 17, docs/performance.md "Stop 30").
 *
 * Returns the slice as it is now, for the render: whenever React renders the component (its
 * first render, a parent's), it renders the current slice, so React and the writer never leave
 * an older value on screen — React writes what differs from its own last render, the writer
 * what differs from what is on screen. `write` is called synchronously in the store's change
 * (inside the keystroke's event, as React's commit was) with each slice that differs (`same`)
 * from the one shown. `select` and `write` may be new functions on every render.
 */
export function useAnalysisText<T>(
  select: (analysis: ReportAnalysis, report: Report) => T,
  same: (a: T, b: T) => boolean,
  write: (value: T) => void,
): T {
  const state = useEditorStore.getState();
  const value = select(analysisOf(state.report, state.lastYear), state.report);
  const live = useRef({ select, write, shown: value });
  // After each commit the screen is to show what this render computed. React wrote what
  // differed from its own previous render; the writer, running on every change of the store
  // before React renders, wrote the rest — unless what it wrote is not this render's slice (a
  // writer of the previous render's props, say another template's, ran on the change that
  // brought the new ones): then this render's slice is written whole.
  useLayoutEffect(() => {
    if (!same(live.current.shown, value)) write(value);
    live.current = { select, write, shown: value };
  });
  useLayoutEffect(() => {
    const check = (s: EditorState): void => {
      const l = live.current;
      const next = l.select(analysisOf(s.report, s.lastYear), s.report);
      if (same(l.shown, next)) return;
      l.shown = next;
      l.write(next);
    };
    // A change between the render and this subscription.
    check(useEditorStore.getState());
    return useEditorStore.subscribe(check);
    // `same` is read once: a comparison, not data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return value;
}

/**
 * Sets an element's text as React does for an element whose only child is a string (its one
 * text node's value), so React's later updates of the same element find what they expect.
 */
export function setText(el: Element | null, text: string): void {
  if (!el) return;
  const first = el.firstChild;
  if (text && first && first === el.lastChild && first.nodeType === 3) {
    if (first.nodeValue !== text) first.nodeValue = text;
    return;
  }
  if (el.textContent !== text) el.textContent = text;
}

/** Sets or removes an attribute as React does for a prop that is a string or undefined. */
export function setAttr(el: Element | null, name: string, value: string | undefined): void {
  if (!el) return;
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
