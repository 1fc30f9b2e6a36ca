import { useRef } from 'react';
import { shallow } from 'zustand/shallow';
import type { Report } from '@/domain/report/types';
import { analyseReport as analyse, type ReportAnalysis } from '@/domain/rules/analyse';
import { createIncrementalEvaluator, type IncrementalEvaluator } from '@/domain/rules/incremental';
import { formats, formatById } from '@templates/index';
import { useEditorStore } from './editor-store';

export type { ReportAnalysis };

/** Today in the clerk's local time zone as ISO `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The analysis of `report` in its registered format (`@/domain/rules/analyse`). */
export function analyseReport(
  report: Report,
  lastYear: Report | null,
  today: string = localToday(),
  /** Given: only what depends on the change since its last report runs again (same result). */
  incremental?: IncrementalEvaluator,
): ReportAnalysis {
  return analyse(formatById(report.formatId), report, {
    formats,
    today,
    lastYear,
    ...(incremental ? { incremental } : {}),
  });
}

/** The open report's evaluator: a keystroke reruns only the checks that read what it changed. */
const openReportEvaluator = createIncrementalEvaluator();

let lastAnalysis: {
  readonly report: Report;
  readonly lastYear: Report | null;
  readonly today: string;
  readonly analysis: ReportAnalysis;
} | null = null;

/**
 * The analysis of `report`, memoised on its last inputs: every component and selector that
 * asks about the same report revision shares one computation (the checks run once per change).
 */
export function analysisOf(report: Report, lastYear: Report | null): ReportAnalysis {
  const hit = lastAnalysis;
  // Hundreds of selectors ask on every change: the hit path compares references only. The date
  // is re-read when the report changes (a check against "today" updates on the next edit).
  if (hit && hit.report === report && hit.lastYear === lastYear) return hit.analysis;
  const today = localToday();
  const analysis = analyseReport(report, lastYear, today, openReportEvaluator);
  lastAnalysis = { report, lastYear, today, analysis };
  return analysis;
}

/**
 * Subscribes to one slice of the analysis of the open report: only the components whose slice
 * changed re-render. A slice is data (numbers, discriminated unions, lists), never a string to
 * parse again. The selector may build a new object each time: `same` (for example zustand's
 * `shallow`) decides whether it equals the last one, which is then returned as it was.
 */
export function useAnalysis<T>(
  select: (analysis: ReportAnalysis, report: Report) => T,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const last = useRef<{ readonly value: T } | null>(null);
  return useEditorStore((s) => {
    const next = select(analysisOf(s.report, s.lastYear), s.report);
    const prev = last.current;
    if (prev && same(prev.value, next)) return prev.value;
    last.current = { value: next };
    return next;
  });
}

const objectProto = Object.prototype;

/**
 * zustand's `shallow` without its allocations, for what selectors return here: arrays compared
 * item by item and plain objects key by key (`Object.is`). zustand's compares both as Maps it
 * builds anew (`new Map(a.entries())`, `Object.entries`) on every call — four Maps per call, run by
 * every such selector on every keystroke (a third of a 表三 keystroke's allocation was these and
 * the balance states, issue 17 stop 27). Anything else (Map, Set, class instances) goes to it.
 */
export function sameFlat<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(a) as unknown;
  if (proto !== Object.getPrototypeOf(b) || (proto !== objectProto && proto !== null)) {
    return shallow(a, b);
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const k in x) {
    if (!Object.hasOwn(x, k)) continue;
    keys += 1;
    if (!Object.hasOwn(y, k) || !Object.is(x[k], y[k])) return false;
  }
  for (const k in y) if (Object.hasOwn(y, k)) keys -= 1;
  return keys === 0;
}
