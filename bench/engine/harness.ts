/**
 * What `npm run bench -- engine` times (bench/entries/engine.bench.ts), as a module of its own:
 * the bench bundles it the way the app ships the engine and runs the bundle in a child process
 * (bench/engine/main.ts), so the figures are those of the shipped code, not of Vite's SSR loader.
 */
import { computeReport } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { CheckContext } from '@/domain/rules/check-context';
import { builtInChecks } from '@/domain/rules/checks';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { createIncrementalEvaluator } from '@/domain/rules/incremental';
import { ReportValues, withValues } from '@/domain/rules/report-values';
import { clean2022 } from '@templates/fixtures/format-2021/clean';
import { formats, formatById } from '@templates/index';
import { median } from '../lib/measure';

// A full 2021-format report (every cell filled, narrative in every section) with last year's
// report given, so every check runs, the cross-year ones included. Times are CPU time per call
// of the whole process (its GC and compiler threads too), so a loaded machine's waiting for a
// core is not counted; see `cpuPerCall` for how. The reports are made before each batch is
// timed: what is timed is the engine, not the copying of a report's 200 cells that makes each.
const { report, lastYear, today } = clean2022;
const template = formatById(report.formatId);
const overview = report.narrative.overview ?? '';
const options = { formats, today, ...(lastYear ? { lastYear } : {}) };

/**
 * Calls before timing. V8 optimises each check's `run` (called once per report) only after a
 * few thousand calls: after 3,000, the next 2,500 still saw 114 functions optimised, their
 * compiling ≈ 0.1 ms per report on the process's other threads, more at a higher load
 * (docs/performance.md, stop 32). After 10,000 a few are left.
 */
const WARMUP = 10_000;
/** Timed batches, and calls in each: a scavenge every ≈ 200 reports falls in most batches. */
const BATCHES = 20;
const BATCH = 250;

/**
 * CPU time (user + system, the whole process) per call of `run` on the inputs `make(i)` gives,
 * in ms: the median of `BATCHES` batches of `BATCH` calls after `WARMUP` calls, each batch's
 * inputs made before it is timed (so every call has an input never met before, and the heap
 * holds one batch of them, not all).
 */
function cpuPerCall<T>(make: (i: number) => T, run: (input: T) => unknown): number {
  let next = 0;
  const batch = (count: number): T[] => Array.from({ length: count }, () => make(next++));
  for (let done = 0; done < WARMUP; done += BATCH) for (const input of batch(BATCH)) run(input);
  const times: number[] = [];
  for (let s = 0; s < BATCHES; s += 1) {
    const inputs = batch(BATCH);
    const start = process.cpuUsage();
    for (const input of inputs) run(input);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000 / BATCH);
  }
  return median(times);
}

/** `text` with `i` written at the end of each of its lines: every paragraph a new one. */
const everyLineNew = (text: string, i: number): string =>
  text
    .split('\n')
    .map((line) => `${line}${i}`)
    .join('\n');

/**
 * Full evaluation: each call is a new report whose 总体情况 text and one cell differ from the
 * previous call's (the text at its end, as an edit changes it: its last paragraph is new), so
 * no cache by text or by report can hide the cost of reading them.
 */
const fullReport = (i: number): Report => ({
  ...report,
  narrative: { ...report.narrative, overview: `${overview}${i}` },
  cells: { ...report.cells, 't2.licensing.decisions': String(i % 500) },
});

/**
 * The same, with every text new as well (preface and every section, every paragraph): a
 * reviewer's batch, where no text has been met before and every analysis of every text is
 * worked out.
 */
function freshReport(i: number): Report {
  const r = fullReport(i);
  return {
    ...r,
    meta: { ...r.meta, preface: everyLineNew(r.meta.preface, i) },
    narrative: Object.fromEntries(
      Object.entries(r.narrative).map(([section, text]) => [
        section,
        everyLineNew(section === 'overview' ? overview : (text ?? ''), i),
      ]),
    ),
  };
}

function fullReports(count: number, fresh = false): Report[] {
  return Array.from({ length: count }, (_, i) => (fresh ? freshReport(i) : fullReport(i)));
}

function full(fresh = false): number {
  return cpuPerCall(fresh ? freshReport : fullReport, (edited) => {
    const computed = computeReport(template, edited);
    return evaluateChecks(template, edited, { ...options, computed }).length;
  });
}

/**
 * The open report as the editor analyses it (issue 17): incrementally, one keystroke at a time.
 * A keystroke changes one thing — a cell of 表二 or 表三, or the text of 总体情况 — and only the
 * totals and checks that read it run again.
 */
function keystrokes(kind: 'cell' | 'text'): number {
  let current = report;
  const keystroke = (k: number): Report => {
    if (kind === 'cell') {
      const id = k % 2 === 0 ? 't3.newReceived.naturalPerson' : 't2.licensing.decisions';
      current = { ...current, cells: { ...current.cells, [id]: String(k % 500) } };
    } else {
      current = {
        ...current,
        narrative: { ...current.narrative, overview: `${overview}${k}` },
      };
    }
    return current;
  };
  const evaluate = createIncrementalEvaluator();
  evaluate(template, report, options);
  return cpuPerCall(
    (i) => keystroke(i + 1),
    (edited) => evaluate(template, edited, options).issues.length,
  );
}

/**
 * Each check's share of a full evaluation: every check run on 1,000 new reports as
 * `evaluateChecks` runs it, timed one by one (wall clock, trimmed mean: the slowest 2 % of
 * calls, a core taken away, dropped). Prints the table; returns the sum, in ms.
 */
function perCheck(fresh = false): number {
  const reports = fullReports(1300, fresh);
  const times = new Map<string, number[]>(builtInChecks.map((c) => [c.id, []]));
  const computeTimes: number[] = [];
  reports.forEach((r, n) => {
    const t0 = performance.now();
    const computed = computeReport(template, r);
    const t1 = performance.now();
    if (n >= 300) computeTimes.push(t1 - t0);
    const ctx: CheckContext = withValues(
      { template, report: r, computed, formats, today, ...(lastYear ? { lastYear } : {}) },
      new ReportValues(template, r, computed, false),
    );
    for (const check of builtInChecks) {
      const start = performance.now();
      check.run(ctx);
      const end = performance.now();
      if (n >= 300) times.get(check.id)?.push(end - start);
    }
  });
  const trimmedMean = (xs: number[]): number => {
    const kept = [...xs].sort((a, b) => a - b).slice(0, Math.ceil(xs.length * 0.98));
    return kept.reduce((a, b) => a + b, 0) / kept.length;
  };
  const rows = [...times]
    .map(([id, xs]) => ({ id, ms: trimmedMean(xs) }))
    .sort((a, b) => b.ms - a.ms);
  const sum = rows.reduce((a, r) => a + r.ms, 0);
  const us = (ms: number): string => `${(ms * 1000).toFixed(1).padStart(6)} µs`;
  console.log(`  computeReport (all totals)               ${us(trimmedMean(computeTimes))}`);
  for (const r of rows.slice(0, Number(process.env['ENGINE_BENCH_ROWS'] ?? 15)))
    console.log(`  ${r.id.padEnd(40)} ${us(r.ms)}`);
  const rest = rows.slice(Number(process.env['ENGINE_BENCH_ROWS'] ?? 15));
  console.log(
    `  the other ${rest.length} checks${' '.repeat(24)} ${us(rest.reduce((a, r) => a + r.ms, 0))}`,
  );
  console.log(`  all ${rows.length} checks${' '.repeat(29)} ${us(sum)}`);
  return sum;
}

/** How bench/engine/main.ts marks the line of its figure. */
export const RESULT_PREFIX = '@@engine-bench ';

export type EngineMeasure = 'full' | 'fresh' | 'cell' | 'text' | 'checks' | 'checks-fresh';

export const engineMeasures: readonly EngineMeasure[] = [
  'full',
  'fresh',
  'cell',
  'text',
  'checks',
  'checks-fresh',
];

/** Runs one measure and returns its figure in ms (per report, or the checks' sum). */
export function measureEngine(measure: EngineMeasure): number {
  switch (measure) {
    case 'full':
      return full();
    case 'fresh':
      return full(true);
    case 'cell':
      return keystrokes('cell');
    case 'text':
      return keystrokes('text');
    case 'checks':
      return perCheck();
    case 'checks-fresh':
      return perCheck(true);
  }
}
